package io.quantagent.agents.risk;

/**
 * Wilder's Average True Range, updated one bar at a time without allocation.
 *
 * <p>The true range of the first bar is its high minus its low; later bars also reach back to the previous
 * close. The first ATR is the simple mean of the first {@code period} true ranges (on bar {@code period});
 * after that {@code ATR = (ATR' * (period - 1) + TR) / period}. This is Wilder's original seeding; ta4j's
 * {@code ATRIndicator} seeds its average with the first true range instead, so the two differ early on.
 */
public final class WilderAtr {

    private final int period;
    private long bars;
    private double previousClose = Double.NaN;
    private double trueRangeSum;
    private double trueRange = Double.NaN;
    private double value = Double.NaN;

    /** An ATR over {@code period} bars (at least 1). */
    public WilderAtr(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1, was " + period);
        }
        this.period = period;
    }

    /** Adds a bar and returns the ATR after it ({@code NaN} until {@code period} bars have been seen). */
    public double update(double high, double low, double close) {
        double range = high - low;
        if (bars > 0) {
            range = Math.max(range, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
        }
        trueRange = range;
        bars++;
        if (bars < period) {
            trueRangeSum += range;
        } else if (bars == period) {
            trueRangeSum += range;
            value = trueRangeSum / period;
        } else {
            value = (value * (period - 1) + range) / period;
        }
        previousClose = close;
        return value;
    }

    /** The current ATR, {@code NaN} before warm-up. */
    public double value() {
        return value;
    }

    /** The true range of the last bar, {@code NaN} before the first. */
    public double trueRange() {
        return trueRange;
    }

    /** Whether {@code period} bars have been seen. */
    public boolean isWarm() {
        return bars >= period;
    }

    /** Number of bars in the average. */
    public int period() {
        return period;
    }
}
