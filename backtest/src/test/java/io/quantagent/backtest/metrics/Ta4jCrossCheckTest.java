package io.quantagent.backtest.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quantagent.engine.bars.TimeFrame;
import io.quantagent.engine.execution.Side;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ta4j.core.AnalysisCriterion;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseTradingRecord;
import org.ta4j.core.Trade.TradeType;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.analysis.cost.LinearTransactionCostModel;
import org.ta4j.core.analysis.cost.ZeroCostModel;
import org.ta4j.core.analysis.frequency.SamplingFrequency;
import org.ta4j.core.criteria.Annualization;
import org.ta4j.core.criteria.ExpectancyCriterion;
import org.ta4j.core.criteria.InPositionPercentageCriterion;
import org.ta4j.core.criteria.NumberOfPositionsCriterion;
import org.ta4j.core.criteria.NumberOfWinningPositionsCriterion;
import org.ta4j.core.criteria.PositionsRatioCriterion;
import org.ta4j.core.criteria.SharpeRatioCriterion;
import org.ta4j.core.criteria.SortinoRatioCriterion;
import org.ta4j.core.criteria.commissions.TotalFeesCriterion;
import org.ta4j.core.criteria.drawdown.MaximumDrawdownBarLengthCriterion;
import org.ta4j.core.criteria.drawdown.MaximumDrawdownCriterion;
import org.ta4j.core.criteria.drawdown.ReturnOverMaxDrawdownCriterion;
import org.ta4j.core.criteria.pnl.GrossProfitLossCriterion;
import org.ta4j.core.criteria.pnl.NetAverageLossCriterion;
import org.ta4j.core.criteria.pnl.NetAverageProfitCriterion;
import org.ta4j.core.criteria.pnl.NetLossCriterion;
import org.ta4j.core.criteria.pnl.NetProfitCriterion;
import org.ta4j.core.criteria.pnl.NetProfitLossCriterion;
import org.ta4j.core.criteria.pnl.NetReturnCriterion;
import org.ta4j.core.num.DoubleNumFactory;

/**
 * Our metrics next to ta4j 0.22.2's analysis criteria on the same trades over the same bars.
 *
 * <p>ta4j's equity curve ({@code CashFlow}) reinvests the whole of the equity in every position, fees included,
 * so the run here is simulated the same way: each entry buys (or sells short) as much as the equity pays for,
 * with a fee of 0.1 % of the notional on each leg. Where the definitions coincide the numbers agree to rounding;
 * where they differ the test states the relation:
 * <ul>
 *   <li>ta4j's {@code CashFlow} marks the entry bar at the entry value before costs and books the entry fee from
 *       the next bar, while our equity drops by the fee when it is paid; with fees the per-bar returns of entry
 *       bars differ, so the curve's risk statistics (drawdown, Sharpe, Sortino) are compared on a run without
 *       fees, where both curves are the same;</li>
 *   <li>ta4j's {@code ExpectancyCriterion} is not mean PnL per trade but {@code (1 + avgWin/|avgLoss|) * P(win) - 1};</li>
 *   <li>{@code InPositionPercentageCriterion} counts entry and exit bars both (b - a + 1 bars per trade), ours
 *       the bar closes with a position open (b - a);</li>
 *   <li>{@code ReturnOverMaxDrawdownCriterion} divides the total return, our Calmar the CAGR;</li>
 *   <li>{@code MaximumDrawdownBarLengthCriterion} is the bars from the first point at the peak to the trough of
 *       the deepest drawdown; ours is the longest time under water, peak to recovery;</li>
 *   <li>ta4j annualises with a 365.2425-day year (java.time's), our default is 365.25: compared with
 *       {@code MetricsSettings.continuous(365.2425)}.</li>
 * </ul>
 */
class Ta4jCrossCheckTest {

    private static final double FEE = 0.001;
    private static final double CASH = 10_000;
    private static final int BARS = 48;
    private static final long HOUR_NANOS = 3_600_000_000_000L;
    private static final Instant START = Instant.parse("2024-03-01T01:00:00Z");
    private static final int[][] LONGS = {{2, 6}, {9, 12}, {15, 22}, {25, 27}, {30, 38}, {41, 46}};
    private static final int[][] SHORTS = {{3, 8}, {12, 19}, {24, 29}, {33, 44}};

    private final double[] close = closes();
    private final BarSeries series = series(close);

    @Test
    void longRunWithFeesAgreesWithTa4jOnTradesPnlAndTotalReturn() {
        Simulation sim = simulate(Side.BUY, LONGS, FEE);
        Metrics ours = PerformanceMetrics.compute(sim.run, MetricsSettings.continuous(365.2425));
        TradingRecord record = sim.record;

        assertThat(ours.losingTrades()).as("the fixture has losers").isPositive();
        assertThat(ours.winningTrades()).as("and winners").isPositive();
        assertTradeStatisticsAgree(ours, record);
        assertThat(ours.totalReturn()).isCloseTo(ta4j(new NetReturnCriterion(), record) - 1, within(1e-12));
    }

