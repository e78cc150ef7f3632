package io.quantagent.backtest.research;

import io.quantagent.backtest.metrics.Metrics;
import io.quantagent.backtest.metrics.RunData;
import io.quantagent.engine.pipeline.RunSummary;

/**
 * One engine run of a sweep or walk-forward: the engine's summary, the run as the metrics see it (read back from
 * its journal) and its metrics.
 *
 * @param summary what the engine reported
 * @param data the run read from its journal
 * @param metrics its performance metrics
 */
public record PointRun(RunSummary summary, RunData data, Metrics metrics) {

    /** The figures a sweep keeps. */
    public PointMetrics figures() {
        return PointMetrics.of(metrics, summary);
    }
}
