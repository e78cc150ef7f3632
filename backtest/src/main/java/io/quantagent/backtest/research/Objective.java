package io.quantagent.backtest.research;

import java.util.Locale;

/** What a walk-forward maximises when it picks a point on the in-sample data. */
public enum Objective {
    /** The annualised Sharpe ratio. */
    SHARPE("sharpe"),
    /** The total return. */
    RETURN("return"),
    /**
     * Total return over maximum drawdown, not annualised: in-sample parts are days or weeks long, and a CAGR
     * raised to the power of a year over a few days ranks a small loss below a large one. For a loss, the loss
     * times the drawdown, so that neither a larger loss nor a deeper drawdown ever ranks higher.
     */
    CALMAR("calmar");

    private final String key;

    Objective(String key) {
        this.key = key;
    }

    /** The name on the command line and in the outputs. */
    public String key() {
        return key;
    }

    /** This objective's value for a run; NaN when it has none (the run then ranks last). */
    public double of(PointMetrics m) {
        return switch (this) {
            case SHARPE -> m.sharpe();
            case RETURN -> m.totalReturn();
            case CALMAR -> returnOverDrawdown(m);
        };
    }

    private static double returnOverDrawdown(PointMetrics m) {
        double drawdown = Math.abs(m.maxDrawdown());
        if (m.totalReturn() < 0) {
            return m.totalReturn() * Math.max(drawdown, -m.totalReturn());
        }
        if (drawdown > 0) {
            return m.totalReturn() / drawdown;
        }
        return m.totalReturn() > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    /** The objective named {@code text} (case ignored). */
    public static Objective parse(String text) {
        for (Objective o : values()) {
            if (o.key.equals(text.toLowerCase(Locale.ROOT))) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown objective '" + text + "'; use sharpe, return or calmar");
    }

    /** Whether {@code a} is better than {@code b} by this objective: higher, and any number beats NaN. */
    public boolean better(double a, double b) {
        if (Double.isNaN(a)) {
            return false;
        }
        return Double.isNaN(b) || a > b;
    }
}
