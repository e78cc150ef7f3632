package io.quantagent.agents.trend;

/**
 * A literal port of the trendline automation code the paper uses ({@code check_trend_line},
 * {@code optimize_slope}, {@code fit_trendlines_single}, {@code fit_trendlines_high_low}): every trial line is
 * evaluated by a full pass over the prices, as in the Python. np.polyfit is replaced by the normal equations.
 */
final class ReferenceTrendlines {

    static final double TOLERANCE = 1e-5;
    static final double MIN_STEP = 0.0001;

    /** {supportSlope, supportIntercept, resistanceSlope, resistanceIntercept, supportPivot, resistancePivot}. */
    static double[] fitSingle(double[] data) {
        double[] coefs = polyfit(data);
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < data.length; i++) {
            double residual = data[i] - (coefs[0] * i + coefs[1]);
            if (residual > data[upper] - (coefs[0] * upper + coefs[1])) {
                upper = i;
            }
            if (residual < data[lower] - (coefs[0] * lower + coefs[1])) {
                lower = i;
            }
        }
        double support = optimizeSlope(true, lower, coefs[0], data);
        double resistance = optimizeSlope(false, upper, coefs[0], data);
        return new double[] {support, -support * lower + data[lower], resistance,
                -resistance * upper + data[upper], lower, upper};
    }

    /** Same layout as {@link #fitSingle}. */
    static double[] fitHighLow(double[] high, double[] low, double[] close) {
        double[] coefs = polyfit(close);
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < close.length; i++) {
            double line = coefs[0] * i + coefs[1];
            if (high[i] - line > high[upper] - (coefs[0] * upper + coefs[1])) {
                upper = i;
            }
            if (low[i] - line < low[lower] - (coefs[0] * lower + coefs[1])) {
                lower = i;
            }
        }
        double support = optimizeSlope(true, lower, coefs[0], low);
        double resistance = optimizeSlope(false, upper, coefs[0], high);
        return new double[] {support, -support * lower + low[lower], resistance,
                -resistance * upper + high[upper], lower, upper};
    }

    /** The Python's {@code check_trend_line}: the sum of squared differences, or -1 if the line is invalid. */
    static double checkTrendLine(boolean support, int pivot, double slope, double[] y) {
        double intercept = -slope * pivot + y[pivot];
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        double err = 0;
        for (int i = 0; i < y.length; i++) {
            double diff = slope * i + intercept - y[i];
            max = Math.max(max, diff);
            min = Math.min(min, diff);
            err += diff * diff;
        }
        if (support && max > TOLERANCE) {
            return -1.0;
        }
        if (!support && min < -TOLERANCE) {
            return -1.0;
        }
        return err;
    }

    /** The Python's {@code optimize_slope}, returning the slope. */
    static double optimizeSlope(boolean support, int pivot, double initSlope, double[] y) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double v : y) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        double slopeUnit = (max - min) / y.length;
        double currStep = 1.0;
        double bestSlope = initSlope;
        double bestErr = checkTrendLine(support, pivot, initSlope, y);
        if (bestErr < 0) {
            throw new AssertionError("initial slope invalid");
        }
        boolean getDerivative = true;
        double derivative = 0;
        while (currStep > MIN_STEP) {
            if (getDerivative) {
                double slopeChange = bestSlope + slopeUnit * MIN_STEP;
                double testErr = checkTrendLine(support, pivot, slopeChange, y);
                derivative = testErr - bestErr;
                if (testErr < 0.0) {
                    slopeChange = bestSlope - slopeUnit * MIN_STEP;
                    testErr = checkTrendLine(support, pivot, slopeChange, y);
                    derivative = bestErr - testErr;
                }
                if (testErr < 0.0) {
                    throw new IllegalStateException("Derivative failed. Check your data.");
                }
                getDerivative = false;
            }
            double testSlope = derivative > 0.0 ? bestSlope - slopeUnit * currStep : bestSlope + slopeUnit * currStep;
            double testErr = checkTrendLine(support, pivot, testSlope, y);
            if (testErr < 0 || testErr >= bestErr) {
                currStep *= 0.5;
            } else {
                bestErr = testErr;
                bestSlope = testSlope;
                getDerivative = true;
            }
        }
        return bestSlope;
    }

    /** Least-squares line {slope, intercept} of y against x = 0 .. n-1, by the normal equations. */
    static double[] polyfit(double[] y) {
        int n = y.length;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sx += i;
            sy += y[i];
            sxx += (double) i * i;
            sxy += i * y[i];
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return new double[] {slope, (sy - slope * sx) / n};
    }

    private ReferenceTrendlines() {
    }
}
