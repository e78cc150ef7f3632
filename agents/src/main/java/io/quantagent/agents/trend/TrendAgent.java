package io.quantagent.agents.trend;

import io.quantagent.agents.Direction;
import java.util.Objects;

/**
 * The paper's Trend agent for one instrument: support and resistance trendlines over the last
 * {@code lookback} bars (see {@link TrendlineFitter}), close-based and high/low-based, read into a
 * {@link TrendReport}: slopes, channel, breakouts, and up, down or sideways.
 *
 * <p>Breakout, precisely: the close of bar t is above the close-based resistance line fitted over bars
 * t - lookback .. t - 1, extended to bar t, by more than a margin (down: below the support line). The margin
 * is the tolerance plus what the slope search cannot tell apart at that distance from the pivots
 * ({@link TrendLines#supportSlopePrecision()} times the distance, the larger of the two lines'): without it, a
 * close that merely retests a flat top would count as a breakout. If the two extended lines have crossed, the
 * channel there runs from the lower to the higher of them.
 *
 * <p>Pure Java, allocation-free after construction: the bars live in a ring buffer of {@code lookback}
 * slots, copied oldest-first into work arrays for each fit. Not thread-safe: one agent per instrument, fed by
 * one thread.
 */
public final class TrendAgent {

    private final TrendParameters parameters;
    private final TrendlineFitter fitter;
    private final int lookback;
    private final double[] highRing;
    private final double[] lowRing;
    private final double[] closeRing;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final TrendReport report = new TrendReport();
    private TrendLines currentLines = new TrendLines();
    private TrendLines previousLines = new TrendLines();
    private final TrendLines highLowLines = new TrendLines();
    private long barCount;
    private Direction lastDirection = Direction.NEUTRAL;
    private int barsSinceEvent = -1;
    private double breakoutStrength;

    /** An agent with the paper's parameters. */
    public TrendAgent() {
        this(TrendParameters.defaults());
    }

    /** An agent with these parameters. */
    public TrendAgent(TrendParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.fitter = new TrendlineFitter(parameters);
        this.lookback = parameters.lookback();
        highRing = new double[lookback];
        lowRing = new double[lookback];
        closeRing = new double[lookback];
        high = new double[lookback];
        low = new double[lookback];
        close = new double[lookback];
    }

    /** The parameters of this agent. */
    public TrendParameters parameters() {
        return parameters;
    }

    /** How many bars this agent has been shown. */
    public long barCount() {
        return barCount;
    }

    /** The report of the last bar (empty before the first). */
    public TrendReport report() {
        return report;
    }

    /**
     * Shows the agent one closed bar and returns its (reused) report about it.
     *
     * @param closeTimeNanos the bar's close time, epoch nanoseconds
     * @param open the bar's open price
     * @param high the bar's high
     * @param low the bar's low
     * @param close the bar's close
     * @param volume the bar's volume (not used by the trendlines)
     * @return this agent's report, updated for this bar
     * @throws IllegalArgumentException if a price is not finite
     */
    public TrendReport onBar(long closeTimeNanos, double open, double high, double low, double close,
            double volume) {
        if (!(Double.isFinite(open) && Double.isFinite(high) && Double.isFinite(low) && Double.isFinite(close))) {
            throw new IllegalArgumentException("bar prices must be finite: open=" + open + ", high=" + high
                    + ", low=" + low + ", close=" + close);
        }
        int slot = (int) (barCount % lookback);
        highRing[slot] = high;
        lowRing[slot] = low;
        closeRing[slot] = close;
        barCount++;

        TrendReport r = report;
        r.barCloseTimeNanos = closeTimeNanos;
        if (barCount < lookback) {
            notWarmedUp(r);
            return r;
        }
        unrollWindow(slot);
        boolean havePrevious = barCount > lookback;
        if (havePrevious) {
            compareWithPreviousLines(r, close);
        } else {
            r.breakoutUp = false;
            r.breakoutDown = false;
            r.positionInChannel = Double.NaN;
        }

        fitter.fitCloses(this.close, lookback, currentLines);
        fitter.fitHighLow(this.high, this.low, this.close, lookback, highLowLines);
        readLines(r, close);

        TrendLines swap = previousLines;
        previousLines = currentLines;
        currentLines = swap;
        return r;
    }

