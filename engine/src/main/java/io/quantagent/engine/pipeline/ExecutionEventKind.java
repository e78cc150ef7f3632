package io.quantagent.engine.pipeline;

/** What one entry of the execution section records. */
public enum ExecutionEventKind {
    /** What the execution stage did with an intent ({@link ExecutionAction}), with its sizing figures. */
    ACTION,
    /** The broker accepted an order. */
    ORDER_ACCEPTED,
    /** The broker refused an order. */
    ORDER_REJECTED,
    /** An order filled. */
    FILL,
    /** An order was cancelled. */
    ORDER_CANCELLED,
    /** The risk state changed (kill switch, daily loss limit, halt). */
    RISK_EVENT;

    private static final ExecutionEventKind[] VALUES = values();

    /** The kind of an ordinal. */
    public static ExecutionEventKind ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
