package io.quantagent.backtest.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quantagent.engine.bars.TimeFrame;
import io.quantagent.engine.execution.Side;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every metric of {@link SmallRun}, against values worked out by hand from its table. */
class PerformanceMetricsTest {

    private static final double EPS = 1e-9;
    private static final double PERIODS = 365.25;

    /** The nine per-bar returns E_i / E_(i-1) - 1 of the small run. */
    private static final double[] RETURNS = {
        999.0 / 1000 - 1, 1049.0 / 999 - 1, 1098.0 / 1049 - 1, 1097.5 / 1098 - 1, 1087.5 / 1097.5 - 1,
        1077.0 / 1087.5 - 1, 1076.0 / 1077 - 1, 1096.0 / 1076 - 1, 1115.0 / 1096 - 1};

    private final Metrics metrics = PerformanceMetrics.compute(SmallRun.run(), MetricsSettings.continuous());

    @Test
    void totalReturnIsFinalEquityOverStartingCash() {
        assertThat(metrics.startingCash()).isEqualTo(1000.0);
        assertThat(metrics.finalEquity()).isEqualTo(1115.0);
        assertThat(metrics.netProfit()).isCloseTo(115.0, within(EPS));
        assertThat(metrics.totalReturn()).isCloseTo(0.115, within(EPS));
    }

    @Test
    void cagrCompoundsTheTotalReturnOverNineCalendarDays() {
        // 1.115 ^ (365.25 / 9) - 1 = e^(40.5833 * 0.108854) - 1 = 81.9033
        assertThat(metrics.cagr()).isCloseTo(81.90327769928983, within(1e-7));
    }

    @Test
    void volatilityIsTheSampleDeviationOfDailyReturnsTimesRootOfDaysPerYear() {
        // mean of the 9 returns 0.0123926291, sample deviation (n - 1 = 8) 0.0227185944
        assertThat(metrics.periodsPerYear()).isEqualTo(PERIODS);
        assertThat(metrics.annualVolatility()).isCloseTo(0.0227185943601083 * Math.sqrt(PERIODS), within(EPS));
        assertThat(metrics.annualVolatility()).isCloseTo(0.4341867535664954, within(EPS));
    }

    @Test
    void sharpeIsMeanOverSampleDeviationAnnualised() {
        assertThat(metrics.sharpe()).isCloseTo(0.012392629145430057 / 0.022718594360108302 * Math.sqrt(PERIODS), within(1e-7));
        assertThat(metrics.sharpe()).isCloseTo(10.425025080077924, within(1e-7));
    }

    @Test
    void sortinoDividesByTheDownsideDeviationOverAllNineReturns() {
        double squares = 0;
        for (double r : RETURNS) {
            squares += r < 0 ? r * r : 0;
        }
        // five negative returns: -0.001, -0.000455, -0.009112, -0.009655, -0.000929; DD = sqrt(sum / 9) = 0.0044511
        assertThat(Math.sqrt(squares / 9)).isCloseTo(0.00445113482476496, within(1e-12));
        assertThat(metrics.sortino()).isCloseTo(53.209333195327844, within(1e-6));
    }

    @Test
    void riskFreeRateIsTakenOffEveryBarAtItsCompoundedDailyRate() {
        Metrics withRate = PerformanceMetrics.compute(SmallRun.run(), MetricsSettings.continuous().withRiskFreeRate(0.05));
        // rf per bar = 1.05^(1/365.25) - 1 = 0.000133589
        assertThat(MetricsSettings.continuous().withRiskFreeRate(0.05).riskFreeRatePerPeriod(TimeFrame.ONE_DAY))
                .isCloseTo(1.3358911160632e-4, within(1e-15));
        assertThat(withRate.sharpe()).isCloseTo(10.312646195615395, within(1e-6));
        assertThat(withRate.sortino()).isCloseTo(51.80845315730453, within(1e-6));
        assertThat(withRate.annualVolatility()).isCloseTo(metrics.annualVolatility(), within(EPS));
    }

