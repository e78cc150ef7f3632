package io.quantagent.engine.bars;

/**
 * Receives closed bars, oldest first, as primitives (no allocation per bar).
 *
 * <p>Implemented by whatever consumes bars (the bar stage, a {@link BarResampler}, a test recorder).
 * Prices, volume and times follow {@link io.quantagent.engine.data.MarketDataHandler}: fixed-point
 * {@code long}s and epoch nanoseconds (UTC).
 */
@FunctionalInterface
public interface BarListener {

    /**
     * One closed bar covering {@code [openTimeNanos, closeTimeNanos)}.
     *
     * @param volume the sum of the quantities traded in the bar (0 for a flat bar of an empty interval)
     * @param tradeCount the number of trades in the bar (0 for a flat bar of an empty interval)
     */
    void onBar(long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close, long volume,
            long tradeCount);

    /**
     * Event time has moved on: every bar delivered from now on opens at or after {@code timeNanos}.
     *
     * <p>Called by a producer when it starts a new bar or its clock is advanced, so that a downstream
     * {@link BarResampler} can close its bar without waiting for the next source bar. Ignored by default.
     */
    default void onTime(long timeNanos) {
    }
}
