package io.quantagent.engine.pipeline;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.ExceptionHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import io.quantagent.engine.config.PipelineConfig;
import java.util.ArrayList;
import java.util.List;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

/**
 * The Disruptor ring of pre-allocated {@link MarketEvent} slots and its consumer threads, in one of two
 * topologies:
 * <ul>
 *   <li>{@code sequential}: one consumer thread runs the bar stage, the four agents, the aggregator, execution
 *       and the journal in turn (the default below four cores, where extra threads only fight for the cores);</li>
 *   <li>{@code parallel}: the Disruptor diamond
 *       {@code handleEventsWith(bars).then(indicator, pattern, trend, risk).then(aggregator).then(execution)
 *       .then(journal)}, a thread per stage.</li>
 * </ul>
 * Both run the same stages on the same slots in sequence order, so they produce the same journal. There is a
 * single producer ({@link #publisher()}), which waits while the ring is full. A stage exception is recorded as a
 * fault by the stage's guard (see {@link StageGuard}); anything else escaping a handler (the journal failing)
 * stops the pipeline and is reported by {@link #failure()} and by the publisher.
 */
public final class Pipeline {

    private final Disruptor<MarketEvent> disruptor;
    private final RingBuffer<MarketEvent> ring;
    private final PipelineThreads threads = new PipelineThreads();
    private final List<StageGuard> guards = new ArrayList<>();
    private final Publisher publisher;
    private final PipelineConfig.Topology topology;
    private final PipelineConfig.WaitStrategy waitStrategy;
    private volatile Throwable failure;
    private boolean stopped;

    private Pipeline(PipelineStages stages, int instruments, PipelineConfig.Topology topology,
            PipelineConfig.WaitStrategy waitStrategy, int ringSize, IdleStrategy producerIdle) {
        if (topology == PipelineConfig.Topology.AUTO || waitStrategy == PipelineConfig.WaitStrategy.AUTO) {
            throw new IllegalArgumentException("resolve 'auto' first (PipelineConfig.effectiveTopology and"
                    + " effectiveWaitStrategy)");
        }
        this.topology = topology;
        this.waitStrategy = waitStrategy;
        disruptor = new Disruptor<>(MarketEvent::new, ringSize, threads, ProducerType.SINGLE, waitStrategy(waitStrategy));
        disruptor.setDefaultExceptionHandler(new FatalHandler());
        if (topology == PipelineConfig.Topology.SEQUENTIAL) {
            disruptor.handleEventsWith(handler(stages.all(), instruments));
        } else {
            disruptor.handleEventsWith(handler(List.of(stages.bars()), instruments))
                    .then(handler(List.of(stages.indicator()), instruments),
                            handler(List.of(stages.pattern()), instruments),
                            handler(List.of(stages.trend()), instruments),
                            handler(List.of(stages.risk()), instruments))
                    .then(handler(List.of(stages.aggregator()), instruments))
                    .then(handler(List.of(stages.execution()), instruments))
                    .then(handler(List.of(stages.journal()), instruments));
        }
        ring = disruptor.start();
        publisher = new Publisher(ring, producerIdle, this::failure);
    }

    /**
     * Builds and starts a pipeline.
     *
     * @param stages the stages (already decorated, if at all)
     * @param instruments how many instruments the events may name
     * @param topology sequential or parallel (not auto)
     * @param waitStrategy how idle consumers wait (not auto)
     * @param ringSize slots in the ring, a power of two
     */
    public static Pipeline start(PipelineStages stages, int instruments, PipelineConfig.Topology topology,
            PipelineConfig.WaitStrategy waitStrategy, int ringSize) {
        return new Pipeline(stages, instruments, topology, waitStrategy, ringSize, new BackoffIdleStrategy());
    }

    private StageHandler handler(List<Stage> stages, int instruments) {
        StageGuard[] list = new StageGuard[stages.size()];
        for (int i = 0; i < list.length; i++) {
            Stage stage = stages.get(i);
            list[i] = stage.id() == StageId.JOURNAL ? StageGuard.unguarded(stage)
                    : StageGuard.guarding(stage, instruments);
            guards.add(list[i]);
        }
        return new StageHandler(list);
    }

    /** The Disruptor wait strategy of a configured one. */
    static WaitStrategy waitStrategy(PipelineConfig.WaitStrategy strategy) {
        return switch (strategy) {
            case BLOCKING -> new BlockingWaitStrategy();
            case SLEEPING -> new SleepingWaitStrategy();
            case YIELDING -> new YieldingWaitStrategy();
            case BUSY_SPIN -> new BusySpinWaitStrategy();
            case AUTO -> throw new IllegalArgumentException("resolve 'auto' first");
        };
    }

    /** The single producer: publish every input through it, from one thread. */
    public Publisher publisher() {
        return publisher;
    }

    /**
     * Waits until every published event has passed every stage.
     *
     * @throws PipelineException if the pipeline failed meanwhile
     */
    public void drain() {
        IdleStrategy idle = new BackoffIdleStrategy();
        while (ring.getMinimumGatingSequence() < ring.getCursor()) {
            Throwable failed = failure;
            if (failed != null) {
                throw new PipelineException("the pipeline stopped: " + failed, failed);
            }
            idle.idle();
        }
        Throwable failed = failure;
        if (failed != null) {
            throw new PipelineException("the pipeline stopped: " + failed, failed);
        }
    }

    /**
     * Stops the consumer threads (after their current event) and waits for them to end; each stage's
     * {@link Stage#onShutdown()} runs on its thread. Once this returns, stage state may be read from this thread.
     */
    public void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        disruptor.halt();
        boolean interrupted = false;
        for (Thread thread : threads.threads()) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** What stopped the pipeline, or null while it is healthy. */
    public Throwable failure() {
        return failure;
    }

    /** The consumer threads (one in the sequential topology, eight in the parallel one). */
    public List<Thread> threads() {
        return threads.threads();
    }

    /** The topology running. */
    public PipelineConfig.Topology topology() {
        return topology;
    }

    /** The wait strategy of the consumers. */
    public PipelineConfig.WaitStrategy waitStrategy() {
        return waitStrategy;
    }

    /** Slots in the ring. */
    public int ringSize() {
        return ring.getBufferSize();
    }

    /** Faults recorded by the stage guards (each a stage throwing on an event). */
    public long faults() {
        long total = 0;
        for (StageGuard guard : guards) {
            total += guard.faults();
        }
        return total;
    }

    /** Records a failure that escaped a handler and stops that handler's thread. */
    private final class FatalHandler implements ExceptionHandler<MarketEvent> {
        @Override
        public void handleEventException(Throwable ex, long sequence, MarketEvent event) {
            fail(ex);
            throw new PipelineException("pipeline stopped at input " + sequence + ": " + ex, ex);
        }

        @Override
        public void handleOnStartException(Throwable ex) {
            fail(ex);
        }

        @Override
        public void handleOnShutdownException(Throwable ex) {
            fail(ex);
        }

        private void fail(Throwable ex) {
            if (failure == null) {
                failure = ex;
            }
        }
    }
}