    @Test
    void maxDrawdownIsTheFallFrom1098To1076() {
        assertThat(metrics.maxDrawdown()).isCloseTo(22.0 / 1098, within(EPS));
    }

    @Test
    void maxDrawdownDurationIsTheSixDaysFromThePeakAtBar3ToRecoveryAtBar9() {
        // the first spell, 1000 at bar 0 to 1049 at bar 2, lasts 2 days
        assertThat(metrics.maxDrawdownDuration()).isEqualTo(Duration.ofDays(6));
        assertThat(metrics.maxDrawdownBars()).isEqualTo(6);
    }

    @Test
    void calmarIsCagrOverMaxDrawdown() {
        assertThat(metrics.calmar()).isCloseTo(81.90327769928983 / (22.0 / 1098), within(1e-3));
    }

    @Test
    void tradeCountsWinsAndLosses() {
        assertThat(metrics.trades()).isEqualTo(3);
        assertThat(metrics.winningTrades()).isEqualTo(2);
        assertThat(metrics.losingTrades()).isEqualTo(1);
        assertThat(metrics.winRate()).isCloseTo(2.0 / 3, within(EPS));
    }

    @Test
    void profitFactorIsNetWinsOverNetLosses() {
        assertThat(metrics.profitFactor()).isCloseTo((98.0 + 38) / 21, within(EPS));
    }

    @Test
    void expectancyAndAveragesAreMeansOfNetPnl() {
        assertThat(metrics.expectancy()).isCloseTo(115.0 / 3, within(EPS));
        assertThat(metrics.averageWin()).isCloseTo(68.0, within(EPS));
        assertThat(metrics.averageLoss()).isCloseTo(-21.0, within(EPS));
    }

    @Test
    void exposureCountsTheSixBarClosesWithAPositionOpen() {
        assertThat(metrics.exposure()).isCloseTo(0.6, within(EPS));
    }

    @Test
    void turnoverIsBothLegsNotionalOverMeanEquity() {
        // 10 * (100 + 110) + 5 * (112 + 116) + 10 * (104 + 108) = 5360; mean equity 10695 / 10 = 1069.5
        assertThat(metrics.turnover()).isCloseTo(5360 / 1069.5, within(EPS));
    }

    @Test
    void feesAreSummed() {
        assertThat(metrics.feesPaid()).isCloseTo(5.0, within(EPS));
    }

    @Test
    void directionalAccuracyScoresNonNeutralDecisionsWithAKnownNextClose() {
        // LONG +2 right, SHORT +2 wrong, LONG -12 wrong, (NEUTRAL skipped), LONG +2 right, LONG at the last bar unscored
        assertThat(metrics.decisionsScored()).isEqualTo(4);
        assertThat(metrics.decisionsCorrect()).isEqualTo(2);
        assertThat(metrics.directionalAccuracy()).isEqualTo(0.5);
    }

    @Test
    void directionalAccuracyOverTwoBarsMeasuresFromTheDecisionBarsClose() {
        Metrics twoBars = PerformanceMetrics.compute(SmallRun.run(), MetricsSettings.continuous().withAccuracyHorizonBars(2));
        // after bar 0: 105 - 98 > 0 LONG right; bar 3: 114 - 110 > 0 SHORT wrong; bar 6: 106 - 116 < 0 LONG wrong;
        // bars 8 and 9 have no bar two later
        assertThat(twoBars.decisionsScored()).isEqualTo(3);
        assertThat(twoBars.decisionsCorrect()).isEqualTo(1);
    }

