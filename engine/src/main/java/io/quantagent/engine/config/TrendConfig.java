package io.quantagent.engine.config;

/**
 * The Trend agent's support and resistance fitting (section {@code agents.trend}).
 *
 * @param lookbackBars how many recent bars the lines are fitted to, 5 to 1000; default 50 (the paper's window)
 * @param initialStepFactor first step of the slope search, as a multiple of the price range per bar, greater
 *     than 0 and at most 100; default 1.0
 * @param minStep the search stops when its step falls below this, greater than 0 and less than
 *     {@code initialStepFactor}; default 0.0001
 * @param tolerance relative change of the fit error below which the search has converged, greater than 0 and
 *     at most 0.1; default 0.00001
 * @param sidewaysSlope a fitted slope below this fraction of the price per bar (in absolute value) is sideways,
 *     0 to 0.1; default 0.0001 (0.5 % over 50 bars)
 */
public record TrendConfig(int lookbackBars, double initialStepFactor, double minStep, double tolerance, double sidewaysSlope) {

    private static final TrendConfig DEFAULTS = new TrendConfig(50, 1.0, 1e-4, 1e-5, 1e-4);

    public TrendConfig {
        Checks checks = new Checks()
                .between("lookbackBars", lookbackBars, 5, 1000)
                .aboveAtMost("initialStepFactor", initialStepFactor, 0, 100)
                .aboveAtMost("tolerance", tolerance, 0, 0.1)
                .between("sidewaysSlope", sidewaysSlope, 0, 0.1);
        checks.require(minStep > 0 && minStep < initialStepFactor, "minStep",
                "must be greater than 0 and less than initialStepFactor (" + Checks.text(initialStepFactor)
                        + "), was " + Checks.text(minStep));
        checks.done();
    }

    /** The last 50 bars, steps from 1.0 down to 0.0001, tolerance 0.00001, sideways below 0.0001 per bar. */
    public static TrendConfig defaults() {
        return DEFAULTS;
    }
}
