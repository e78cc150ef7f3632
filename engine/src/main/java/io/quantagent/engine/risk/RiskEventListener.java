package io.quantagent.engine.risk;

/** Receives changes of the risk state, to be journaled; called on the thread that owns the risk checks. */
@FunctionalInterface
public interface RiskEventListener {

    /**
     * A change of the risk state.
     *
     * @param kind what changed
     * @param instrument the instrument concerned, or {@code -1} for the whole account
     * @param value the figure that explains it (see {@link RiskEventKind}), an amount or a quantity
     * @param timeNanos the event time it happened at (epoch nanoseconds, UTC)
     */
    void onRiskEvent(RiskEventKind kind, int instrument, long value, long timeNanos);
}
