package io.quantagent.bench.latency;

import io.quantagent.engine.pipeline.DelegatingStage;
import io.quantagent.engine.pipeline.ExecutionEventKind;
import io.quantagent.engine.pipeline.InputKind;
import io.quantagent.engine.pipeline.InputSection;
import io.quantagent.engine.pipeline.MarketEvent;
import io.quantagent.engine.pipeline.Stage;
import io.quantagent.engine.pipeline.StageDecorator;
import io.quantagent.engine.pipeline.StageId;
import java.util.EnumMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The measuring points of one run: a {@link StageDecorator} that wraps every stage in a timer, and the
 * histograms they fill. Each wrapper times its stage on every tick and, after the stage has run:
 * <ul>
 *   <li>the aggregator: when it decided on the tick (a bar-closing tick), tick-to-signal;</li>
 *   <li>the execution stage: when the broker accepted orders on the tick, tick-to-order (and the orders are
 *       counted);</li>
 *   <li>the last stage (the journal): the tick is received; tick latency through the whole pipeline.</li>
 * </ul>
 * Every latency runs from the tick's intended send time (the injector's side array, indexed by input sequence),
 * not from when it was actually sent, so a stall of the injector or of the pipeline shows in the figures
 * (coordinated omission). Ticks before {@code measureFrom} (the warm-up) are counted but not recorded. Each
 * histogram and counter is written by one stage's thread only, and read once the pipeline has stopped. Recording
 * allocates nothing.
 */
public final class LatencyProbe implements StageDecorator {

    /** The largest latency a histogram holds (longer ones are recorded as this): one minute. */
    static final long MAX_NANOS = 60_000_000_000L;
    private static final int DIGITS = 3;

    private final long[] intended;
    private final long measureFrom;
    private final Map<StageId, TimedStage> stages = new EnumMap<>(StageId.class);

    /**
     * A probe for one run.
     *
     * @param intended each tick's intended send time ({@code System.nanoTime()}), by input sequence
     * @param measureFrom the first input sequence that is measured (the warm-up's length)
     */
    public LatencyProbe(long[] intended, long measureFrom) {
        this.intended = intended;
        this.measureFrom = measureFrom;
    }

    @Override
    public Stage decorate(Stage stage) {
        TimedStage timed = new TimedStage(stage, this);
        stages.put(stage.id(), timed);
        return timed;
    }

    /** A histogram of nanoseconds with three significant digits, up to {@link #MAX_NANOS}. */
    static Histogram histogram() {
        return new Histogram(MAX_NANOS, DIGITS);
    }

    /** Time inside each stage on measured ticks, in pipeline order. */
    public Map<StageId, Histogram> stageTimes() {
        Map<StageId, Histogram> times = new EnumMap<>(StageId.class);
        for (Map.Entry<StageId, TimedStage> e : stages.entrySet()) {
            times.put(e.getKey(), e.getValue().time);
        }
        return times;
    }

    /** Tick latency through the whole pipeline (to the end of the last stage), measured ticks. */
    public Histogram tickLatency() {
        return last().latency;
    }

    /** Tick-to-signal: bar-closing ticks, to the end of the aggregator's decision. */
    public Histogram signalLatency() {
        return stage(StageId.AGGREGATOR).latency;
    }

    /** Tick-to-order: ticks on which the broker accepted orders, to the end of the execution stage. */
    public Histogram orderLatency() {
        return stage(StageId.EXECUTION).latency;
    }

    /** Ticks the last stage has handled (warm-up included). */
    public long ticksReceived() {
        return last().ticks;
    }

    /** Decisions seen after the aggregator, on any input (warm-up and the final flush included). */
    public long signals() {
        return stage(StageId.AGGREGATOR).events;
    }

    /** Orders the broker accepted, counted from the execution sections of every input (warm-up included). */
    public long ordersAccepted() {
        return stage(StageId.EXECUTION).events;
    }

    /** Ticks on which at least one order was accepted (warm-up included). */
    public long orderTicks() {
        return stage(StageId.EXECUTION).marked;
    }

    private TimedStage last() {
        return stage(StageId.JOURNAL);
    }

    private TimedStage stage(StageId id) {
        TimedStage stage = stages.get(id);
        if (stage == null) {
            throw new IllegalStateException("the pipeline had no " + id + " stage");
        }
        return stage;
    }

    /** Times one stage and, for the aggregator, execution and journal stages, records the tick's latency. */
    private static final class TimedStage extends DelegatingStage {

        private final StageId id;
        private final long[] intended;
        private final long measureFrom;
        private final Histogram time = histogram();
        private final Histogram latency = histogram();
        private long ticks;
        private long events;
        private long marked;

        TimedStage(Stage delegate, LatencyProbe probe) {
            super(delegate);
            this.id = delegate.id();
            this.intended = probe.intended;
            this.measureFrom = probe.measureFrom;
        }

        @Override
        public void onEvent(MarketEvent event) {
            long start = System.nanoTime();
            delegate.onEvent(event);
            long end = System.nanoTime();
            InputSection in = event.input();
            boolean trade = in.kind() == InputKind.TRADE;
            long sequence = in.sequence();
            boolean measured = trade && sequence >= measureFrom && sequence < intended.length;
            if (measured) {
                time.recordValue(Math.min(end - start, MAX_NANOS));
            }
            switch (id) {
                case AGGREGATOR -> {
                    if (event.decision().decided()) {
                        events++;
                        marked++;
                        if (measured) {
                            record(end, sequence);
                        }
                    }
                }
                case EXECUTION -> {
                    int orders = event.execution().count(ExecutionEventKind.ORDER_ACCEPTED);
                    if (orders > 0) {
                        events += orders;
                        marked++;
                        if (measured) {
                            record(end, sequence);
                        }
                    }
                }
                case JOURNAL -> {
                    if (trade) {
                        ticks++;
                    }
                    if (measured) {
                        record(end, sequence);
                    }
                }
                default -> {
                }
            }
        }

        private void record(long end, long sequence) {
            latency.recordValue(Math.max(0, Math.min(end - intended[(int) sequence], MAX_NANOS)));
        }
    }
}
