package io.quantagent.engine.pipeline;

/** The stages of the pipeline, in the order an event passes them. The order is part of the journal format. */
public enum StageId {
    /** Ticks to bars. */
    BARS,
    /** The Indicator agent. */
    INDICATOR,
    /** The Pattern agent. */
    PATTERN,
    /** The Trend agent. */
    TREND,
    /** The Risk agent. */
    RISK,
    /** Fusion of the four reports into a decision and an order intent. */
    AGGREGATOR,
    /** The paper broker and the portfolio: sizing, orders, fills. */
    EXECUTION,
    /** The Chronicle Queue journal. */
    JOURNAL;

    private static final StageId[] VALUES = values();

    /** The stage of an ordinal (as journaled). */
    public static StageId ofOrdinal(int ordinal) {
        if (ordinal < 0 || ordinal >= VALUES.length) {
            throw new IllegalArgumentException("unknown stage " + ordinal);
        }
        return VALUES[ordinal];
    }
}
