package io.quantagent.backtest.research;

import io.quantagent.backtest.metrics.Metrics;
import io.quantagent.engine.pipeline.RunSummary;

/**
 * The figures a sweep keeps of one run: the metrics it ranks and reports by, and the engine's speed. Ratios
 * follow {@link Metrics}: NaN when there was nothing to compute them from.
 *
 * @param totalReturn final equity over starting cash, minus 1
 * @param sharpe annualised Sharpe ratio of the per-bar returns
 * @param sortino annualised Sortino ratio
 * @param calmar CAGR over maximum drawdown
 * @param maxDrawdown the largest fall from a peak, a fraction of that peak
 * @param trades closed trades
 * @param winRate winning trades over trades
 * @param profitFactor winning net PnL over the absolute losing net PnL
 * @param accuracy directional accuracy of the decisions
 * @param fees fees paid, quote currency
 * @param events input events of the run
 * @param eventsPerSecond input events per second of wall-clock time
 */
public record PointMetrics(double totalReturn, double sharpe, double sortino, double calmar, double maxDrawdown,
        int trades, double winRate, double profitFactor, double accuracy, double fees, long events,
        double eventsPerSecond) {

    /** The figures of a run from its metrics and the engine's summary. */
    public static PointMetrics of(Metrics m, RunSummary summary) {
        return new PointMetrics(m.totalReturn(), m.sharpe(), m.sortino(), m.calmar(), m.maxDrawdown(), m.trades(),
                m.winRate(), m.profitFactor(), m.directionalAccuracy(), m.feesPaid(), summary.eventsIn(),
                summary.eventsPerSecond());
    }
}
