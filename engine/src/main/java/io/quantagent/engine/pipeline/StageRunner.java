package io.quantagent.engine.pipeline;

import java.util.List;

/**
 * Runs stages in order on the calling thread, each under the same guard the ring's handlers use (an exception
 * becomes a fault of that stage on that event's instrument; the journal is unguarded): one consumer of a
 * pipeline connected some other way than the Disruptor, such as the latency benchmark's queue baseline. Use
 * from one thread: {@link #start()}, then {@link #onEvent} per event, then {@link #shutdown()}.
 */
public final class StageRunner {

    private final StageGuard[] guards;
    private final StageHandler handler;

    private StageRunner(List<Stage> stages, int instruments) {
        guards = new StageGuard[stages.size()];
        for (int i = 0; i < guards.length; i++) {
            Stage stage = stages.get(i);
            guards[i] = stage.id() == StageId.JOURNAL ? StageGuard.unguarded(stage)
                    : StageGuard.guarding(stage, instruments);
        }
        handler = new StageHandler(guards);
    }

    /** A runner of these stages (in this order) for events naming up to {@code instruments} instruments. */
    public static StageRunner of(List<Stage> stages, int instruments) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a stage runner needs at least one stage");
        }
        return new StageRunner(stages, instruments);
    }

    /** Runs each stage's {@link Stage#onStart()} on this thread. */
    public void start() {
        handler.onStart();
    }

    /** Runs every stage on the event; {@code endOfBatch} when no further event is waiting (I/O is flushed then). */
    public void onEvent(MarketEvent event, boolean endOfBatch) {
        handler.onEvent(event, event.input.sequence, endOfBatch);
    }

    /** Runs each stage's {@link Stage#onShutdown()} on this thread. */
    public void shutdown() {
        handler.onShutdown();
    }

    /** Faults recorded by the guards. */
    public long faults() {
        long total = 0;
        for (StageGuard guard : guards) {
            total += guard.faults();
        }
        return total;
    }
}
