package io.quantagent.agents.pattern;

/**
 * {@link ChartPattern#ROUNDED_BOTTOM} on the bars and {@link ChartPattern#ROUNDED_TOP} on the mirrored bars:
 * a least-squares parabola through the closes of the whole window (see the rule there).
 */
final class RoundedTurnRule implements PatternRule {

    /** The vertex must lie in the middle of the window: |x| at most this, x in [-1, 1] over the window. */
    static final double MAX_VERTEX_OFFSET = 0.6;
    /** At most this fraction of the bowl's depth between the lowest close and the parabola's vertex. */
    static final double MAX_TIP_GAP = 0.1;

    private final PatternParameters parameters;
    private final PatternMatch candidate = new PatternMatch(ChartPattern.ROUNDED_BOTTOM);
    private final int n;
    private final double sumX2;
    private final double sumX4;

    RoundedTurnRule(PatternParameters parameters) {
        this.parameters = parameters;
        n = parameters.lookbackBars();
        double s2 = 0;
        double s4 = 0;
        for (int i = 0; i < n; i++) {
            double x = x(i);
            s2 += x * x;
            s4 += x * x * x * x;
        }
        sumX2 = s2;
        sumX4 = s4;
    }

    @Override
    public void evaluate(BarView bars, BarView mirrored, PatternMatches matches) {
        detect(bars, ChartPattern.ROUNDED_BOTTOM, matches);
        detect(mirrored, ChartPattern.ROUNDED_TOP, matches);
    }

    private double x(int i) {
        return 2.0 * i / (n - 1) - 1;
    }

    private void detect(BarView view, ChartPattern pattern, PatternMatches matches) {
        if (view.size != n) {
            return;
        }
        double[] close = view.close;
        double sy = 0;
        double sxy = 0;
        double sx2y = 0;
        double minClose = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double x = x(i);
            double y = close[i];
            sy += y;
            sxy += x * y;
            sx2y += x * x * y;
            minClose = Math.min(minClose, y);
        }
        double b = sxy / sumX2;
        double determinant = n * sumX4 - sumX2 * sumX2;
        double a = (sy * sumX4 - sumX2 * sx2y) / determinant;
        double q = (n * sx2y - sumX2 * sy) / determinant;
        if (!(q > 0)) {
            return;
        }
        double vertex = -b / (2 * q);
        if (Math.abs(vertex) > MAX_VERTEX_OFFSET) {
            return;
        }
        double mean = sy / n;
        double residual = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double x = x(i);
            double e = close[i] - (a + b * x + q * x * x);
            double d = close[i] - mean;
            residual += e * e;
            total += d * d;
        }
        double rSquared = total > 0 ? 1 - residual / total : 0;
        double minR2 = parameters.roundedMinRSquared();
        if (rSquared < minR2) {
            return;
        }
        double bottom = a + b * vertex + q * vertex * vertex;
        double leftRim = a - b + q - bottom;
        double rightRim = a + b + q - bottom;
        double depth = Math.min(leftRim, rightRim);
        double minHeight = parameters.minHeightAtr() * view.atr;
        if (depth < minHeight) {
            return;
        }
        double tipGap = bottom - minClose;
        double roundness = 1 - tipGap / (MAX_TIP_GAP * Math.max(leftRim, rightRim));
        if (roundness < 0) {
            return;
        }
        int last = view.last();
        int vertexIndex = (int) Math.round((vertex + 1) * (n - 1) / 2);
        double rim = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= vertexIndex; i++) {
            rim = Math.max(rim, close[i]);
        }
        int confirmation = view.firstCloseAbove(vertexIndex + 1, rim);
        boolean confirmed = confirmation >= 0;
        double shape = 0.4 * Scores.unit((rSquared - minR2) / (1 - minR2)) + 0.4 * Scores.unit(roundness)
                + 0.2 * (1 - Math.abs(vertex) / MAX_VERTEX_OFFSET);

        candidate.clear(pattern, last);
        candidate.confidence = Scores.confidence(shape, depth / (2 * minHeight), confirmed);
        candidate.direction = pattern.bias();
        candidate.neckline = view.price(rim);
        candidate.breakoutLevel = candidate.neckline;
        candidate.startIndex = 0;
        candidate.endIndex = last;
        candidate.signalIndex = confirmed ? confirmation : last;
        candidate.confirmed = confirmed;
        matches.offer(candidate);
    }
}
