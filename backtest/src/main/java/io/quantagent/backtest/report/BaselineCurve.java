package io.quantagent.backtest.report;

import io.quantagent.backtest.metrics.EquityPoint;
import java.util.List;
import java.util.Objects;

/**
 * A baseline's equity curve, drawn in the report's equity chart next to the run's own.
 *
 * @param name the baseline's name, as in the metrics table
 * @param equity its equity points, in time order
 */
public record BaselineCurve(String name, List<EquityPoint> equity) {

    /** Checks the name and copies the points. */
    public BaselineCurve {
        Objects.requireNonNull(name, "name");
        equity = List.copyOf(equity);
    }
}
