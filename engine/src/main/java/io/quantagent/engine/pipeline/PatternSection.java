package io.quantagent.engine.pipeline;

import io.quantagent.agents.Direction;
import io.quantagent.agents.DirectionalReport;
import io.quantagent.agents.pattern.ChartPattern;
import io.quantagent.agents.pattern.PatternReport;

/**
 * The Pattern agent's output on this event (written by the pattern stage only): the readings of its report,
 * copied field by field (the agent's report is reused), and itself a {@link DirectionalReport} for the fusion rule.
 */
public final class PatternSection implements DirectionalReport {

    boolean evaluated;
    private Direction direction = Direction.NEUTRAL;
    private double strength;
    private int barsSinceSignal = Integer.MAX_VALUE;
    private long barCloseTimeNanos;
    private boolean warmedUp;
    private ChartPattern pattern = ChartPattern.NONE;
    private double confidence;
    private boolean confirmed;
    private double neckline = Double.NaN;
    private double breakoutLevel = Double.NaN;
    private double upperLevel = Double.NaN;
    private double lowerLevel = Double.NaN;
    private int startBarsAgo = -1;
    private int endBarsAgo = -1;
    private int matchCount;

    void set(PatternReport r) {
        direction = r.direction();
        strength = r.strength();
        barsSinceSignal = r.barsSinceSignal();
        barCloseTimeNanos = r.barCloseTimeNanos();
        warmedUp = r.warmedUp();
        pattern = r.pattern();
        confidence = r.confidence();
        confirmed = r.confirmed();
        neckline = r.neckline();
        breakoutLevel = r.breakoutLevel();
        upperLevel = r.upperLevel();
        lowerLevel = r.lowerLevel();
        startBarsAgo = r.startBarsAgo();
        endBarsAgo = r.endBarsAgo();
        matchCount = r.matchCount();
        evaluated = true;
    }

    /** Whether the agent evaluated a bar on this event (the readings are valid only then). */
    public boolean evaluated() {
        return evaluated;
    }

    @Override
    public Direction direction() {
        return direction;
    }

    @Override
    public double strength() {
        return strength;
    }

    @Override
    public int barsSinceSignal() {
        return barsSinceSignal;
    }

    @Override
    public long barCloseTimeNanos() {
        return barCloseTimeNanos;
    }

    /** Whether the agent's window was full. */
    public boolean warmedUp() {
        return warmedUp;
    }

    /** The best match, {@link ChartPattern#NONE} without one. */
    public ChartPattern pattern() {
        return pattern;
    }

    /** The best match's confidence. */
    public double confidence() {
        return confidence;
    }

    /** Whether the best match has broken out. */
    public boolean confirmed() {
        return confirmed;
    }

    /** The best match's neckline (NaN if none). */
    public double neckline() {
        return neckline;
    }

    /** The best match's breakout level (NaN if none). */
    public double breakoutLevel() {
        return breakoutLevel;
    }

    /** The best match's resistance line at the last bar (NaN if none). */
    public double upperLevel() {
        return upperLevel;
    }

    /** The best match's support line at the last bar (NaN if none). */
    public double lowerLevel() {
        return lowerLevel;
    }

    /** Bars since the best match's first bar (-1 without a match). */
    public int startBarsAgo() {
        return startBarsAgo;
    }

    /** Bars since the best match's last bar (-1 without a match). */
    public int endBarsAgo() {
        return endBarsAgo;
    }

    /** How many patterns reached the minimum confidence. */
    public int matchCount() {
        return matchCount;
    }
}
