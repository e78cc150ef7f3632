package io.quantagent.backtest.metrics;

import io.quantagent.engine.bars.TimeFrame;
import java.time.Duration;
import java.util.List;

/**
 * Computes the {@link Metrics} of a run. This is the one place where the metrics are defined.
 *
 * <h2>Returns and risk</h2>
 * Let {@code E_0 .. E_n} be the equity points at times {@code t_0 .. t_n} (one per bar), {@code C} the starting
 * cash, and {@code P} the periods per year of the run's time frame ({@link MetricsSettings#periodsPerYear}).
 * <ul>
 *   <li><b>Per-bar return</b> {@code r_i = E_i / E_(i-1) - 1} for {@code i = 1 .. n} (n returns). If an equity
 *       point is zero or negative the returns are undefined, and volatility, Sharpe and Sortino are NaN.</li>
 *   <li><b>Excess return</b> {@code x_i = r_i - rf}, with {@code rf = (1 + riskFreeRate)^(1/P) - 1} the
 *       risk-free rate per bar.</li>
 *   <li><b>Total return</b> {@code E_n / C - 1}.</li>
 *   <li><b>CAGR</b> {@code (E_n / C)^(1/Y) - 1}, where {@code Y = (t_n - t_0) / daysPerYear days} is the elapsed
 *       calendar time in years; -1 if {@code E_n <= 0}; NaN if no time elapsed.</li>
 *   <li><b>Annualised volatility</b> {@code s(r) * sqrt(P)}, where {@code s} is the sample standard deviation
 *       (denominator {@code n - 1}); NaN with fewer than two returns.</li>
 *   <li><b>Sharpe</b> {@code mean(x) / s(x) * sqrt(P)}.</li>
 *   <li><b>Sortino</b> {@code mean(x) / DD * sqrt(P)} with the downside deviation
 *       {@code DD = sqrt(sum(min(0, x_i)^2) / n)}: every return counts in the denominator {@code n}, those above
 *       the risk-free rate as zero. NaN without returns.</li>
 *   <li><b>Maximum drawdown</b> {@code max_i (M_i - E_i) / M_i}, with {@code M_i = max(E_0 .. E_i)} the running
 *       peak: a fraction from 0 (never below a peak) to 1 (everything lost).</li>
 *   <li><b>Maximum drawdown duration</b>: the longest time from a peak (the last point at the running maximum
 *       before equity falls below it) to the first later point at or above that peak, or to {@code t_n} if it is
 *       never regained; also given in bars (equity steps). This is the longest time under water, which need
 *       not be the deepest drawdown.</li>
 *   <li><b>Calmar</b> CAGR / maximum drawdown.</li>
 * </ul>
 *
 * <h2>Trades</h2>
 * Over the closed trades, with net PnL after fees:
 * <ul>
 *   <li><b>Trades</b>: their number; <b>winning</b>: net PnL {@code > 0}; <b>losing</b>: net PnL {@code < 0}
 *       (a trade at exactly zero is neither, but counts among the trades).</li>
 *   <li><b>Win rate</b> winning / trades.</li>
 *   <li><b>Profit factor</b> (sum of winning net PnL) / |sum of losing net PnL|: +Infinity with wins and no
 *       losses, 0 with losses and no wins, NaN with neither.</li>
 *   <li><b>Expectancy</b> mean net PnL per trade, in money.</li>
 *   <li><b>Average win</b> mean net PnL of the winning trades; <b>average loss</b> mean net PnL of the losing
 *       trades (negative).</li>
 *   <li><b>Fees paid</b> sum of the trades' fees.</li>
 *   <li><b>Turnover</b> {@code sum(quantity * (entry price + exit price)) / mean(E_0 .. E_n)}: notional traded on
 *       both legs over the run, in multiples of the mean equity (not annualised).</li>
 *   <li><b>Exposure</b> (time in market) the share of equity points with an open position (position notional
 *       above zero): equity is sampled at bar closes, so a position held from the close of bar a to the close of
 *       bar b counts b - a bars.</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <b>Directional accuracy</b>: the share of LONG or SHORT decisions whose direction matched the sign of the
 * close change over the next N bars, N = {@link MetricsSettings#accuracyHorizonBars()}; see
 * {@link DecisionOutcomes} for which bar a decision is measured from and which decisions are left unscored.
 */
public final class PerformanceMetrics {

    private static final double NANOS_PER_DAY = 86_400e9;

    private PerformanceMetrics() {
    }

