package io.quantagent.engine.bars;

import io.quantagent.engine.data.FixedPoint;
import io.quantagent.engine.data.Scales;
import java.time.Instant;

/**
 * One OHLCV bar held in primitive fields: a reusable, mutable value for listeners, pipeline slots and tests.
 *
 * <p>Covers {@code [openTimeNanos, closeTimeNanos)}; prices and volume are fixed-point {@code long}s. Reused
 * instances are overwritten with {@link #set}; keep a {@link #copy()} to hold one past the next bar.
 */
public final class Bar {

    private long openTimeNanos;
    private long closeTimeNanos;
    private long open;
    private long high;
    private long low;
    private long close;
    private long volume;
    private long tradeCount;

    /** An all-zero bar, to be filled with {@link #set}. */
    public Bar() {
    }

    /** Overwrites every field (same order as {@link BarListener#onBar}) and returns this bar. */
    public Bar set(long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close, long volume,
            long tradeCount) {
        this.openTimeNanos = openTimeNanos;
        this.closeTimeNanos = closeTimeNanos;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.tradeCount = tradeCount;
        return this;
    }

    /** Overwrites every field with those of {@code other} and returns this bar. */
    public Bar copyFrom(Bar other) {
        return set(other.openTimeNanos, other.closeTimeNanos, other.open, other.high, other.low, other.close,
                other.volume, other.tradeCount);
    }

    /** A new bar equal to this one. */
    public Bar copy() {
        return new Bar().copyFrom(this);
    }

    /** Start of the bar (inclusive), epoch nanoseconds. */
    public long openTimeNanos() {
        return openTimeNanos;
    }

    /** End of the bar (exclusive), epoch nanoseconds. */
    public long closeTimeNanos() {
        return closeTimeNanos;
    }

    /** Price of the first trade. */
    public long open() {
        return open;
    }

    /** Highest price. */
    public long high() {
        return high;
    }

    /** Lowest price. */
    public long low() {
        return low;
    }

    /** Price of the last trade. */
    public long close() {
        return close;
    }

    /** Sum of the traded quantities. */
    public long volume() {
        return volume;
    }

    /** Number of trades. */
    public long tradeCount() {
        return tradeCount;
    }

    /** True if high and low bound open and close and volume and trade count are not negative. */
    public boolean isConsistent() {
        return high >= Math.max(open, close) && low <= Math.min(open, close) && low <= high
                && volume >= 0 && tradeCount >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bar b
                && b.openTimeNanos == openTimeNanos && b.closeTimeNanos == closeTimeNanos
                && b.open == open && b.high == high && b.low == low && b.close == close
                && b.volume == volume && b.tradeCount == tradeCount;
    }

    @Override
    public int hashCode() {
        long h = openTimeNanos;
        h = 31 * h + closeTimeNanos;
        h = 31 * h + open;
        h = 31 * h + high;
        h = 31 * h + low;
        h = 31 * h + close;
        h = 31 * h + volume;
        h = 31 * h + tradeCount;
        return Long.hashCode(h);
    }

    /** The bar with its prices and volume as decimals at the given scales (cold path: allocates). */
    public String toString(Scales scales) {
        int p = scales.priceDecimals();
        return "Bar[" + time(openTimeNanos) + ", " + time(closeTimeNanos) + ") O=" + FixedPoint.format(open, p)
                + " H=" + FixedPoint.format(high, p) + " L=" + FixedPoint.format(low, p)
                + " C=" + FixedPoint.format(close, p) + " V=" + FixedPoint.format(volume, scales.quantityDecimals())
                + " N=" + tradeCount;
    }

    /** The bar at the {@link Scales#DEFAULT default} scales (eight decimals); use {@link #toString(Scales)} for others. */
    @Override
    public String toString() {
        return toString(Scales.DEFAULT);
    }

    private static String time(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L))
                .toString();
    }
}
