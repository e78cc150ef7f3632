package io.quantagent.agents.pattern;

/** A least-squares line through the swing points of one kind (highs or lows); reused between fits. */
final class LineFit {

    double slope;
    double intercept;
    int points;

    /**
     * Fits the points of {@code kind} among swing points [from, to]; false (and the line unchanged) when
     * there are fewer than two of them.
     */
    boolean fit(SwingPoints swings, int from, int to, int kind) {
        int n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int p = from; p <= to; p++) {
            if (swings.kind(p) != kind) {
                continue;
            }
            double x = swings.index(p);
            double y = swings.price(p);
            n++;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        if (n < 2) {
            return false;
        }
        double denominator = n * sxx - sx * sx;
        if (denominator == 0) {
            return false;
        }
        slope = (n * sxy - sx * sy) / denominator;
        intercept = (sy - slope * sx) / n;
        points = n;
        return true;
    }

    double at(double x) {
        return intercept + slope * x;
    }

    /** The largest distance of the fitted points from the line. */
    double maxResidual(SwingPoints swings, int from, int to, int kind) {
        double max = 0;
        for (int p = from; p <= to; p++) {
            if (swings.kind(p) == kind) {
                max = Math.max(max, Math.abs(swings.price(p) - at(swings.index(p))));
            }
        }
        return max;
    }
}
