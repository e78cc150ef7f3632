package io.quantagent.agents.trend;

/**
 * The paper's trendline fit: the well-known "trendline automation" algorithm ({@code fit_trendlines_single},
 * {@code fit_trendlines_high_low}, {@code check_trend_line}, {@code optimize_slope}), implemented step for step.
 *
 * <ol>
 *   <li>Fit the least-squares line through the closes, x = 0 .. n-1.</li>
 *   <li>Pivots: the support pivot is the first bar with the smallest residual (close, or low, minus the
 *       least-squares line), the resistance pivot the first with the largest (close, or high).</li>
 *   <li>A line through pivot p with slope m is {@code y = m (x - p) + y[p]}. A support line is valid when no
 *       price is below it by more than the tolerance (every {@code line - price <= tolerance}); a resistance
 *       line when none is above it by more than the tolerance. Its error is the sum of squared differences.</li>
 *   <li>Search the slope from the least-squares slope: {@code unit = (max - min) / n} of the prices fitted;
 *       estimate the derivative by moving the slope by {@code unit * minStep} (upwards, or downwards if that
 *       is invalid); move by {@code unit * step} in the direction that lowers the error; on success recompute
 *       the derivative, on an invalid or not lower result halve the step; stop once the step is at most
 *       {@code minStep}. The step starts at {@code initialStep}.</li>
 * </ol>
 * Close-based variant: both lines from the closes. High/low variant: the least-squares line from the closes,
 * support from the lows through the low pivot, resistance from the highs through the high pivot.
 *
 * <p>Two things differ from the Python, neither in the result. A trial slope is checked in constant time: for
 * a given pivot, validity is an interval of slopes and the error is a quadratic in the slope, both prepared
 * in one pass over the prices, so a search costs O(n) once instead of O(n) for every trial slope. Where the Python raises
 * "Derivative failed" (both small moves invalid: the line is pinned by prices on both sides of the pivot, so
 * no other slope is valid) the search keeps the slope it has; and if rounding ever made the starting slope
 * invalid (the Python asserts it is not) it starts from the nearest valid slope instead.
 *
 * <p>Allocation-free; holds no state between calls besides its constants.
 */
public final class TrendlineFitter {

    private final double initialStep;
    private final double minStep;
    private final double tolerance;

    // The prepared problem of the slope search in progress: validity interval and error quadratic.
    private double lowestValidSlope;
    private double highestValidSlope;
    private double curvature;
    private double bestFitSlope;
    private double floorError;
    // Outputs of the last least-squares fit and the last slope search.
    private double fittedSlope;
    private double fittedIntercept;
    private double lastSlopePrecision;

    /** A fitter with the search constants of these parameters. */
    public TrendlineFitter(TrendParameters parameters) {
        this(parameters.initialStep(), parameters.minStep(), parameters.tolerance());
    }

    /**
     * A fitter with these search constants (the paper: 1.0, 1e-4, 1e-5).
     *
     * @param initialStep first step, in units of (max - min) / n; greater than {@code minStep}
     * @param minStep last step and derivative step, in the same units; positive
     * @param tolerance how far a line may cross a price and still bound it, in price units; positive
     */
    public TrendlineFitter(double initialStep, double minStep, double tolerance) {
        if (!(minStep > 0 && initialStep > minStep && tolerance > 0 && Double.isFinite(initialStep)
                && Double.isFinite(tolerance))) {
            throw new IllegalArgumentException("need 0 < minStep < initialStep and 0 < tolerance, all finite; were "
                    + minStep + ", " + initialStep + ", " + tolerance);
        }
        this.initialStep = initialStep;
        this.minStep = minStep;
        this.tolerance = tolerance;
    }