    @Test
    void longRunWithoutFeesAgreesWithTa4jOnTheEquityCurvesRisk() {
        Simulation sim = simulate(Side.BUY, LONGS, 0);
        Metrics ours = PerformanceMetrics.compute(sim.run, MetricsSettings.continuous(365.2425));
        TradingRecord record = sim.record;

        assertThat(ours.totalReturn()).isCloseTo(ta4j(new NetReturnCriterion(), record) - 1, within(1e-12));
        assertThat(ours.maxDrawdown()).isPositive().isCloseTo(ta4j(new MaximumDrawdownCriterion(), record), within(1e-12));
        double perBar = Math.sqrt(ours.periodsPerYear());
        assertThat(ours.sharpe() / perBar).isCloseTo(
                ta4j(new SharpeRatioCriterion(0, SamplingFrequency.BAR, Annualization.PERIOD, ZoneOffset.UTC), record),
                within(1e-12));
        assertThat(ours.sharpe()).isCloseTo(ta4j(new SharpeRatioCriterion(), record), within(1e-9));
        assertThat(ours.sortino() / perBar).isCloseTo(
                ta4j(new SortinoRatioCriterion(0, SamplingFrequency.BAR, Annualization.PERIOD, ZoneOffset.UTC), record),
                within(1e-12));
        assertThat(ours.sortino()).isCloseTo(ta4j(new SortinoRatioCriterion(), record), within(1e-9));
    }

    @Test
    void shortRunAgreesWithTa4jOnTradeStatistics() {
        Simulation sim = simulate(Side.SELL, SHORTS, FEE);
        Metrics ours = PerformanceMetrics.compute(sim.run, MetricsSettings.continuous(365.2425));
        assertThat(ours.losingTrades()).isPositive();
        assertThat(ours.winningTrades()).isPositive();
        assertTradeStatisticsAgree(ours, sim.record);
    }

    @Test
    void whereDefinitionsDifferTheRelationIsTheStatedOne() {
        Simulation sim = simulate(Side.BUY, LONGS, 0);
        Metrics ours = PerformanceMetrics.compute(sim.run, MetricsSettings.continuous(365.2425));
        TradingRecord record = sim.record;

        double inPositionBars = ta4j(new InPositionPercentageCriterion(), record) * BARS;
        assertThat(ours.exposure() * BARS).isCloseTo(inPositionBars - LONGS.length, within(1e-9));

        assertThat(ta4j(new ReturnOverMaxDrawdownCriterion(), record))
                .isCloseTo(ours.totalReturn() / ours.maxDrawdown(), within(1e-9));
        assertThat(ours.calmar()).isCloseTo(ours.cagr() / ours.maxDrawdown(), within(1e-9));

        double winRate = ours.winRate();
        assertThat(ta4j(new ExpectancyCriterion(), record))
                .isCloseTo((1 + ours.averageWin() / -ours.averageLoss()) * winRate - 1, within(1e-9));

        assertThat((int) ta4j(new MaximumDrawdownBarLengthCriterion(), record))
                .as("ta4j: first point at the peak to the trough of the deepest drawdown, on the same curve")
                .isEqualTo(peakToTroughOfDeepestDrawdown(sim.run.equity()));
        assertThat(ours.maxDrawdownDuration()).isEqualTo(Duration.ofHours(ours.maxDrawdownBars()));
    }

    @Test
    void annualisationDiffersFromTa4jOnlyByTheLengthOfAYear() {
        Simulation sim = simulate(Side.BUY, LONGS, 0);
        Metrics julian = PerformanceMetrics.compute(sim.run, MetricsSettings.continuous());
        double ta4jSharpe = ta4j(new SharpeRatioCriterion(), sim.record);
        assertThat(julian.sharpe() / ta4jSharpe).isCloseTo(Math.sqrt(365.25 / 365.2425), within(1e-9));
    }

