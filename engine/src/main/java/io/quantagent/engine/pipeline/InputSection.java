package io.quantagent.engine.pipeline;

/**
 * The input of a ring slot, written by the producer (the feed's publisher) only: the kind, the input sequence,
 * the instrument, the event time and the kind's values, all primitives at the instrument's scales. The slot also
 * carries the local clock's {@link System#nanoTime()} at publication, for latency measurements only: it is never
 * journaled and no decision reads it.
 */
public final class InputSection {

    InputKind kind = InputKind.TRADE;
    long sequence;
    int instrument;
    long timeNanos;
    long price;
    long quantity;
    long openTimeNanos;
    long closeTimeNanos;
    long open;
    long high;
    long low;
    long close;
    long volume;
    long bid;
    long bidQuantity;
    long ask;
    long askQuantity;
    int command;
    int feedState;
    long publishedNanos;

    void trade(long seq, int instrumentId, long time, long tradePrice, long tradeQuantity) {
        kind = InputKind.TRADE;
        sequence = seq;
        instrument = instrumentId;
        timeNanos = time;
        price = tradePrice;
        quantity = tradeQuantity;
    }

    void bar(long seq, int instrumentId, long openTime, long closeTime, long o, long h, long l, long c, long v) {
        kind = InputKind.BAR;
        sequence = seq;
        instrument = instrumentId;
        timeNanos = closeTime != Long.MIN_VALUE ? closeTime : openTime;
        openTimeNanos = openTime;
        closeTimeNanos = closeTime;
        open = o;
        high = h;
        low = l;
        close = c;
        volume = v;
    }

    void quote(long seq, int instrumentId, long time, long bidPrice, long bidQty, long askPrice, long askQty) {
        kind = InputKind.QUOTE;
        sequence = seq;
        instrument = instrumentId;
        timeNanos = time;
        bid = bidPrice;
        bidQuantity = bidQty;
        ask = askPrice;
        askQuantity = askQty;
    }

    void flush(long seq, int instrumentId, long time) {
        kind = InputKind.FLUSH;
        sequence = seq;
        instrument = instrumentId;
        timeNanos = time;
    }

    void control(long seq, long time, int commandCode) {
        kind = InputKind.CONTROL;
        sequence = seq;
        instrument = 0;
        timeNanos = time;
        command = commandCode;
    }

    void feedStatus(long seq, int instrumentId, long time, int state) {
        kind = InputKind.FEED_STATUS;
        sequence = seq;
        instrument = instrumentId;
        timeNanos = time;
        feedState = state;
    }

    /** What the input is. */
    public InputKind kind() {
        return kind;
    }

    /** The input sequence: 0 for the first input of a run, then one more per input. */
    public long sequence() {
        return sequence;
    }

    /** The instrument id. */
    public int instrument() {
        return instrument;
    }

    /** The event time, epoch nanoseconds: a trade's or quote's time, a bar's close (its open when unknown). */
    public long timeNanos() {
        return timeNanos;
    }

    /** A trade's price. */
    public long price() {
        return price;
    }

    /** A trade's quantity. */
    public long quantity() {
        return quantity;
    }

    /** A bar's open time. */
    public long openTimeNanos() {
        return openTimeNanos;
    }

    /** A bar's close time, {@link Long#MIN_VALUE} when unknown. */
    public long closeTimeNanos() {
        return closeTimeNanos;
    }

    /** A bar's open. */
    public long open() {
        return open;
    }

    /** A bar's high. */
    public long high() {
        return high;
    }

    /** A bar's low. */
    public long low() {
        return low;
    }

    /** A bar's close. */
    public long close() {
        return close;
    }

    /** A bar's volume. */
    public long volume() {
        return volume;
    }

    /** A quote's bid price. */
    public long bid() {
        return bid;
    }

    /** A quote's bid quantity. */
    public long bidQuantity() {
        return bidQuantity;
    }

    /** A quote's ask price. */
    public long ask() {
        return ask;
    }

    /** A quote's ask quantity. */
    public long askQuantity() {
        return askQuantity;
    }

    /** A control input's command code ({@link ControlCommand#code()}). */
    public int command() {
        return command;
    }

    /** A feed-status input's state: {@link InputKind#FEED_LIVE} or {@link InputKind#FEED_STALE}. */
    public int feedState() {
        return feedState;
    }

    /** The local {@link System#nanoTime()} when the input was published (latency only; never journaled). */
    public long publishedNanos() {
        return publishedNanos;
    }
}