    /**
     * Fits support and resistance through the first {@code n} closes ({@code fit_trendlines_single}).
     *
     * @param close the closes, oldest first
     * @param n how many of them to fit, at least 2
     * @param out receives the lines
     */
    public void fitCloses(double[] close, int n, TrendLines out) {
        requireCount(n, close.length);
        fitLeastSquares(close, n);
        double slope = fittedSlope;
        double intercept = fittedIntercept;
        int lowerPivot = 0;
        int upperPivot = 0;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double residual = close[i] - (slope * i + intercept);
            if (residual > highest) {
                highest = residual;
                upperPivot = i;
            }
            if (residual < lowest) {
                lowest = residual;
                lowerPivot = i;
            }
        }
        double support = optimizeSlope(true, lowerPivot, slope, close, n);
        double supportPrecision = lastSlopePrecision;
        double resistance = optimizeSlope(false, upperPivot, slope, close, n);
        out.set(n, slope, support, lowerPivot, close[lowerPivot], supportPrecision, resistance, upperPivot,
                close[upperPivot], lastSlopePrecision);
    }

    /**
     * Fits support through the lows and resistance through the highs, starting from the least-squares line of
     * the closes ({@code fit_trendlines_high_low}).
     *
     * @param high the highs, oldest first
     * @param low the lows, oldest first
     * @param close the closes, oldest first
     * @param n how many bars to fit, at least 2
     * @param out receives the lines
     */
    public void fitHighLow(double[] high, double[] low, double[] close, int n, TrendLines out) {
        requireCount(n, Math.min(close.length, Math.min(high.length, low.length)));
        fitLeastSquares(close, n);
        double slope = fittedSlope;
        double intercept = fittedIntercept;
        int lowerPivot = 0;
        int upperPivot = 0;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double line = slope * i + intercept;
            double upper = high[i] - line;
            double lower = low[i] - line;
            if (upper > highest) {
                highest = upper;
                upperPivot = i;
            }
            if (lower < lowest) {
                lowest = lower;
                lowerPivot = i;
            }
        }
        double support = optimizeSlope(true, lowerPivot, slope, low, n);
        double supportPrecision = lastSlopePrecision;
        double resistance = optimizeSlope(false, upperPivot, slope, high, n);
        out.set(n, slope, support, lowerPivot, low[lowerPivot], supportPrecision, resistance, upperPivot,
                high[upperPivot], lastSlopePrecision);
    }

    /**
     * The paper's {@code optimize_slope}: the slope of the valid line through {@code y[pivot]} with the
     * smallest sum of squared differences to the first {@code n} prices, found by the step-halving search.
     *
     * @param support true for a support line (below the prices), false for resistance (above)
     * @param pivot index of the bar the line passes through
     * @param initialSlope where the search starts (valid for this pivot: the least-squares slope)
     * @param y the prices, oldest first
     * @param n how many prices, at least 2
     * @return the slope found
     */
    public double optimizeSlope(boolean support, int pivot, double initialSlope, double[] y, int n) {
        requireCount(n, y.length);
        if (pivot < 0 || pivot >= n) {
            throw new IllegalArgumentException("pivot must be in [0, " + n + "), was " + pivot);
        }
        double unit = prepare(support, pivot, y, n);

        double bestSlope = initialSlope;
        double bestError = error(bestSlope);
        if (bestError < 0) {
            bestSlope = Math.min(Math.max(initialSlope, lowestValidSlope), highestValidSlope);
            bestError = error(bestSlope);
        }
        double step = initialStep;
        boolean needDerivative = true;
        double derivative = 0;
        while (step > minStep) {
            if (needDerivative) {
                double testError = error(bestSlope + unit * minStep);
                derivative = testError - bestError;
                if (testError < 0) {
                    testError = error(bestSlope - unit * minStep);
                    derivative = bestError - testError;
                }
                if (testError < 0) {
                    break;
                }
                needDerivative = false;
            }
            double testSlope = derivative > 0 ? bestSlope - unit * step : bestSlope + unit * step;
            double testError = error(testSlope);
            if (testError < 0 || testError >= bestError) {
                step *= 0.5;
            } else {
                bestError = testError;
                bestSlope = testSlope;
                needDerivative = true;
            }
        }
        return bestSlope;
    }

    /** The paper's {@code check_trend_line} for the prepared problem: the error, or -1 if the line is invalid. */
    private double error(double slope) {
        if (!(slope >= lowestValidSlope && slope <= highestValidSlope)) {
            return -1.0;
        }
        double offset = slope - bestFitSlope;
        return curvature * offset * offset + floorError;
    }

    /**
     * Prepares the slope problem for one pivot, in one pass: with k = x - p and d = y - y[p], the line is valid
     * when every {@code m k - d <= tol} (support) or {@code >= -tol} (resistance), an interval of m; the error
     * {@code sum (m k - d)^2} is {@code A (m - B/A)^2 + E} with {@code A = sum k^2}, {@code B = sum k d} and
     * {@code E = sum d^2 - B^2/A} its minimum. Returns the slope unit (max - min) / n.
     */
    private double prepare(boolean support, int pivot, double[] y, int n) {
        double pivotPrice = y[pivot];
        double sumKk = 0;
        double sumKd = 0;
        double sumDd = 0;
        double lowest = Double.NEGATIVE_INFINITY;
        double highest = Double.POSITIVE_INFINITY;
        double min = pivotPrice;
        double max = pivotPrice;
        double slack = support ? tolerance : -tolerance;
        for (int i = 0; i < n; i++) {
            if (i == pivot) {
                continue;
            }
            double price = y[i];
            min = Math.min(min, price);
            max = Math.max(max, price);
            double k = i - pivot;
            double d = price - pivotPrice;
            sumKk += k * k;
            sumKd += k * d;
            sumDd += d * d;
            double bound = (d + slack) / k;
            if (support == (k > 0)) {
                highest = Math.min(highest, bound);
            } else {
                lowest = Math.max(lowest, bound);
            }
        }
        double center = sumKd / sumKk;
        lowestValidSlope = lowest;
        highestValidSlope = highest;
        curvature = sumKk;
        bestFitSlope = center;
        floorError = Math.max(0.0, sumDd - sumKd * center);
        double unit = (max - min) / n;
        lastSlopePrecision = 2 * minStep * unit;
        return unit;
    }

    /**
     * The least-squares line of the first n values against x = 0 .. n-1 into {@link #fittedSlope} and
     * {@link #fittedIntercept}: one pass, values taken relative to the first to keep the sums small.
     */
    private void fitLeastSquares(double[] y, int n) {
        double origin = y[0];
        double sumY = 0;
        double sumXy = 0;
        for (int i = 0; i < n; i++) {
            double v = y[i] - origin;
            sumY += v;
            sumXy += i * v;
        }
        double sumX = n * (n - 1) / 2.0;
        double sumXx = (n - 1) * (double) n * (2 * n - 1) / 6.0;
        double slope = (n * sumXy - sumX * sumY) / (n * sumXx - sumX * sumX);
        fittedSlope = slope;
        fittedIntercept = origin + (sumY - slope * sumX) / n;
    }

    private static void requireCount(int n, int length) {
        if (n < 2 || n > length) {
            throw new IllegalArgumentException("need 2 <= n <= " + length + " prices, was " + n);
        }
    }
}