    /** The metrics of {@code run} under {@code settings}. */
    public static Metrics compute(RunData run, MetricsSettings settings) {
        TimeFrame timeFrame = run.timeFrame();
        double periodsPerYear = settings.periodsPerYear(timeFrame);
        double annualisation = Math.sqrt(periodsPerYear);
        List<EquityPoint> curve = run.equity();
        int points = curve.size();
        double startingCash = run.startingCash();
        double finalEquity = points == 0 ? Double.NaN : curve.get(points - 1).equity();
        double totalReturn = finalEquity / startingCash - 1.0;

        double[] excess = excessReturns(curve, settings.riskFreeRatePerPeriod(timeFrame));
        double annualVolatility = sampleStandardDeviation(excess) * annualisation;
        double meanExcess = mean(excess);
        double sharpe = meanExcess / sampleStandardDeviation(excess) * annualisation;
        double sortino = meanExcess / downsideDeviation(excess) * annualisation;

        double cagr = cagr(curve, startingCash, settings.daysPerYear());
        Drawdowns drawdowns = Drawdowns.of(curve);

        TradeStats tradeStats = TradeStats.of(run.trades());
        double meanEquity = meanEquity(curve);
        DecisionOutcomes outcomes = DecisionOutcomes.of(run, settings.accuracyHorizonBars());

        return new Metrics(
                settings,
                periodsPerYear,
                startingCash,
                finalEquity,
                finalEquity - startingCash,
                totalReturn,
                cagr,
                annualVolatility,
                sharpe,
                sortino,
                cagr / drawdowns.maxDrawdown,
                drawdowns.maxDrawdown,
                Duration.ofNanos(drawdowns.longestNanos),
                drawdowns.longestBars,
                tradeStats.trades,
                tradeStats.wins,
                tradeStats.losses,
                (double) tradeStats.wins / tradeStats.trades,
                tradeStats.winSum / Math.abs(tradeStats.lossSum),
                tradeStats.netSum / tradeStats.trades,
                tradeStats.winSum / tradeStats.wins,
                tradeStats.lossSum / tradeStats.losses,
                exposure(curve),
                tradeStats.tradedNotional / meanEquity,
                tradeStats.fees,
                outcomes.scored(),
                outcomes.correct(),
                outcomes.accuracy());
    }

    /** Excess per-bar returns; if any equity point before the last is not positive, a single NaN. */
    private static double[] excessReturns(List<EquityPoint> curve, double riskFreePerPeriod) {
        int n = Math.max(0, curve.size() - 1);
        double[] excess = new double[n];
        for (int i = 1; i < curve.size(); i++) {
            double previous = curve.get(i - 1).equity();
            if (!(previous > 0)) {
                return new double[] {Double.NaN};
            }
            excess[i - 1] = curve.get(i).equity() / previous - 1.0 - riskFreePerPeriod;
        }
        return excess;
    }

    private static double mean(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double sampleStandardDeviation(double[] values) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double mean = mean(values);
        double squares = 0;
        for (double value : values) {
            double d = value - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    private static double downsideDeviation(double[] excess) {
        if (excess.length == 0) {
            return Double.NaN;
        }
        double squares = 0;
        for (double value : excess) {
            double down = Math.min(0.0, value);
            squares += down * down;
        }
        return Math.sqrt(squares / excess.length);
    }

    private static double cagr(List<EquityPoint> curve, double startingCash, double daysPerYear) {
        if (curve.size() < 2) {
            return Double.NaN;
        }
        double finalEquity = curve.get(curve.size() - 1).equity();
        if (finalEquity <= 0) {
            return -1.0;
        }
        double years = (curve.get(curve.size() - 1).timeNanos() - curve.get(0).timeNanos()) / (daysPerYear * NANOS_PER_DAY);
        return Math.pow(finalEquity / startingCash, 1.0 / years) - 1.0;
    }

    private static double meanEquity(List<EquityPoint> curve) {
        if (curve.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (EquityPoint point : curve) {
            sum += point.equity();
        }
        return sum / curve.size();
    }

    private static double exposure(List<EquityPoint> curve) {
        int inMarket = 0;
        for (EquityPoint point : curve) {
            if (point.inMarket()) {
                inMarket++;
            }
        }
        return (double) inMarket / curve.size();
    }

    /** The deepest drawdown and the longest time under water of an equity curve. */
    private record Drawdowns(double maxDrawdown, long longestNanos, int longestBars) {

        static Drawdowns of(List<EquityPoint> curve) {
            if (curve.isEmpty()) {
                return new Drawdowns(Double.NaN, 0, 0);
            }
            double peak = curve.get(0).equity();
            int peakIndex = 0;
            boolean underwater = false;
            double maxDrawdown = 0;
            long longestNanos = 0;
            int longestBars = 0;
            for (int i = 0; i < curve.size(); i++) {
                double equity = curve.get(i).equity();
                if (equity >= peak) {
                    if (underwater) {
                        long nanos = curve.get(i).timeNanos() - curve.get(peakIndex).timeNanos();
                        if (nanos > longestNanos) {
                            longestNanos = nanos;
                            longestBars = i - peakIndex;
                        }
                        underwater = false;
                    }
                    peak = equity;
                    peakIndex = i;
                } else {
                    underwater = true;
                    maxDrawdown = Math.max(maxDrawdown, (peak - equity) / peak);
                }
            }
            if (underwater) {
                int last = curve.size() - 1;
                long nanos = curve.get(last).timeNanos() - curve.get(peakIndex).timeNanos();
                if (nanos > longestNanos) {
                    longestNanos = nanos;
                    longestBars = last - peakIndex;
                }
            }
            return new Drawdowns(maxDrawdown, longestNanos, longestBars);
        }
    }

    /** Sums over the closed trades. */
    private record TradeStats(
            int trades, int wins, int losses, double winSum, double lossSum, double netSum, double fees,
            double tradedNotional) {

        static TradeStats of(List<TradeRecord> trades) {
            int wins = 0;
            int losses = 0;
            double winSum = 0;
            double lossSum = 0;
            double netSum = 0;
            double fees = 0;
            double tradedNotional = 0;
            for (TradeRecord trade : trades) {
                double net = trade.netPnl();
                if (net > 0) {
                    wins++;
                    winSum += net;
                } else if (net < 0) {
                    losses++;
                    lossSum += net;
                }
                netSum += net;
                fees += trade.fees();
                tradedNotional += trade.tradedNotional();
            }
            return new TradeStats(trades.size(), wins, losses, winSum, lossSum, netSum, fees, tradedNotional);
        }
    }
}
