package io.quantagent.engine.config;

/**
 * The Pattern agent (section {@code agents.pattern}).
 *
 * @param lookbackBars how many recent bars patterns are sought in, 20 to 1000 (the Pattern agent needs 20); default 40 (the paper's window)
 * @param swingThreshold how far price must reverse, in multiples of the ATR, for a swing high or low to count,
 *     greater than 0 and at most 10; default 1.0
 * @param minConfidence a pattern with a lower fit score is ignored, 0 to 1; default 0.5
 */
public record PatternConfig(int lookbackBars, double swingThreshold, double minConfidence) {

    private static final PatternConfig DEFAULTS = new PatternConfig(40, 1.0, 0.5);

    public PatternConfig {
        new Checks()
                .between("lookbackBars", lookbackBars, 20, 1000)
                .aboveAtMost("swingThreshold", swingThreshold, 0, 10)
                .between("minConfidence", minConfidence, 0, 1)
                .done();
    }

    /** The last 40 bars, swings of one ATR, patterns scoring at least 0.5. */
    public static PatternConfig defaults() {
        return DEFAULTS;
    }
}
