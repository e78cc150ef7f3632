package io.quantagent.agents.trend;

/**
 * Settings of the Trend agent. {@link #defaults()} holds the paper's values.
 *
 * @param lookback bars the trendlines are fitted over (the paper: 50), at least 3
 * @param initialStep first step of the slope search, in units of (max - min) / n of the prices fitted
 *     (the paper: 1.0); greater than {@code minStep}
 * @param minStep the search stops once its step falls to this (the paper: 1e-4); also the relative size of
 *     the slope change that estimates the derivative; positive
 * @param tolerance how far, in price units, a line may stray to the wrong side of a price and still count as
 *     bounding it (the paper: 1e-5); positive
 * @param sidewaysSlope normalized slopes ({@link TrendReport#slope()}, a fraction of the price per bar) whose
 *     magnitude is at most this read as sideways; non-negative
 */
public record TrendParameters(int lookback, double initialStep, double minStep, double tolerance,
        double sidewaysSlope) {

    public TrendParameters {
        if (lookback < 3) {
            throw new IllegalArgumentException("lookback must be at least 3, was " + lookback);
        }
        if (!(minStep > 0 && Double.isFinite(minStep))) {
            throw new IllegalArgumentException("minStep must be positive and finite, was " + minStep);
        }
        if (!(initialStep > minStep && Double.isFinite(initialStep))) {
            throw new IllegalArgumentException("initialStep must be finite and greater than minStep (" + minStep
                    + "), was " + initialStep);
        }
        if (!(tolerance > 0 && Double.isFinite(tolerance))) {
            throw new IllegalArgumentException("tolerance must be positive and finite, was " + tolerance);
        }
        if (!(sidewaysSlope >= 0 && Double.isFinite(sidewaysSlope))) {
            throw new IllegalArgumentException("sidewaysSlope must be non-negative and finite, was " + sidewaysSlope);
        }
    }

    /**
     * The paper's trendlines (50 bars, step 1.0, minimum step 1e-4, tolerance 1e-5) and a sideways band of
     * 0.01 % of the price per bar (0.5 % over the 50 bars).
     */
    public static TrendParameters defaults() {
        return new TrendParameters(50, 1.0, 1e-4, 1e-5, 1e-4);
    }
}
