package io.quantagent.agents.pattern;

import io.quantagent.agents.Direction;

/**
 * The window's bars in chronological order (index 0 oldest), as they are or mirrored (prices negated, highs
 * and lows swapped), with their true ranges, ATR and swing points. A rule written for a top finds the
 * matching bottom on the mirrored view; {@link #price} and {@link #direction} translate its findings back.
 */
final class BarView {

    final boolean mirrored;
    final double[] high;
    final double[] low;
    final double[] close;
    final double[] volume;
    final double[] trueRange;
    final SwingPoints swings;
    int size;
    double atr;

    BarView(boolean mirrored, int capacity) {
        this.mirrored = mirrored;
        high = new double[capacity];
        low = new double[capacity];
        close = new double[capacity];
        volume = new double[capacity];
        trueRange = new double[capacity];
        swings = new SwingPoints(capacity + 1);
    }

    /**
     * Computes true ranges, the ATR (their mean) and the zigzag with a reversal threshold of {@code
     * thresholdAtr} ATRs. The first bar's true range is its high minus its low, so nothing older than the
     * window matters.
     */
    void analyse(double thresholdAtr) {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            double range;
            if (i == 0) {
                range = high[0] - low[0];
            } else {
                double previous = close[i - 1];
                range = Math.max(high[i], previous) - Math.min(low[i], previous);
            }
            trueRange[i] = range;
            sum += range;
        }
        atr = size == 0 ? 0 : sum / size;
        swings.compute(high, low, size, thresholdAtr * atr);
    }

    /** The price a level of this view stands for. */
    double price(double viewLevel) {
        return mirrored ? -viewLevel : viewLevel;
    }

    /** The direction a finding of this view stands for. */
    Direction direction(Direction viewDirection) {
        if (!mirrored) {
            return viewDirection;
        }
        return viewDirection == Direction.LONG ? Direction.SHORT
                : viewDirection == Direction.SHORT ? Direction.LONG : Direction.NEUTRAL;
    }

    /** Writes a pattern's resistance and support lines (levels of this view) into the match as prices. */
    void setLines(PatternMatch match, double viewUpper, double viewLower) {
        match.upperLevel = mirrored ? -viewLower : viewUpper;
        match.lowerLevel = mirrored ? -viewUpper : viewLower;
    }

    int last() {
        return size - 1;
    }

    double maxHigh(int from, int to) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            max = Math.max(max, high[i]);
        }
        return max;
    }

    double minLow(int from, int to) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            min = Math.min(min, low[i]);
        }
        return min;
    }

    /** The first bar in [from, last] closing above {@code level}, or -1. */
    int firstCloseAbove(int from, double level) {
        for (int i = from; i < size; i++) {
            if (close[i] > level) {
                return i;
            }
        }
        return -1;
    }

    /** The first bar in [from, last] closing below {@code level}, or -1. */
    int firstCloseBelow(int from, double level) {
        for (int i = from; i < size; i++) {
            if (close[i] < level) {
                return i;
            }
        }
        return -1;
    }
}
