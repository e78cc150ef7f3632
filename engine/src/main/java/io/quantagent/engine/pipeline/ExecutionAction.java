package io.quantagent.engine.pipeline;

/** What the execution stage made of an order intent. */
public enum ExecutionAction {
    /** Flat: a bracket (market entry, stop-loss, take-profit) was submitted. */
    OPEN,
    /** Positioned (or entering) the other way: open orders cancelled and the position closed at market; no reversal. */
    CLOSE,
    /** Already positioned (or entering) in the intent's direction: nothing to do. */
    HOLD,
    /** Not opened: equity is down from its peak by the Risk agent's maximum drawdown or more. */
    SKIP_DRAWDOWN,
    /** Not opened: the risk budget or the exposure left buys less than one quantity unit. */
    SKIP_ZERO_SIZE;

    private static final ExecutionAction[] VALUES = values();

    /** The action of an ordinal. */
    public static ExecutionAction ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