    private void assertTradeStatisticsAgree(Metrics ours, TradingRecord record) {
        assertThat(ours.trades()).isEqualTo((int) ta4j(new NumberOfPositionsCriterion(), record));
        assertThat(ours.winningTrades()).isEqualTo((int) ta4j(new NumberOfWinningPositionsCriterion(), record));
        assertThat(ours.winRate()).isCloseTo(ta4j(PositionsRatioCriterion.WinningPositionsRatioCriterion(), record), within(1e-12));
        assertThat(ours.netProfit()).isCloseTo(ta4j(new NetProfitLossCriterion(), record), within(1e-6));
        assertThat(ours.expectancy()).isCloseTo(
                ta4j(new NetProfitLossCriterion(), record) / ta4j(new NumberOfPositionsCriterion(), record), within(1e-6));
        assertThat(ours.averageWin()).isCloseTo(ta4j(new NetAverageProfitCriterion(), record), within(1e-6));
        assertThat(ours.averageLoss()).isCloseTo(ta4j(new NetAverageLossCriterion(), record), within(1e-6));
        assertThat(ours.profitFactor()).isCloseTo(
                ta4j(new NetProfitCriterion(), record) / -ta4j(new NetLossCriterion(), record), within(1e-9));
        assertThat(ours.feesPaid()).isCloseTo(ta4j(new TotalFeesCriterion(), record), within(1e-6));
    }

    private static int peakToTroughOfDeepestDrawdown(List<EquityPoint> curve) {
        double peak = 0;
        int peakIndex = 0;
        double deepest = 0;
        int length = 0;
        for (int i = 0; i < curve.size(); i++) {
            double equity = curve.get(i).equity();
            if (equity > peak) {
                peak = equity;
                peakIndex = i;
            }
            if ((peak - equity) / peak > deepest) {
                deepest = (peak - equity) / peak;
                length = i - peakIndex;
            }
        }
        return length;
    }

    private double ta4j(AnalysisCriterion criterion, TradingRecord record) {
        return criterion.calculate(series, record).doubleValue();
    }

    /** A run and the same trades as a ta4j record. */
    private record Simulation(RunData run, TradingRecord record) {
    }

    /**
     * Trades the whole equity at bar closes: at entry bar a, quantity q = E / (close_a * (1 + fee)); equity is
     * marked to the close; at exit bar b the position is closed at close_b, paying fee * q * close_b. The ta4j
     * record gets the same quantities and a linear cost model of the same rate.
     */
    private Simulation simulate(Side side, int[][] plan, double fee) {
        double sign = side.sign();
        BaseTradingRecord record = new BaseTradingRecord(side == Side.BUY ? TradeType.BUY : TradeType.SELL,
                new LinearTransactionCostModel(fee), new ZeroCostModel());
        List<EquityPoint> equity = new ArrayList<>();
        List<TradeRecord> trades = new ArrayList<>();
        double cash = CASH;
        double quantity = 0;
        int next = 0;
        int entryBar = -1;
        for (int i = 0; i < BARS; i++) {
            double price = close[i];
            if (next < plan.length && plan[next][0] == i) {
                double equityNow = cash;
                quantity = equityNow / (price * (1 + fee));
                cash -= sign * quantity * price + fee * quantity * price;
                entryBar = i;
                record.enter(i, series.numFactory().numOf(price), series.numFactory().numOf(quantity));
            } else if (next < plan.length && plan[next][1] == i) {
                double entry = close[entryBar];
                double gross = sign * quantity * (price - entry);
                double fees = fee * quantity * (entry + price);
                cash += sign * quantity * price - fee * quantity * price;
                trades.add(new TradeRecord("X", side, time(entryBar), entry, time(i), price, quantity, Double.NaN,
                        Double.NaN, gross, fees, gross - fees, ExitReason.SIGNAL));
                record.exit(i, series.numFactory().numOf(price), series.numFactory().numOf(quantity));
                quantity = 0;
                next++;
            }
            equity.add(new EquityPoint(time(i), cash + sign * quantity * price, cash, quantity * price));
        }
        List<PriceBar> bars = new ArrayList<>();
        for (int i = 0; i < BARS; i++) {
            bars.add(new PriceBar(time(i), close[i], close[i] + 1, close[i] - 1, close[i], 1));
        }
        RunData run = new RunData("cross-check", TimeFrame.ONE_HOUR, CASH, List.of(new InstrumentBars("X", bars)), equity,
                trades, List.of(), "");
        return new Simulation(run, record);
    }

    private static long time(int bar) {
        return START.getEpochSecond() * 1_000_000_000L + bar * HOUR_NANOS;
    }

    private static double[] closes() {
        double[] close = new double[BARS];
        for (int i = 0; i < BARS; i++) {
            close[i] = 100 + 8 * Math.sin(i / 3.0) + 0.25 * i + 2 * Math.cos(i * 1.7);
        }
        return close;
    }

    private static BarSeries series(double[] close) {
        BarSeries series = new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance()).withName("X").build();
        for (int i = 0; i < close.length; i++) {
            series.barBuilder()
                    .timePeriod(Duration.ofHours(1))
                    .endTime(START.plus(Duration.ofHours(i)))
                    .openPrice(close[i])
                    .highPrice(close[i] + 1)
                    .lowPrice(close[i] - 1)
                    .closePrice(close[i])
                    .volume(1)
                    .add();
        }
        return series;
    }
}
