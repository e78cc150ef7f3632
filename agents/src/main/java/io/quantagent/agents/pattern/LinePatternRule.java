package io.quantagent.agents.pattern;

import io.quantagent.agents.Direction;

/**
 * The patterns bounded by two lines: {@link ChartPattern#RISING_WEDGE}, {@link ChartPattern#FALLING_WEDGE},
 * {@link ChartPattern#ASCENDING_TRIANGLE}, {@link ChartPattern#DESCENDING_TRIANGLE}, {@link
 * ChartPattern#SYMMETRICAL_TRIANGLE}, {@link ChartPattern#EXPANDING_TRIANGLE} and {@link
 * ChartPattern#RECTANGLE}. A least-squares line goes through the swing highs and another through the swing
 * lows of the last confirmed swing points; the slopes and how the width changes decide the pattern.
 */
final class LinePatternRule implements PatternRule {

    /** The fewest swing points in a pattern (so that at least one line is fitted through three). */
    static final int MIN_POINTS = 5;
    /** The most swing points in a pattern. */
    static final int MAX_POINTS = 8;
    /** Converging: the width at the end is at most this fraction of the width at the start. */
    static final double CONVERGING = 0.8;
    /** Expanding: the width at the end is at least this multiple of the width at the start. */
    static final double EXPANDING = 1.25;
    /** No swing point may be further from its line than this fraction of the mean width. */
    static final double MAX_RESIDUAL = 0.25;
    /** At least this fraction of the closes lie between the lines, give or take the margin. */
    static final double MIN_INSIDE = 0.8;
    /** A close must pass a line by this many ATRs to break out (and may pass it by as much inside). */
    static final double MARGIN_ATR = 0.25;

    private final PatternParameters parameters;
    private final PatternMatch candidate = new PatternMatch(ChartPattern.RECTANGLE);
    private final LineFit upper = new LineFit();
    private final LineFit lower = new LineFit();

    LinePatternRule(PatternParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public void evaluate(BarView bars, BarView mirrored, PatternMatches matches) {
        SwingPoints swings = bars.swings;
        int confirmed = swings.confirmedCount();
        // The pattern ends at the last confirmed point, or one before it (the breakout leg already turned).
        for (int offset = 0; offset <= 1; offset++) {
            int to = confirmed - 1 - offset;
            for (int points = MIN_POINTS; points <= MAX_POINTS && to - points + 1 >= 0; points++) {
                fitAndOffer(bars, to - points + 1, to, matches);
            }
        }
    }

    private void fitAndOffer(BarView bars, int from, int to, PatternMatches matches) {
        SwingPoints swings = bars.swings;
        if (!upper.fit(swings, from, to, SwingPoints.HIGH) || !lower.fit(swings, from, to, SwingPoints.LOW)) {
            return;
        }
        double atr = bars.atr;
        int start = swings.index(from);
        int end = swings.index(to);
        double startWidth = upper.at(start) - lower.at(start);
        double endWidth = upper.at(end) - lower.at(end);
        if (!(startWidth > 0 && endWidth > 0)) {
            return;
        }
        double minHeight = parameters.minHeightAtr() * atr;
        double height = Math.max(startWidth, endWidth);
        if (height < minHeight) {
            return;
        }
        ChartPattern pattern = classify(upper.slope / atr, lower.slope / atr, endWidth / startWidth);
        if (pattern == ChartPattern.NONE) {
            return;
        }
        double meanWidth = 0.5 * (startWidth + endWidth);
        double residual = Math.max(upper.maxResidual(swings, from, to, SwingPoints.HIGH),
                lower.maxResidual(swings, from, to, SwingPoints.LOW));
        double fit = 1 - residual / (MAX_RESIDUAL * meanWidth);
        if (fit < 0) {
            return;
        }
        double margin = MARGIN_ATR * atr;
        int inside = 0;
        for (int i = start; i <= end; i++) {
            double close = bars.close[i];
            if (close <= upper.at(i) + margin && close >= lower.at(i) - margin) {
                inside++;
            }
        }
        double insideFraction = (double) inside / (end - start + 1);
        if (insideFraction < MIN_INSIDE) {
            return;
        }
        int last = bars.last();
        int breakout = -1;
        int side = 0;
        for (int i = end + 1; i <= last; i++) {
            double top = upper.at(i);
            double bottom = lower.at(i);
            if (bars.close[i] > top + margin) {
                breakout = i;
                side = 1;
                break;
            }
            if (bars.close[i] < bottom - margin) {
                breakout = i;
                side = -1;
                break;
            }
            if (top <= bottom) {
                return; // past the apex without a breakout
            }
        }
        Direction bias = pattern.bias();
        if (bias != Direction.NEUTRAL && side == -bias.sign()) {
            return; // broke out against the pattern's bias: failed
        }
        boolean confirmed = breakout >= 0;
        Direction direction = bias != Direction.NEUTRAL ? bias : Direction.ofSign(side);
        double touches = (double) (to - from + 1 - MIN_POINTS) / (MAX_POINTS - MIN_POINTS);
        double shape = 0.5 * fit + 0.3 * (insideFraction - MIN_INSIDE) / (1 - MIN_INSIDE) + 0.2 * touches;

        candidate.clear(pattern, last);
        candidate.confidence = Scores.confidence(shape, height / (2 * minHeight), confirmed);
        candidate.direction = direction;
        double upperNow = upper.at(last);
        double lowerNow = lower.at(last);
        candidate.upperLevel = upperNow;
        candidate.lowerLevel = lowerNow;
        candidate.breakoutLevel = direction == Direction.LONG ? upperNow
                : direction == Direction.SHORT ? lowerNow : Double.NaN;
        candidate.startIndex = start;
        candidate.endIndex = end;
        candidate.signalIndex = confirmed ? breakout : end;
        candidate.confirmed = confirmed;
        matches.offer(candidate);
    }

    /**
     * The pattern two boundary lines make, from their slopes (ATRs per bar) and the ratio of the width at the
     * end to the width at the start; {@link ChartPattern#NONE} for channels and other shapes.
     */
    ChartPattern classify(double upperSlope, double lowerSlope, double widthRatio) {
        double flat = parameters.flatSlopeAtr();
        int upperTrend = upperSlope > flat ? 1 : upperSlope < -flat ? -1 : 0;
        int lowerTrend = lowerSlope > flat ? 1 : lowerSlope < -flat ? -1 : 0;
        boolean converging = widthRatio <= CONVERGING;
        boolean expanding = widthRatio >= EXPANDING;
        if (upperTrend == 0 && lowerTrend == 0) {
            return !converging && !expanding ? ChartPattern.RECTANGLE : ChartPattern.NONE;
        }
        if (!converging && !(expanding && upperTrend == 1 && lowerTrend == -1)) {
            return ChartPattern.NONE;
        }
        if (upperTrend == 0 && lowerTrend == 1) {
            return ChartPattern.ASCENDING_TRIANGLE;
        }
        if (upperTrend == -1 && lowerTrend == 0) {
            return ChartPattern.DESCENDING_TRIANGLE;
        }
        if (upperTrend == -1 && lowerTrend == 1) {
            return ChartPattern.SYMMETRICAL_TRIANGLE;
        }
        if (upperTrend == 1 && lowerTrend == -1) {
            return ChartPattern.EXPANDING_TRIANGLE;
        }
        if (upperTrend == 1 && lowerTrend == 1) {
            return ChartPattern.RISING_WEDGE;
        }
        if (upperTrend == -1 && lowerTrend == -1) {
            return ChartPattern.FALLING_WEDGE;
        }
        return ChartPattern.NONE;
    }
}
