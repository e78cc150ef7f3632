package io.quantagent.agents.fusion;

/**
 * Settings of the fusion rule.
 *
 * @param mode benchmark (always LONG or SHORT) or trading (may stay flat)
 * @param minConfidence trading mode: least confidence, in [0, 1], to act on a direction
 * @param recencyHalfLifeBars bars after which a report's signal counts half (positive)
 * @param margin how much the stronger side's score must exceed the other side's, in [0, 1)
 * @param slopeDeadband trend slopes whose magnitude is at most this are treated as flat (non-negative)
 */
public record FusionParameters(
        FusionMode mode, double minConfidence, double recencyHalfLifeBars, double margin, double slopeDeadband) {

    /** Checks every setting; an error names the one out of range. */
    public FusionParameters {
        if (mode == null) {
            throw new IllegalArgumentException("mode must be BENCHMARK or TRADING, was null");
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
        return new FusionParameters(newMode, minConfidence, recencyHalfLifeBars, margin, slopeDeadband);
    }
}
