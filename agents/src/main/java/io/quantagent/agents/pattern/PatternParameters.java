package io.quantagent.agents.pattern;

/**
 * Settings of the Pattern agent. Sizes are in units of the window's average true range (ATR: the mean true
 * range of the bars in the window, the first bar's true range being its high minus its low), so that the
 * same settings fit any instrument and bar length.
 *
 * @param lookbackBars       bars in the window the patterns are looked for in (the paper: 40)
 * @param swingThresholdAtr  zigzag reversal threshold: a swing point is confirmed once price has moved this
 *                           many ATRs back from it
 * @param levelToleranceAtr  two prices closer than this many ATRs count as the same level (double tops and
 *                           bottoms); a flat base is at most twice this tall
 * @param minHeightAtr       the smallest height of a pattern (the depth of a double bottom, the head above
 *                           the neckline, the flag pole, the decline before a base, ...)
 * @param flatSlopeAtr       a boundary line is flat when it moves at most this many ATRs per bar
 * @param minSeparationBars  the fewest bars between the two tops of a double top (or bottoms)
 * @param minBaseBars        the fewest bars in the flat base of a hidden base
 * @param roundedMinRSquared the smallest R² of the quadratic fit of a rounded top or bottom
 * @param minConfidence      matches below this confidence are not reported as the best match
 */
public record PatternParameters(
        int lookbackBars,
        double swingThresholdAtr,
        double levelToleranceAtr,
        double minHeightAtr,
        double flatSlopeAtr,
        int minSeparationBars,
        int minBaseBars,
        double roundedMinRSquared,
        double minConfidence) {

    /** The smallest window the rules can work with. */
    public static final int MIN_LOOKBACK_BARS = 20;
    /** The largest window (evaluation cost grows with it). */
    public static final int MAX_LOOKBACK_BARS = 1_000;

    /** Validates every setting; the message names the offending one. */
    public PatternParameters {
        if (lookbackBars < MIN_LOOKBACK_BARS || lookbackBars > MAX_LOOKBACK_BARS) {
            throw new IllegalArgumentException("lookbackBars must be in [" + MIN_LOOKBACK_BARS + ", "
                    + MAX_LOOKBACK_BARS + "]: " + lookbackBars);
        }
        requirePositive("swingThresholdAtr", swingThresholdAtr);
        requirePositive("levelToleranceAtr", levelToleranceAtr);
        requirePositive("minHeightAtr", minHeightAtr);
        requirePositive("flatSlopeAtr", flatSlopeAtr);
        if (minSeparationBars < 2 || minSeparationBars > lookbackBars / 2) {
            throw new IllegalArgumentException("minSeparationBars must be in [2, lookbackBars / 2]: "
                    + minSeparationBars);
        }
        if (minBaseBars < 3 || minBaseBars > lookbackBars / 2) {
            throw new IllegalArgumentException("minBaseBars must be in [3, lookbackBars / 2]: " + minBaseBars);
        }
        if (!(roundedMinRSquared > 0 && roundedMinRSquared < 1)) {
            throw new IllegalArgumentException("roundedMinRSquared must be in (0, 1): " + roundedMinRSquared);
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + minConfidence);
        }
    }

    /** The settings used unless configured otherwise: a 40-bar window as in the paper. */
    public static PatternParameters defaults() {
        return new PatternParameters(40, 2.0, 1.0, 3.0, 0.05, 5, 10, 0.8, 0.5);
    }

    /** These settings with another window length. */
    public PatternParameters withLookbackBars(int bars) {
        return new PatternParameters(bars, swingThresholdAtr, levelToleranceAtr, minHeightAtr, flatSlopeAtr,
                minSeparationBars, minBaseBars, roundedMinRSquared, minConfidence);
    }

    /** These settings with another minimum confidence. */
    public PatternParameters withMinConfidence(double confidence) {
        return new PatternParameters(lookbackBars, swingThresholdAtr, levelToleranceAtr, minHeightAtr,
                flatSlopeAtr, minSeparationBars, minBaseBars, roundedMinRSquared, confidence);
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be positive and finite: " + value);
        }
    }
}
