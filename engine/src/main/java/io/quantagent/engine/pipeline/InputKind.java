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
    FLUSH(4);

    private static final InputKind[] BY_CODE = {null, TRADE, BAR, QUOTE, FLUSH};

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