    @Test
    void aRunWithoutTradesHasNoTradeStatisticsAndNoFees() {
        RunData run = new RunData("flat", TimeFrame.ONE_DAY, 1000, List.of(SmallRun.bars()),
                List.of(new EquityPoint(SmallRun.time(0), 1000, 1000, 0), new EquityPoint(SmallRun.time(1), 1000, 1000, 0),
                        new EquityPoint(SmallRun.time(2), 1000, 1000, 0)),
                List.of(), List.of(), "");
        Metrics flat = PerformanceMetrics.compute(run, MetricsSettings.continuous());
        assertThat(flat.trades()).isZero();
        assertThat(flat.winRate()).isNaN();
        assertThat(flat.profitFactor()).isNaN();
        assertThat(flat.expectancy()).isNaN();
        assertThat(flat.averageWin()).isNaN();
        assertThat(flat.feesPaid()).isZero();
        assertThat(flat.turnover()).isZero();
        assertThat(flat.exposure()).isZero();
        assertThat(flat.maxDrawdown()).isZero();
        assertThat(flat.maxDrawdownDuration()).isEqualTo(Duration.ZERO);
        assertThat(flat.totalReturn()).isZero();
        assertThat(flat.sharpe()).as("0 / 0").isNaN();
        assertThat(flat.directionalAccuracy()).isNaN();
    }

    @Test
    void onlyWinnersGiveAnInfiniteProfitFactorAndABreakEvenTradeCountsAsNeither() {
        List<TradeRecord> trades = List.of(
                new TradeRecord(SmallRun.INSTRUMENT, Side.BUY, SmallRun.time(1), 100, SmallRun.time(3), 110, 1,
                        Double.NaN, Double.NaN, 10, 0, 10, ExitReason.SIGNAL),
                new TradeRecord(SmallRun.INSTRUMENT, Side.BUY, SmallRun.time(4), 112, SmallRun.time(5), 113, 1,
                        Double.NaN, Double.NaN, 1, 1, 0, ExitReason.SIGNAL));
        RunData run = new RunData("winners", TimeFrame.ONE_DAY, 1000, List.of(SmallRun.bars()), SmallRun.equity(), trades,
                List.of(), "");
        Metrics winners = PerformanceMetrics.compute(run, MetricsSettings.continuous());
        assertThat(winners.profitFactor()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(winners.winningTrades()).isEqualTo(1);
        assertThat(winners.losingTrades()).isZero();
        assertThat(winners.winRate()).isEqualTo(0.5);
        assertThat(winners.averageLoss()).isNaN();
        assertThat(winners.expectancy()).isEqualTo(5.0);
    }

    @Test
    void anUnrecoveredDrawdownLastsUntilTheEnd() {
        List<EquityPoint> curve = List.of(
                new EquityPoint(SmallRun.time(0), 1000, 1000, 0), new EquityPoint(SmallRun.time(1), 1100, 0, 1100),
                new EquityPoint(SmallRun.time(2), 1050, 0, 1050), new EquityPoint(SmallRun.time(3), 1080, 0, 1080),
                new EquityPoint(SmallRun.time(4), 990, 0, 990), new EquityPoint(SmallRun.time(5), 1000, 0, 1000));
        RunData run = new RunData("down", TimeFrame.ONE_DAY, 1000, List.of(SmallRun.bars()), curve, List.of(), List.of(), "");
        Metrics down = PerformanceMetrics.compute(run, MetricsSettings.continuous());
        assertThat(down.maxDrawdown()).isCloseTo(110.0 / 1100, within(EPS));
        assertThat(down.maxDrawdownDuration()).isEqualTo(Duration.ofDays(4));
        assertThat(down.maxDrawdownBars()).isEqualTo(4);
        assertThat(down.exposure()).isCloseTo(5.0 / 6, within(EPS));
    }

    @Test
    void returnStatisticsAreNaNOnceEquityIsNotPositive() {
        List<EquityPoint> curve = List.of(
                new EquityPoint(SmallRun.time(0), 1000, 1000, 0), new EquityPoint(SmallRun.time(1), 0, 0, 0),
                new EquityPoint(SmallRun.time(2), 10, 10, 0));
        RunData run = new RunData("bust", TimeFrame.ONE_DAY, 1000, List.of(SmallRun.bars()), curve, List.of(), List.of(), "");
        Metrics bust = PerformanceMetrics.compute(run, MetricsSettings.continuous());
        assertThat(bust.sharpe()).isNaN();
        assertThat(bust.annualVolatility()).isNaN();
        assertThat(bust.maxDrawdown()).isEqualTo(1.0);
        assertThat(bust.totalReturn()).isCloseTo(-0.99, within(EPS));
    }
}
