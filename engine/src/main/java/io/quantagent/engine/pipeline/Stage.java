package io.quantagent.engine.pipeline;

/**
 * One step of the pipeline: reads the sections before it in a ring slot and writes its own. A stage is owned by
 * one thread (its own in the parallel topology, the single consumer thread in the sequential one) and keeps its
 * state (per-instrument agents, bars, the broker) to itself.
 */
public interface Stage {

    /** Which stage this is (its section and its entry in the fault section). */
    StageId id();

    /** Handles one event. An exception is recorded as a fault of this stage on this event's instrument. */
    void onEvent(MarketEvent event);

    /** The last event of a batch the ring handed over has been handled (flush I/O here, not per event). */
    default void onEndOfBatch() {
    }

    /** Called on the stage's thread before its first event. */
    default void onStart() {
    }

    /** Called on the stage's thread after its last event. */
    default void onShutdown() {
    }
}
