package io.quantagent.backtest.accuracy;

import java.util.Arrays;

/**
 * The bars a predictor may look at: the first {@link AccuracyProtocol#SEEN_BARS} bars of the protocol's window,
 * as copies. The horizon bars are not reachable from here, so a predictor cannot look ahead.
 */
public final class SeenBars {
    private final long[] closeTimeNanos;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;

    SeenBars(long[] closeTimeNanos, double[] open, double[] high, double[] low, double[] close, double[] volume, int count) {
        this.closeTimeNanos = Arrays.copyOf(closeTimeNanos, count);
        this.open = Arrays.copyOf(open, count);
        this.high = Arrays.copyOf(high, count);
        this.low = Arrays.copyOf(low, count);
        this.close = Arrays.copyOf(close, count);
        this.volume = Arrays.copyOf(volume, count);
    }

    /** Number of bars. */
    public int size() {
        return close.length;
    }

    /** Close time of bar {@code i}, epoch nanoseconds. */
    public long closeTimeNanos(int i) {
        return closeTimeNanos[i];
    }

    public double open(int i) {
        return open[i];
    }

    public double high(int i) {
        return high[i];
    }

    public double low(int i) {
        return low[i];
    }

    public double close(int i) {
        return close[i];
    }

    public double volume(int i) {
        return volume[i];
    }

    /** The closes, as a copy. */
    public double[] closes() {
        return close.clone();
    }
}
