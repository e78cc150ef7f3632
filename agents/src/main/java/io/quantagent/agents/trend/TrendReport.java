package io.quantagent.agents.trend;

import io.quantagent.agents.Direction;
import io.quantagent.agents.DirectionalReport;

/**
 * What the Trend agent read on the bar just closed. The headline figures come from the close-based lines,
 * the ones the paper's trend prompt shows and names ("support and resistance, both derived from recent
 * closing prices"); the high/low lines are in {@link #highLowLines()}.
 *
 * <p>Two sets of close-based lines are involved. The <em>current</em> lines are fitted over the last
 * {@code lookback} bars, the bar just closed included: slopes, levels, width, trend and slope come from them.
 * The <em>previous</em> lines are the ones fitted one bar earlier, extended by one bar to the bar just
 * closed: the close is compared with them for breakouts and for the position in the channel, because the
 * current lines bound the close by construction.
 *
 * <p>Before the agent has seen {@code lookback} bars every figure is NaN, the trend is SIDEWAYS and the
 * direction NEUTRAL. Breakouts and the position need the previous lines, so they start one bar later.
 *
 * <p>The agent reuses one report; a reader that keeps it past the next bar copies it with {@link #copyFrom}.
 */
public final class TrendReport implements DirectionalReport {

    long barCloseTimeNanos = Long.MIN_VALUE;
    Direction direction = Direction.NEUTRAL;
    double strength;
    int barsSinceSignal = Integer.MAX_VALUE;
    boolean warmedUp;
    TrendState trend = TrendState.SIDEWAYS;
    double slope = Double.NaN;
    double supportLevel = Double.NaN;
    double resistanceLevel = Double.NaN;
    double channelWidth = Double.NaN;
    double relativeChannelWidth = Double.NaN;
    double positionInChannel = Double.NaN;
    boolean breakoutUp;
    boolean breakoutDown;
    final TrendLines closeLines = new TrendLines();
    final TrendLines highLowLines = new TrendLines();

    /** An empty report (no bar yet), for instance to {@link #copyFrom copy} one into. */
    public TrendReport() {
    }

    /**
     * A breakout's direction on the bar of the breakout; otherwise UP is LONG, DOWN is SHORT and SIDEWAYS
     * NEUTRAL.
     */
    @Override
    public Direction direction() {
        return direction;
    }

    /**
     * In [0, 1]; 0 when neutral. For a breakout {@code e / (e + w)}: e how far the close is beyond the
     * previous line, w the previous channel's width there. Otherwise {@code r / (r + w)}: r how far the
     * channel's middle moves over the window ({@code |mean slope| * (lookback - 1)}), w the current width.
     * A clean trend (narrow channel, steep slope) scores near 1, a drift inside a wide range near 0.
     */
    @Override
    public double strength() {
        return strength;
    }

    /**
     * Bars since the last breakout or change of direction (0: on this bar); {@code Integer.MAX_VALUE} when
     * neutral.
     */
    @Override
    public int barsSinceSignal() {
        return barsSinceSignal;
    }

    @Override
    public long barCloseTimeNanos() {
        return barCloseTimeNanos;
    }

    /** Whether the agent has seen {@code lookback} bars and the lines exist. */
    public boolean warmedUp() {
        return warmedUp;
    }

    /** UP, DOWN or SIDEWAYS from {@link #slope()} and the sideways band. */
    public TrendState trend() {
        return trend;
    }

    /**
     * The normalized trend slope: the mean of the support and resistance slopes divided by the last close
     * (a fraction of the price per bar; 0.001 is 0.1 % per bar).
     */
    public double slope() {
        return slope;
    }

    /** Slope of the close-based support line, price per bar. */
    public double supportSlope() {
        return closeLines.supportSlope();
    }

    /** Slope of the close-based resistance line, price per bar. */
    public double resistanceSlope() {
        return closeLines.resistanceSlope();
    }

    /** The close-based support line at the bar just closed. */
    public double supportLevel() {
        return supportLevel;
    }

    /** The close-based resistance line at the bar just closed. */
    public double resistanceLevel() {
        return resistanceLevel;
    }

    /** Resistance minus support at the bar just closed, in price units (at least 0). */
    public double channelWidth() {
        return channelWidth;
    }

    /** {@link #channelWidth()} divided by the last close. */
    public double relativeChannelWidth() {
        return relativeChannelWidth;
    }

    /**
     * Where the close sits in the previous lines' channel extended to this bar: 0 on support, 1 on
     * resistance, below 0 or above 1 beyond them. For a channel of zero width: 1 on a breakout up, 0 on a
     * breakout down, 0.5 otherwise. NaN until the previous lines exist.
     */
    public double positionInChannel() {
        return positionInChannel;
    }

    /**
     * Whether the close is above the previous resistance line extended to this bar, by more than the tolerance
     * and the line's precision there (see {@link TrendAgent}).
     */
    public boolean breakoutUp() {
        return breakoutUp;
    }

    /** Whether the close is below the previous support line extended to this bar (see {@link #breakoutUp()}). */
    public boolean breakoutDown() {
        return breakoutDown;
    }

    /** The close-based lines over the last {@code lookback} bars (x = 0 oldest, x = lookback - 1 this bar). */
    public TrendLines closeLines() {
        return closeLines;
    }

    /** The high/low-based lines over the same window. */
    public TrendLines highLowLines() {
        return highLowLines;
    }

    /** Makes this report an exact copy of {@code other}. */
    public void copyFrom(TrendReport other) {
        barCloseTimeNanos = other.barCloseTimeNanos;
        direction = other.direction;
        strength = other.strength;
        barsSinceSignal = other.barsSinceSignal;
        warmedUp = other.warmedUp;
        trend = other.trend;
        slope = other.slope;
        supportLevel = other.supportLevel;
        resistanceLevel = other.resistanceLevel;
        channelWidth = other.channelWidth;
        relativeChannelWidth = other.relativeChannelWidth;
        positionInChannel = other.positionInChannel;
        breakoutUp = other.breakoutUp;
        breakoutDown = other.breakoutDown;
        closeLines.copyFrom(other.closeLines);
        highLowLines.copyFrom(other.highLowLines);
    }

    @Override
    public String toString() {
        return "TrendReport{time=" + barCloseTimeNanos + ", direction=" + direction + ", strength=" + strength
                + ", barsSinceSignal=" + barsSinceSignal + ", trend=" + trend + ", slope=" + slope
                + ", support=" + supportLevel + " (" + supportSlope() + "/bar), resistance=" + resistanceLevel
                + " (" + resistanceSlope() + "/bar), width=" + channelWidth + ", position=" + positionInChannel
                + ", breakoutUp=" + breakoutUp + ", breakoutDown=" + breakoutDown + '}';
    }
}
