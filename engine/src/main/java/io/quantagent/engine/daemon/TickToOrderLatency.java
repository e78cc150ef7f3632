package io.quantagent.engine.daemon;

import io.quantagent.engine.pipeline.DelegatingStage;
import io.quantagent.engine.pipeline.ExecutionEventKind;
import io.quantagent.engine.pipeline.MarketEvent;
import io.quantagent.engine.pipeline.Stage;
import io.quantagent.engine.pipeline.StageDecorator;
import io.quantagent.engine.pipeline.StageId;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Measures tick-to-order latency: wraps the execution stage, and for each event on which the broker accepted an
 * order records the local time from the input's publication ({@code InputSection.publishedNanos()}) to the end of
 * the execution stage into an HdrHistogram {@link Recorder} (no allocation per event). Nothing is recorded until
 * {@link #start()}: the inputs a restarted daemon replays from its journal are not ticks that arrived.
 */
final class TickToOrderLatency implements StageDecorator {

    private final Recorder recorder = new Recorder(3);
    private final Histogram total = new Histogram(3);
    private Histogram interval;
    private volatile boolean recording;

    @Override
    public Stage decorate(Stage stage) {
        return stage.id() == StageId.EXECUTION ? new Timed(stage) : stage;
    }

    /** Starts recording (after recovery). */
    void start() {
        recording = true;
    }

    /** Adds what was recorded since the last call to the total and returns the total (one thread only). */
    Histogram accumulate() {
        interval = recorder.getIntervalHistogram(interval);
        total.add(interval);
        return total;
    }

    /** The execution stage, timed. */
    private final class Timed extends DelegatingStage {

        Timed(Stage stage) {
            super(stage);
        }

        @Override
        public void onEvent(MarketEvent event) {
            delegate.onEvent(event);
            if (recording && event.execution().count(ExecutionEventKind.ORDER_ACCEPTED) > 0) {
                recorder.recordValue(Math.max(0, System.nanoTime() - event.input().publishedNanos()));
            }
        }
    }
}
