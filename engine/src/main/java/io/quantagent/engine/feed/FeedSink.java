package io.quantagent.engine.feed;

/**
 * Receives the market events of a {@link Feed}, one at a time, in event-time order (the pipeline's publisher).
 * Times are epoch nanoseconds (UTC); prices and quantities are fixed-point {@code long}s at the instrument's
 * scales. Called by one thread; a call may block while the pipeline is full (back-pressure), never drops.
 */
public interface FeedSink {

    /** One trade. */
    void trade(int instrument, long timeNanos, long price, long quantity);

    /**
     * One OHLCV bar covering {@code [openTimeNanos, closeTimeNanos)}; {@code closeTimeNanos} is
     * {@link Long#MIN_VALUE} when the source does not know it.
     */
    void bar(int instrument, long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close,
            long volume);

    /** One top-of-book quote. */
    void quote(int instrument, long timeNanos, long bid, long bidQuantity, long ask, long askQuantity);
}
