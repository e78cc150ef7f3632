package io.quantagent.agents.risk;

/**
 * Per-bar realised volatility: the sample standard deviation of the last {@code window} close-to-close log
 * returns, updated one bar at a time without allocation.
 */
public final class RealisedVolatility {

    private final double[] returns;
    private int next;
    private int filled;
    private double previousClose = Double.NaN;
    private double value = Double.NaN;

    /** A volatility over {@code window} returns (at least 2), available from bar {@code window + 1}. */
    public RealisedVolatility(int window) {
        if (window < 2) {
            throw new IllegalArgumentException("window must be at least 2, was " + window);
        }
        this.returns = new double[window];
    }

    /** Adds a bar's close (positive) and returns the volatility after it ({@code NaN} before warm-up). */
    public double update(double close) {
        if (!Double.isNaN(previousClose)) {
            returns[next] = Math.log(close / previousClose);
            next = next + 1 == returns.length ? 0 : next + 1;
            if (filled < returns.length) {
                filled++;
            }
            if (filled == returns.length) {
                value = sampleStandardDeviation();
            }
        }
        previousClose = close;
        return value;
    }

    /** The current volatility, {@code NaN} before warm-up. */
    public double value() {
        return value;
    }

    /** Whether {@code window} returns have been seen. */
    public boolean isWarm() {
        return filled == returns.length;
    }

    /** Number of returns in the estimate. */
    public int window() {
        return returns.length;
    }

    private double sampleStandardDeviation() {
        int n = returns.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += returns[i];
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double d = returns[i] - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / (n - 1));
    }
}
