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

    /**
     * End of data for an instrument: its bar in progress is emitted as it is. Only a pipeline takes it; other
     * sinks refuse it.
     */
    default void flush(int instrument) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " takes no end-of-data flush");
    }

    /**
     * An operator command for the whole account (a {@code ControlCommand} code: halt, resume, flatten) at an event
     * time. Only a pipeline takes it; other sinks refuse it.
     */
    default void control(long timeNanos, int command) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " takes no control input");
    }

    /**
     * A live feed's health for one instrument ({@code InputKind.FEED_LIVE} or {@code FEED_STALE}) at an event
     * time. Only a pipeline takes it; other sinks refuse it.
     */
    default void feedStatus(int instrument, long timeNanos, int state) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " takes no feed status");
    }
}
