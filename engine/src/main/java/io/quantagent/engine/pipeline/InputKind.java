package io.quantagent.engine.pipeline;

/** What a ring slot's input is. The codes are part of the journal format: never renumber them. */
public enum InputKind {
    /** A trade: time, price, quantity. */
    TRADE(1),
    /** An OHLCV bar from a bar file. */
    BAR(2),
    /** A top-of-book quote: bid and ask with their quantities (journaled; not traded on by this version). */
    QUOTE(3),
    /** End of data for one instrument: the bar stage emits the bar in progress as it is. */
    FLUSH(4),
    /**
     * An operator command for the whole account ({@link ControlCommand}: halt, resume, flatten), acted on by the
     * execution stage; its instrument is 0 and means nothing.
     */
    CONTROL(5),
    /**
     * A live feed's health changed for one instrument ({@link #FEED_LIVE} or {@link #FEED_STALE}): while it is
     * stale the Risk agent vetoes new entries on that instrument.
     */
    FEED_STATUS(6);

    /** The state of a {@link #FEED_STATUS} input whose feed is live again: prices are current. */
    public static final int FEED_LIVE = 0;
    /** The state of a {@link #FEED_STATUS} input whose feed is stale or reconnecting: prices may be out of date. */
    public static final int FEED_STALE = 1;

    private static final InputKind[] BY_CODE = {null, TRADE, BAR, QUOTE, FLUSH, CONTROL, FEED_STATUS};

    private final int code;

    InputKind(int code) {
        this.code = code;
    }

    /** The journal code. */
    public int code() {
        return code;
    }

    /** The kind of a journal code. */
    public static InputKind ofCode(int code) {
        if (code <= 0 || code >= BY_CODE.length) {
            throw new IllegalArgumentException("unknown input kind code " + code);
        }
        return BY_CODE[code];
    }
}
