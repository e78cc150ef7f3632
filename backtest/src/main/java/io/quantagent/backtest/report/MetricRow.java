package io.quantagent.backtest.report;

import io.quantagent.backtest.metrics.Metrics;
import java.util.List;
import java.util.function.Function;

/**
 * One row of the report's metrics table: a label, the definition shown with it, and how the value is written.
 *
 * @param label the metric's name
 * @param definition one line saying what it is (the full definitions are on PerformanceMetrics)
 * @param value the formatted value of a set of metrics
 */
record MetricRow(String label, String definition, Function<Metrics, String> value) {

    /** The rows, in the order of the table. */
    static final List<MetricRow> ALL = List.of(
            new MetricRow("Total return", "final equity / starting cash - 1", m -> Formats.percent(m.totalReturn())),
            new MetricRow("CAGR", "(1 + total return)^(1 / calendar years from first to last equity point) - 1",
                    m -> Formats.percent(m.cagr())),
            new MetricRow("Annualised volatility", "sample st. dev. of per-bar returns * sqrt(periods per year)",
                    m -> Formats.percent(m.annualVolatility())),
            new MetricRow("Sharpe ratio", "mean(excess per-bar return) / st. dev. * sqrt(periods per year)",
                    m -> Formats.ratio(m.sharpe())),
            new MetricRow("Sortino ratio",
                    "mean(excess return) / sqrt(sum(min(0, excess)^2) / n) * sqrt(periods per year)",
                    m -> Formats.ratio(m.sortino())),
            new MetricRow("Calmar ratio", "CAGR / maximum drawdown", m -> Formats.ratio(m.calmar())),
            new MetricRow("Maximum drawdown", "largest fall from a running peak of equity, as a fraction of the peak",
                    m -> Formats.percent(m.maxDrawdown())),
            new MetricRow("Longest drawdown", "longest time from a peak to its recovery (or to the end)",
                    m -> Formats.duration(m.maxDrawdownDuration()) + " (" + m.maxDrawdownBars() + " bars)"),
            new MetricRow("Net profit", "final equity - starting cash", m -> Formats.money(m.netProfit())),
            new MetricRow("Final equity", "cash + open positions at the last point", m -> Formats.money(m.finalEquity())),
            new MetricRow("Trades", "closed round trips (winning / losing by net PnL)",
                    m -> m.trades() + " (" + m.winningTrades() + " / " + m.losingTrades() + ")"),
            new MetricRow("Win rate", "trades with net PnL > 0 / trades", m -> Formats.percent(m.winRate())),
            new MetricRow("Profit factor", "sum of winning net PnL / |sum of losing net PnL|",
                    m -> Formats.ratio(m.profitFactor())),
            new MetricRow("Expectancy", "mean net PnL per trade", m -> Formats.money(m.expectancy())),
            new MetricRow("Average win", "mean net PnL of winning trades", m -> Formats.money(m.averageWin())),
            new MetricRow("Average loss", "mean net PnL of losing trades", m -> Formats.money(m.averageLoss())),
            new MetricRow("Exposure", "share of bar closes with a position open", m -> Formats.percent(m.exposure())),
            new MetricRow("Turnover", "notional traded on both legs / mean equity", m -> Formats.multiple(m.turnover())),
            new MetricRow("Fees paid", "sum of the trades' fees", m -> Formats.money(m.feesPaid())),
            new MetricRow("Directional accuracy",
                    "LONG/SHORT decisions matching the sign of the close change N bars later",
                    m -> Formats.share(m.decisionsCorrect(), m.decisionsScored())));
}
