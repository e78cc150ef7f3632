package io.quantagent.engine.daemon;

import org.HdrHistogram.Histogram;

/**
 * What the paper daemon shows the outside world (the HTTP service reads it; the daemon writes it). Every method
 * is safe from any thread and returns quickly: the daemon publishes immutable snapshots, it is never locked by a
 * reader.
 */
public interface DaemonView {

    /** The latest published state (never null; an empty one before the first event). */
    DaemonSnapshot snapshot();

    /**
     * A number that changes whenever {@link #snapshot()} does: a server-sent-events loop pushes a snapshot when
     * it differs from the one it sent last.
     */
    long version();

    /** Healthy only while every feed is live (or a replay still playing) and the pipeline moves. */
    Health health();

    /**
     * Tick-to-order latency since the daemon started, in nanoseconds (wall clock from the tick's arrival at the
     * publisher to the order leaving the execution stage): a copy the caller owns.
     */
    Histogram tickToOrderNanos();

    /** Halt, resume and flatten, as they go into the pipeline (journaled like any input). */
    DaemonControl control();
}
