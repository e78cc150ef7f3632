package io.quantagent.engine.data;

/**
 * Receives market events from a reader or feed, one at a time, in file or arrival order.
 *
 * <p>Values are primitives so that a reader can hand over millions of rows without allocating. Times are
 * epoch nanoseconds (UTC); prices and quantities are fixed-point {@code long}s at the scales of the
 * {@link Scales} the reader was given (see {@link FixedPoint}).
 */
public interface MarketDataHandler {

    /** One trade: its time, price and quantity (amount). */
    void onTrade(long timeNanos, long price, long quantity);

    /**
     * One OHLCV bar covering {@code [openTimeNanos, closeTimeNanos)}.
     *
     * @param closeTimeNanos the bar's end (open time plus the interval), or {@link Long#MIN_VALUE} when the
     *     file does not say and the interval is not known yet
     */
    void onBar(long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close, long volume);
}
