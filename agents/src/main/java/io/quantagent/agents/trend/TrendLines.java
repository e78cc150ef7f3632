package io.quantagent.agents.trend;

/**
 * A support and a resistance line fitted over a window of {@link #count()} bars, in the window's coordinates:
 * x = 0 is the oldest bar, x = count - 1 the newest. Each line passes through its pivot bar's price. Mutable
 * and reused: the {@link TrendlineFitter} fills it.
 */
public final class TrendLines {

    private int count;
    private double leastSquaresSlope = Double.NaN;
    private double supportSlope = Double.NaN;
    private double supportIntercept = Double.NaN;
    private int supportPivot = -1;
    private double resistanceSlope = Double.NaN;
    private double resistanceIntercept = Double.NaN;
    private int resistancePivot = -1;
    private double supportSlopePrecision = Double.NaN;
    private double resistanceSlopePrecision = Double.NaN;

    /** Empty lines (no window fitted). */
    public TrendLines() {
    }

    /** Bars in the window the lines were fitted over; 0 when empty. */
    public int count() {
        return count;
    }

    /** Slope of the least-squares line through the closes, the search's starting slope (price per bar). */
    public double leastSquaresSlope() {
        return leastSquaresSlope;
    }

    /** Slope of the support line, price per bar. */
    public double supportSlope() {
        return supportSlope;
    }

    /** The support line's value at x = 0. */
    public double supportIntercept() {
        return supportIntercept;
    }

    /** Index in the window of the bar the support line passes through. */
    public int supportPivot() {
        return supportPivot;
    }

    /** Slope of the resistance line, price per bar. */
    public double resistanceSlope() {
        return resistanceSlope;
    }

    /** The resistance line's value at x = 0. */
    public double resistanceIntercept() {
        return resistanceIntercept;
    }

    /** Index in the window of the bar the resistance line passes through. */
    public int resistancePivot() {
        return resistancePivot;
    }

    /**
     * How closely the search pinned the support slope: the best valid slope through the pivot is within this of
     * {@link #supportSlope()} ({@code 2 * minStep * (max - min) / n} of the prices fitted). Extended to x, the
     * line is therefore known to within {@code precision * |x - pivot|}.
     */
    public double supportSlopePrecision() {
        return supportSlopePrecision;
    }

    /** How closely the search pinned the resistance slope (see {@link #supportSlopePrecision()}). */
    public double resistanceSlopePrecision() {
        return resistanceSlopePrecision;
    }

    /** The support line at x (x = count extrapolates one bar past the window). */
    public double supportAt(double x) {
        return supportSlope * x + supportIntercept;
    }

    /** The resistance line at x (x = count extrapolates one bar past the window). */
    public double resistanceAt(double x) {
        return resistanceSlope * x + resistanceIntercept;
    }

    /** Makes these lines an exact copy of {@code other}. */
    public void copyFrom(TrendLines other) {
        count = other.count;
        leastSquaresSlope = other.leastSquaresSlope;
        supportSlope = other.supportSlope;
        supportIntercept = other.supportIntercept;
        supportPivot = other.supportPivot;
        resistanceSlope = other.resistanceSlope;
        resistanceIntercept = other.resistanceIntercept;
        resistancePivot = other.resistancePivot;
        supportSlopePrecision = other.supportSlopePrecision;
        resistanceSlopePrecision = other.resistanceSlopePrecision;
    }

    /** Empties these lines. */
    public void clear() {
        count = 0;
        leastSquaresSlope = Double.NaN;
        supportSlope = Double.NaN;
        supportIntercept = Double.NaN;
        supportPivot = -1;
        resistanceSlope = Double.NaN;
        resistanceIntercept = Double.NaN;
        resistancePivot = -1;
        supportSlopePrecision = Double.NaN;
        resistanceSlopePrecision = Double.NaN;
    }

    void set(int count, double leastSquaresSlope, double supportSlope, int supportPivot, double supportPrice,
            double supportSlopePrecision, double resistanceSlope, int resistancePivot, double resistancePrice,
            double resistanceSlopePrecision) {
        this.supportSlopePrecision = supportSlopePrecision;
        this.resistanceSlopePrecision = resistanceSlopePrecision;
        this.count = count;
        this.leastSquaresSlope = leastSquaresSlope;
        this.supportSlope = supportSlope;
        this.supportPivot = supportPivot;
        this.supportIntercept = -supportSlope * supportPivot + supportPrice;
        this.resistanceSlope = resistanceSlope;
        this.resistancePivot = resistancePivot;
        this.resistanceIntercept = -resistanceSlope * resistancePivot + resistancePrice;
    }

    @Override
    public String toString() {
        return "TrendLines{count=" + count + ", support=" + supportSlope + "*x+" + supportIntercept + " (pivot "
                + supportPivot + "), resistance=" + resistanceSlope + "*x+" + resistanceIntercept + " (pivot "
                + resistancePivot + ")}";
    }
}