    private void unrollWindow(int newestSlot) {
        int oldest = (newestSlot + 1) % lookback;
        int firstPart = lookback - oldest;
        System.arraycopy(highRing, oldest, high, 0, firstPart);
        System.arraycopy(lowRing, oldest, low, 0, firstPart);
        System.arraycopy(closeRing, oldest, close, 0, firstPart);
        System.arraycopy(highRing, 0, high, firstPart, oldest);
        System.arraycopy(lowRing, 0, low, firstPart, oldest);
        System.arraycopy(closeRing, 0, close, firstPart, oldest);
    }

    private void compareWithPreviousLines(TrendReport r, double lastClose) {
        TrendLines previous = previousLines;
        double support = previous.supportAt(lookback);
        double resistance = previous.resistanceAt(lookback);
        double lower = Math.min(support, resistance);
        double upper = Math.max(support, resistance);
        double tolerance = parameters.tolerance();
        double margin = tolerance + Math.max(
                previous.supportSlopePrecision() * (lookback - previous.supportPivot()),
                previous.resistanceSlopePrecision() * (lookback - previous.resistancePivot()));
        boolean up = lastClose > upper + margin;
        boolean down = lastClose < lower - margin;
        r.breakoutUp = up;
        r.breakoutDown = down;
        double width = upper - lower;
        if (width > tolerance) {
            r.positionInChannel = (lastClose - lower) / width;
        } else {
            r.positionInChannel = up ? 1.0 : down ? 0.0 : 0.5;
        }
        double excess = up ? lastClose - upper : down ? lower - lastClose : 0.0;
        breakoutStrength = excess > 0 ? excess / (excess + Math.max(0.0, width)) : 0.0;
    }

    private void readLines(TrendReport r, double lastClose) {
        TrendLines lines = currentLines;
        int last = lookback - 1;
        double support = lines.supportAt(last);
        double resistance = lines.resistanceAt(last);
        double width = Math.max(0.0, resistance - support);
        double meanSlope = 0.5 * (lines.supportSlope() + lines.resistanceSlope());
        double price = Math.abs(lastClose);
        double slope = price > 0 ? meanSlope / price : 0.0;
        double band = parameters.sidewaysSlope();
        TrendState trend = slope > band ? TrendState.UP : slope < -band ? TrendState.DOWN : TrendState.SIDEWAYS;

        r.warmedUp = true;
        r.closeLines.copyFrom(lines);
        r.highLowLines.copyFrom(highLowLines);
        r.supportLevel = support;
        r.resistanceLevel = resistance;
        r.channelWidth = width;
        r.relativeChannelWidth = price > 0 ? width / price : Double.NaN;
        r.slope = slope;
        r.trend = trend;

        boolean breakout = r.breakoutUp || r.breakoutDown;
        Direction direction;
        if (breakout) {
            direction = r.breakoutUp ? Direction.LONG : Direction.SHORT;
            r.strength = breakoutStrength;
        } else {
            direction = trend == TrendState.UP ? Direction.LONG
                    : trend == TrendState.DOWN ? Direction.SHORT : Direction.NEUTRAL;
            double run = Math.abs(meanSlope) * last;
            r.strength = direction == Direction.NEUTRAL || run + width == 0 ? 0.0 : run / (run + width);
        }
        if (breakout || direction != lastDirection) {
            barsSinceEvent = 0;
        } else if (barsSinceEvent >= 0 && barsSinceEvent < Integer.MAX_VALUE - 1) {
            barsSinceEvent++;
        }
        lastDirection = direction;
        r.direction = direction;
        r.barsSinceSignal = direction == Direction.NEUTRAL || barsSinceEvent < 0 ? Integer.MAX_VALUE : barsSinceEvent;
    }

    private void notWarmedUp(TrendReport r) {
        r.warmedUp = false;
        r.direction = Direction.NEUTRAL;
        r.strength = 0.0;
        r.barsSinceSignal = Integer.MAX_VALUE;
        r.trend = TrendState.SIDEWAYS;
        r.slope = Double.NaN;
        r.supportLevel = Double.NaN;
        r.resistanceLevel = Double.NaN;
        r.channelWidth = Double.NaN;
        r.relativeChannelWidth = Double.NaN;
        r.positionInChannel = Double.NaN;
        r.breakoutUp = false;
        r.breakoutDown = false;
        r.closeLines.clear();
        r.highLowLines.clear();
    }
}
