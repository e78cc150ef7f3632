package io.quantagent.backtest.metrics;

import java.util.Objects;

/**
 * Metrics under a name, such as a baseline to compare a run with ("buy and hold", "random", "ta4j MACD").
 *
 * @param name what the metrics are of
 * @param metrics the metrics
 */
public record NamedMetrics(String name, Metrics metrics) {

    /** Checks that both are given. */
    public NamedMetrics {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metrics, "metrics");
    }
}
