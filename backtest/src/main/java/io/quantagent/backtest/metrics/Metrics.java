package io.quantagent.backtest.metrics;

import java.time.Duration;

/**
 * The performance metrics of one run. Every definition is on {@link PerformanceMetrics}; ratios follow IEEE
 * division (a positive number over zero is +Infinity, zero over zero is NaN), and a statistic that has no data
 * (no trades, fewer than two equity points, no scored decisions) is NaN.
 *
 * @param settings the assumptions they were computed with
 * @param periodsPerYear the annualisation factor used for volatility, Sharpe and Sortino
 * @param startingCash cash at the start
 * @param finalEquity equity at the last point of the curve
 * @param netProfit final equity minus starting cash
 * @param totalReturn final equity over starting cash, minus 1
 * @param cagr compound annual growth rate over the calendar time from the first to the last equity point
 * @param annualVolatility sample standard deviation of the per-bar returns times sqrt(periods per year)
 * @param sharpe annualised Sharpe ratio of the per-bar excess returns
 * @param sortino annualised Sortino ratio of the per-bar excess returns
 * @param calmar CAGR over maximum drawdown
 * @param maxDrawdown largest fall from a running peak of equity, as a fraction of that peak (0 to 1)
 * @param maxDrawdownDuration longest time from a peak to the recovery of that peak (or to the end if not
 *     recovered)
 * @param maxDrawdownBars the same period in equity-curve steps (bars)
 * @param trades number of closed trades
 * @param winningTrades trades with a positive net PnL
 * @param losingTrades trades with a negative net PnL
 * @param winRate winning trades over all trades
 * @param profitFactor sum of winning net PnL over the absolute sum of losing net PnL
 * @param expectancy mean net PnL per trade (quote currency)
 * @param averageWin mean net PnL of the winning trades
 * @param averageLoss mean net PnL of the losing trades (a negative number)
 * @param exposure share of the equity points at which a position was open
 * @param turnover notional traded on both legs of every trade over the mean equity
 * @param feesPaid sum of the trades' fees
 * @param decisionsScored non-neutral decisions whose outcome N bars later is known
 * @param decisionsCorrect scored decisions whose direction matched the sign of the close change
 * @param directionalAccuracy decisionsCorrect over decisionsScored
 */
public record Metrics(
        MetricsSettings settings,
        double periodsPerYear,
        double startingCash,
        double finalEquity,
        double netProfit,
        double totalReturn,
        double cagr,
        double annualVolatility,
        double sharpe,
        double sortino,
        double calmar,
        double maxDrawdown,
        Duration maxDrawdownDuration,
        int maxDrawdownBars,
        int trades,
        int winningTrades,
        int losingTrades,
        double winRate,
        double profitFactor,
        double expectancy,
        double averageWin,
        double averageLoss,
        double exposure,
        double turnover,
        double feesPaid,
        int decisionsScored,
        int decisionsCorrect,
        double directionalAccuracy) {
}
