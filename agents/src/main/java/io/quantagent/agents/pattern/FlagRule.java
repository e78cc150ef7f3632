package io.quantagent.agents.pattern;

/**
 * {@link ChartPattern#BULLISH_FLAG} on the bars and {@link ChartPattern#BEARISH_FLAG} on the mirrored bars:
 * a sharp pole and then a small counter-trend channel (see the rule there).
 */
final class FlagRule implements PatternRule {

    /** The pole spans at most this many bars. */
    static final int MAX_POLE_BARS = 10;
    /** The pole moves at least this many ATRs per bar. */
    static final double MIN_POLE_SPEED_ATR = 1.5;
    /** The pole moves per bar at least this multiple of the flag's mean true range. */
    static final double MIN_POLE_TO_FLAG_SPEED = 2.0;
    /** The flag spans at least this many bars after the pole's top. */
    static final int MIN_FLAG_BARS = 4;
    /** The flag spans at most this many bars after the pole's top. */
    static final int MAX_FLAG_BARS = 20;
    /** A breakout older than this many bars no longer makes a flag. */
    static final int BREAKOUT_BARS = 5;
    /** The channel is at most this fraction of the pole tall, and retraces at most this fraction of it. */
    static final double MAX_FLAG_FRACTION = 0.5;

    private final PatternParameters parameters;
    private final PatternMatch candidate = new PatternMatch(ChartPattern.BULLISH_FLAG);

    FlagRule(PatternParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public void evaluate(BarView bars, BarView mirrored, PatternMatches matches) {
        detect(bars, ChartPattern.BULLISH_FLAG, matches);
        detect(mirrored, ChartPattern.BEARISH_FLAG, matches);
    }

    private void detect(BarView view, ChartPattern pattern, PatternMatches matches) {
        int last = view.last();
        double minPole = parameters.minHeightAtr() * view.atr;
        double minPoleSpeed = MIN_POLE_SPEED_ATR * view.atr;
        for (int top = last - MIN_FLAG_BARS; top >= 1 && top >= last - MAX_FLAG_BARS; top--) {
            int base = top - 1;
            for (int i = Math.max(0, top - MAX_POLE_BARS); i < top; i++) {
                if (view.low[i] <= view.low[base]) {
                    base = i;
                }
            }
            double poleTop = view.high[top];
            double pole = poleTop - view.low[base];
            if (pole < minPole || pole / (top - base) < minPoleSpeed || view.maxHigh(base, top - 1) > poleTop) {
                continue;
            }
            for (int end = last; end >= top + MIN_FLAG_BARS && end >= last - BREAKOUT_BARS; end--) {
                evaluateFlag(view, pattern, base, top, end, pole, matches);
            }
        }
    }

    /** The flag is bars (top, end]; bar end + 1, if any, must be the breakout. */
    private void evaluateFlag(BarView view, ChartPattern pattern, int base, int top, int end, double pole,
            PatternMatches matches) {
        int from = top + 1;
        int n = end - from + 1;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = from; i <= end; i++) {
            double y = view.close[i];
            sx += i;
            sy += y;
            sxx += (double) i * i;
            sxy += i * y;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        if (slope > 0) {
            return;
        }
        double intercept = (sy - slope * sx) / n;
        double above = Double.NEGATIVE_INFINITY;
        double below = Double.POSITIVE_INFINITY;
        double flagHigh = Double.NEGATIVE_INFINITY;
        double flagLow = Double.POSITIVE_INFINITY;
        for (int i = from; i <= end; i++) {
            double line = intercept + slope * i;
            above = Math.max(above, view.high[i] - line);
            below = Math.min(below, view.low[i] - line);
            flagHigh = Math.max(flagHigh, view.high[i]);
            flagLow = Math.min(flagLow, view.low[i]);
        }
        double flagRange = 0;
        for (int i = from; i <= end; i++) {
            flagRange += view.trueRange[i];
        }
        if (pole / (top - base) < MIN_POLE_TO_FLAG_SPEED * flagRange / n) {
            return; // the flag is not quiet next to the pole
        }
        double poleTop = view.high[top];
        double height = above - below;
        double retracement = poleTop - flagLow;
        double maxSize = MAX_FLAG_FRACTION * pole;
        if (flagHigh > poleTop || height > maxSize || retracement > maxSize) {
            return;
        }
        int last = view.last();
        boolean confirmed = end < last;
        if (confirmed && view.close[end + 1] <= intercept + slope * (end + 1) + above) {
            return;
        }
        double shape = 0.4 * (1 - height / maxSize) + 0.3 * (1 - retracement / maxSize) + (slope < 0 ? 0.3 : 0.15);

        candidate.clear(pattern, last);
        candidate.confidence = Scores.confidence(shape, pole / (2 * parameters.minHeightAtr() * view.atr), confirmed);
        candidate.direction = pattern.bias();
        double lineNow = intercept + slope * last;
        view.setLines(candidate, lineNow + above, lineNow + below);
        candidate.breakoutLevel = view.price(lineNow + above);
        candidate.startIndex = base;
        candidate.endIndex = end;
        candidate.signalIndex = confirmed ? end + 1 : end;
        candidate.confirmed = confirmed;
        matches.offer(candidate);
    }
}
