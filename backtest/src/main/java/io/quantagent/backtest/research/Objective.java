package io.quantagent.backtest.research;

import java.util.Locale;

/** What a walk-forward maximises when it picks a point on the in-sample data. */
public enum Objective {
    /** The annualised Sharpe ratio. */
    SHARPE("sharpe"),
    /** The total return. */
    RETURN("return"),
    /** CAGR over maximum drawdown. */
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
            case CALMAR -> m.calmar();
        };
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
