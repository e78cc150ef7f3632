package io.quantagent.engine.bars;

/** Why a {@link BarResampler} refused an input bar. */
public enum BarRejection {

    /** The open time is not a bar start of the source grid. */
    NOT_ALIGNED("open time is not a bar boundary of the source time frame"),

    /** The close time is not the end of the source bar that starts at the open time. */
    WRONG_CLOSE_TIME("close time is not the end of the source bar starting at the open time"),

    /** The bar starts before the end of the previous bar, or before a time already passed. */
    OUT_OF_ORDER("bar opens before the end of the previous bar or before a time already passed"),

    /** High and low do not bound open and close, or volume or trade count is negative. */
    INCONSISTENT_VALUES("high and low do not bound open and close, or volume or trade count is negative"),

    /** The bar spans the boundary of two target bars (the source and target grids do not line up there). */
    CROSSES_TARGET_BOUNDARY("bar spans the boundary of two target bars");

    private final String reason;

    BarRejection(String reason) {
        this.reason = reason;
    }

    /** A sentence saying what was wrong with the bar. */
    public String reason() {
        return reason;
    }
}
