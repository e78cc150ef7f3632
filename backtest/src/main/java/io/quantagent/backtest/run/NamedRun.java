package io.quantagent.backtest.run;

import io.quantagent.backtest.metrics.Metrics;
import io.quantagent.backtest.metrics.NamedMetrics;
import io.quantagent.backtest.metrics.RunData;
import java.util.Objects;

/**
 * A run (ours or a baseline) with its metrics, under a short id for files and a name for people.
 *
 * @param id the key in summary.json: {@code run}, {@code buy_and_hold}, {@code random}, {@code ta4j_macd}
 * @param name what tables and the report call it
 * @param run the run
 * @param metrics its metrics
 */
public record NamedRun(String id, String name, RunData run, Metrics metrics) {

    /** Checks that everything is given. */
    public NamedRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(metrics, "metrics");
    }

    /** The metrics under the run's name, as the report's baseline columns take them. */
    public NamedMetrics named() {
        return new NamedMetrics(name, metrics);
    }
}
