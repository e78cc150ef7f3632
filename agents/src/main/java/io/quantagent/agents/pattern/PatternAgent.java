package io.quantagent.agents.pattern;

/**
 * The Pattern agent of one instrument: shown one closed bar at a time, it looks for the chart patterns of
 * {@link ChartPattern} in the last {@link PatternParameters#lookbackBars()} bars and reports the best match.
 *
 * <p>Deterministic and single-threaded: the report depends only on the bars in the window (never on older
 * ones, nor on the clock). Nothing is allocated per bar: the window is a ring of arrays and the report and
 * its matches are reused.
 */
public final class PatternAgent {

    private final PatternParameters parameters;
    private final BarWindow window;
    private final BarView bars;
    private final BarView mirrored;
    private final PatternMatches matches = new PatternMatches();
    private final PatternRule[] rules;
    private final PatternReport report;
    private long lastCloseTimeNanos = Long.MIN_VALUE;

    /** An agent with {@link PatternParameters#defaults()}. */
    public PatternAgent() {
        this(PatternParameters.defaults());
    }

    /** An agent with the given settings. */
    public PatternAgent(PatternParameters parameters) {
        this.parameters = parameters;
        int capacity = parameters.lookbackBars();
        window = new BarWindow(capacity);
        bars = new BarView(false, capacity);
        mirrored = new BarView(true, capacity);
        rules = new PatternRule[] {
            new HeadAndShouldersRule(parameters),
            new DoubleTopRule(parameters),
            new IslandReversalRule(parameters),
            new VReversalRule(parameters),
            new RoundedTurnRule(parameters),
            new HiddenBaseRule(parameters),
            new FlagRule(parameters),
            new LinePatternRule(parameters),
        };
        report = new PatternReport(matches, parameters.minConfidence());
    }

    /**
     * Takes the bar that just closed and returns the report about the window ending with it (the same,
     * reused object every time). Before the window is full the report has no pattern.
     *
     * @throws IllegalArgumentException if a price or the volume is not finite, the bar's high and low do not
     *                                  contain its open and close, the volume is negative, or the close time
     *                                  is not after the previous bar's
     */
    public PatternReport onBar(long closeTimeNanos, double open, double high, double low, double close,
            double volume) {
        if (!(Double.isFinite(high) && Double.isFinite(low) && low <= high && open >= low && open <= high
                && close >= low && close <= high && volume >= 0 && Double.isFinite(volume))) {
            throw new IllegalArgumentException("bad bar at " + closeTimeNanos + ": open=" + open + " high=" + high
                    + " low=" + low + " close=" + close + " volume=" + volume);
        }
        if (closeTimeNanos <= lastCloseTimeNanos) {
            throw new IllegalArgumentException("bar close time " + closeTimeNanos
                    + " is not after the previous bar's " + lastCloseTimeNanos);
        }
        lastCloseTimeNanos = closeTimeNanos;
        window.add(closeTimeNanos, high, low, close, volume);
        boolean full = window.full();
        matches.clear(window.size() - 1);
        if (full) {
            evaluate();
        }
        report.update(closeTimeNanos, full, window);
        return report;
    }

    private void evaluate() {
        window.copyInto(bars);
        window.copyInto(mirrored);
        double threshold = parameters.swingThresholdAtr();
        bars.analyse(threshold);
        mirrored.analyse(threshold);
        if (!(bars.atr > 0)) {
            return; // no movement at all: no pattern
        }
        for (PatternRule rule : rules) {
            rule.evaluate(bars, mirrored, matches);
        }
    }

    /** The report of the last bar (the object {@link #onBar} returns). */
    public PatternReport report() {
        return report;
    }

    /** This agent's settings. */
    public PatternParameters parameters() {
        return parameters;
    }

    /** Forgets every bar, as if new (for a gap in the data or a new session). */
    public void reset() {
        window.clear();
        matches.clear(-1);
        lastCloseTimeNanos = Long.MIN_VALUE;
        report.update(Long.MIN_VALUE, false, window);
    }
}
