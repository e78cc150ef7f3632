package io.quantagent.agents.pattern;

import io.quantagent.agents.Direction;

/**
 * The best candidate of one pattern in the last evaluation: its confidence, direction, key levels and where
 * it lies in the window. Owned and reused by the agent; copy what you need to keep past the next bar.
 *
 * <p>Levels are prices at the last bar of the window (a sloping line is extended to it) and NaN where the
 * pattern has no such level. Bar positions are counted back from the last bar (0 is the bar just closed);
 * -1 when there is no match.
 */
public final class PatternMatch {

    ChartPattern pattern;
    double confidence;
    Direction direction = Direction.NEUTRAL;
    double neckline = Double.NaN;
    double breakoutLevel = Double.NaN;
    double upperLevel = Double.NaN;
    double lowerLevel = Double.NaN;
    int startIndex = -1;
    int endIndex = -1;
    int signalIndex = -1;
    int lastIndex = -1;
    boolean confirmed;

    PatternMatch(ChartPattern pattern) {
        this.pattern = pattern;
    }

    /** The pattern this is a candidate of. */
    public ChartPattern pattern() {
        return pattern;
    }

    /** How well the bars fit the pattern, in [0, 1]; 0 when the pattern was not found. */
    public double confidence() {
        return confidence;
    }

    /** The direction the pattern points to: its bias, or for a neutral pattern the side it broke out of. */
    public Direction direction() {
        return direction;
    }

    /** The neckline (head and shoulders, double tops and bottoms, the rim of rounded and V shapes); NaN if none. */
    public double neckline() {
        return neckline;
    }

    /** The price whose crossing by a close confirms the pattern; NaN while a neutral pattern has not broken out. */
    public double breakoutLevel() {
        return breakoutLevel;
    }

    /** The pattern's resistance line (wedges, triangles, rectangles, flags, bases); NaN if none. */
    public double upperLevel() {
        return upperLevel;
    }

    /** The pattern's support line (wedges, triangles, rectangles, flags, bases); NaN if none. */
    public double lowerLevel() {
        return lowerLevel;
    }

    /** Whether a close has crossed the breakout level (for an island reversal: the second gap happened). */
    public boolean confirmed() {
        return confirmed;
    }

    /** Bars from the pattern's first bar to the last bar of the window; -1 when not found. */
    public int startBarsAgo() {
        return barsAgo(startIndex);
    }

    /** Bars from the pattern's last bar (its last swing point or the end of its shape) to the last bar; -1 when not found. */
    public int endBarsAgo() {
        return barsAgo(endIndex);
    }

    /** Bars since the confirmation, or since the pattern's end when unconfirmed; -1 when not found. */
    public int signalBarsAgo() {
        return barsAgo(signalIndex);
    }

    private int barsAgo(int index) {
        return index < 0 ? -1 : lastIndex - index;
    }

    /** Forgets the candidate (confidence 0, neutral, no levels). */
    void clear(ChartPattern candidatePattern, int windowLastIndex) {
        pattern = candidatePattern;
        confidence = 0;
        direction = Direction.NEUTRAL;
        neckline = Double.NaN;
        breakoutLevel = Double.NaN;
        upperLevel = Double.NaN;
        lowerLevel = Double.NaN;
        startIndex = -1;
        endIndex = -1;
        signalIndex = -1;
        lastIndex = windowLastIndex;
        confirmed = false;
    }

    void copyFrom(PatternMatch other) {
        pattern = other.pattern;
        confidence = other.confidence;
        direction = other.direction;
        neckline = other.neckline;
        breakoutLevel = other.breakoutLevel;
        upperLevel = other.upperLevel;
        lowerLevel = other.lowerLevel;
        startIndex = other.startIndex;
        endIndex = other.endIndex;
        signalIndex = other.signalIndex;
        lastIndex = other.lastIndex;
        confirmed = other.confirmed;
    }

    @Override
    public String toString() {
        return pattern + "{confidence=" + confidence + ", direction=" + direction + ", confirmed=" + confirmed
                + ", neckline=" + neckline + ", breakout=" + breakoutLevel + ", upper=" + upperLevel
                + ", lower=" + lowerLevel + ", bars ago: start=" + startBarsAgo() + ", end=" + endBarsAgo()
                + ", signal=" + signalBarsAgo() + '}';
    }
}
