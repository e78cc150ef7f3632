package io.quantagent.agents.pattern;

import io.quantagent.agents.Direction;
import io.quantagent.agents.DirectionalReport;

/**
 * What the Pattern agent saw after a bar closed: the best match in the window (or {@link ChartPattern#NONE}),
 * its direction, confidence and key levels, and the candidates of every pattern for the justification.
 * Reused by its agent; copy what you need to keep past the next bar.
 */
public final class PatternReport implements DirectionalReport {

    private final PatternMatches matches;
    private final double minConfidence;
    private long barCloseTimeNanos;
    private boolean warmedUp;
    private PatternMatch best;
    private long startTimeNanos = Long.MIN_VALUE;
    private long endTimeNanos = Long.MIN_VALUE;

    PatternReport(PatternMatches matches, double minConfidence) {
        this.matches = matches;
        this.minConfidence = minConfidence;
    }

    void update(long closeTimeNanos, boolean windowFull, BarWindow window) {
        barCloseTimeNanos = closeTimeNanos;
        warmedUp = windowFull;
        best = windowFull ? matches.best(minConfidence) : null;
        if (best == null) {
            startTimeNanos = Long.MIN_VALUE;
            endTimeNanos = Long.MIN_VALUE;
        } else {
            startTimeNanos = window.timeAt(best.startIndex);
            endTimeNanos = window.timeAt(best.endIndex);
        }
    }

    /** The direction of the best match; neutral without one, or while a neutral pattern has not broken out. */
    @Override
    public Direction direction() {
        return best == null ? Direction.NEUTRAL : best.direction;
    }

    /** The best match's confidence when it points somewhere, else 0. */
    @Override
    public double strength() {
        return direction() == Direction.NEUTRAL ? 0 : best.confidence;
    }

    /** Bars since the best match's confirmation (or its end, if unconfirmed); {@code Integer.MAX_VALUE} when neutral. */
    @Override
    public int barsSinceSignal() {
        return direction() == Direction.NEUTRAL ? Integer.MAX_VALUE : best.signalBarsAgo();
    }

    @Override
    public long barCloseTimeNanos() {
        return barCloseTimeNanos;
    }

    /** Whether the window was full, so that patterns were looked for. */
    public boolean warmedUp() {
        return warmedUp;
    }

    /** The best match: the highest confidence at or above the minimum, ties to the first declared pattern. */
    public ChartPattern pattern() {
        return best == null ? ChartPattern.NONE : best.pattern;
    }

    /** The best match's confidence in [0, 1] (also when its direction is neutral); 0 without a match. */
    public double confidence() {
        return best == null ? 0 : best.confidence;
    }

    /** Whether the best match has broken out (see {@link PatternMatch#confirmed()}). */
    public boolean confirmed() {
        return best != null && best.confirmed;
    }

    /** The best match's neckline (see {@link PatternMatch#neckline()}); NaN if none. */
    public double neckline() {
        return best == null ? Double.NaN : best.neckline;
    }

    /** The best match's breakout level (see {@link PatternMatch#breakoutLevel()}); NaN if none. */
    public double breakoutLevel() {
        return best == null ? Double.NaN : best.breakoutLevel;
    }

    /** The best match's resistance line at the last bar; NaN if none. */
    public double upperLevel() {
        return best == null ? Double.NaN : best.upperLevel;
    }

    /** The best match's support line at the last bar; NaN if none. */
    public double lowerLevel() {
        return best == null ? Double.NaN : best.lowerLevel;
    }

    /** Bars from the best match's first bar to the last bar; -1 without a match. */
    public int startBarsAgo() {
        return best == null ? -1 : best.startBarsAgo();
    }

    /** Bars from the best match's last bar to the last bar; -1 without a match. */
    public int endBarsAgo() {
        return best == null ? -1 : best.endBarsAgo();
    }

    /** Close time of the best match's first bar; {@code Long.MIN_VALUE} without a match. */
    public long startTimeNanos() {
        return startTimeNanos;
    }

    /** Close time of the best match's last bar; {@code Long.MIN_VALUE} without a match. */
    public long endTimeNanos() {
        return endTimeNanos;
    }

    /**
     * The best candidate of {@code pattern} in the last evaluation, whether or not it reached the minimum
     * confidence (confidence 0 when not found). For the justification of a decision.
     */
    public PatternMatch match(ChartPattern pattern) {
        return matches.get(pattern);
    }

    /** Whether {@code pattern} was found with at least the minimum confidence in the last evaluation. */
    public boolean matched(ChartPattern pattern) {
        double confidence = matches.get(pattern).confidence;
        return warmedUp && confidence > 0 && confidence >= minConfidence;
    }

    /** How many patterns were found with at least the minimum confidence in the last evaluation. */
    public int matchCount() {
        return warmedUp ? matches.countAtLeast(minConfidence) : 0;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("PatternReport{").append(pattern())
                .append(", direction=").append(direction())
                .append(", confidence=").append(confidence())
                .append(", confirmed=").append(confirmed())
                .append(", neckline=").append(neckline())
                .append(", breakout=").append(breakoutLevel())
                .append(", barsSinceSignal=").append(barsSinceSignal())
                .append(", matches=[");
        String separator = "";
        for (ChartPattern pattern : ChartPattern.values()) {
            if (pattern != ChartPattern.NONE && matched(pattern)) {
                PatternMatch match = matches.get(pattern);
                text.append(separator).append(pattern).append(' ').append(match.direction)
                        .append(' ').append(String.format("%.3f", match.confidence));
                separator = ", ";
            }
        }
        return text.append("]}").toString();
    }
}
