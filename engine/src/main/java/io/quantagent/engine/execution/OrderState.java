package io.quantagent.engine.execution;

/** Where an order is in its life. Rejected orders never live: they are only reported. */
public enum OrderState {
    /** Accepted, travelling to the simulated venue: it cannot fill before its arrival time. */
    PENDING_ARRIVAL,
    /** A bracket's stop-loss or take-profit, waiting for its entry to fill. */
    AWAITING_ENTRY,
    /** At the venue, matched against every market event. */
    WORKING,
    /** Completely filled (terminal). */
    FILLED,
    /** Cancelled, see {@link CancelReason} (terminal). */
    CANCELLED;

    /** Whether the order can still fill. */
    public boolean isOpen() {
        return this == PENDING_ARRIVAL || this == AWAITING_ENTRY || this == WORKING;
    }
}
