package io.quantagent.agents.fusion;

/**
 * Settings of the fusion rule.
 *
 * @param mode benchmark (always LONG or SHORT), trading (may stay flat) or random (a seeded baseline that trades
 *     like trading mode)
 * @param minConfidence trading mode: least confidence, in [0, 1], to act on a direction
 * @param recencyHalfLifeBars bars after which a report's signal counts half (positive)
 * @param margin how much the stronger side's score must exceed the other side's, in [0, 1)
 * @param slopeDeadband trend slopes whose magnitude is at most this are treated as flat (non-negative)
 * @param seed random mode: the seed of the draws (any value; the same seed gives the same decisions)
 */
public record FusionParameters(
        FusionMode mode, double minConfidence, double recencyHalfLifeBars, double margin, double slopeDeadband,
        long seed) {

    /** The seed of random mode when none is given. */
    public static final long DEFAULT_SEED = 1;

    /** Checks every setting; an error names the one out of range. */
    public FusionParameters {
        if (mode == null) {
            throw new IllegalArgumentException("mode must be BENCHMARK, TRADING or RANDOM, was null");
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1], was " + minConfidence);
        }
        if (!(recencyHalfLifeBars > 0 && Double.isFinite(recencyHalfLifeBars))) {
            throw new IllegalArgumentException("recencyHalfLifeBars must be positive and finite, was "
                    + recencyHalfLifeBars);
        }
        if (!(margin >= 0 && margin < 1)) {
            throw new IllegalArgumentException("margin must be in [0, 1), was " + margin);
        }
        if (!(slopeDeadband >= 0 && Double.isFinite(slopeDeadband))) {
            throw new IllegalArgumentException("slopeDeadband must be non-negative and finite, was " + slopeDeadband);
        }
    }

    /** Parameters with the {@link #DEFAULT_SEED default seed}. */
    public FusionParameters(
            FusionMode mode, double minConfidence, double recencyHalfLifeBars, double margin, double slopeDeadband) {
        this(mode, minConfidence, recencyHalfLifeBars, margin, slopeDeadband, DEFAULT_SEED);
    }

    /** Trading mode, confidence at least 0.25, a half-life of 5 bars, a margin of 0.1, no slope deadband. */
    public static FusionParameters defaults() {
        return new FusionParameters(FusionMode.TRADING, 0.25, 5.0, 0.1, 0.0);
    }

    /** The defaults in benchmark mode. */
    public static FusionParameters benchmark() {
        return defaults().withMode(FusionMode.BENCHMARK);
    }

    /** These parameters in another mode. */
    public FusionParameters withMode(FusionMode newMode) {
        return new FusionParameters(newMode, minConfidence, recencyHalfLifeBars, margin, slopeDeadband, seed);
    }

    /** These parameters with another seed for random mode. */
    public FusionParameters withSeed(long newSeed) {
        return new FusionParameters(mode, minConfidence, recencyHalfLifeBars, margin, slopeDeadband, newSeed);
    }
}
