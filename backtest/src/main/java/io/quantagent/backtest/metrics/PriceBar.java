package io.quantagent.backtest.metrics;

/**
 * One OHLCV bar of an instrument, as doubles for analytics and charting.
 *
 * @param timeNanos the bar's close time (the end of its interval), epoch nanoseconds UTC: the instant its close
 *     price became known, and the time at which decisions on it are made and equity is sampled
 * @param open first price
 * @param high highest price
 * @param low lowest price
 * @param close last price
 * @param volume traded volume
 */
public record PriceBar(long timeNanos, double open, double high, double low, double close, double volume) {

    /** Checks that every value is a finite number. */
    public PriceBar {
        if (!Double.isFinite(open) || !Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close)
                || !Double.isFinite(volume)) {
            throw new IllegalArgumentException("bar at " + timeNanos + " ns has a value that is not a finite number: "
                    + open + ", " + high + ", " + low + ", " + close + ", " + volume);
        }
    }
}
