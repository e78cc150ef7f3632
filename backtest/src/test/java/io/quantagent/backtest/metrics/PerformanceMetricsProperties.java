package io.quantagent.backtest.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quantagent.engine.bars.TimeFrame;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class PerformanceMetricsProperties {

    @Property(tries = 200)
    void drawdownMatchesABruteForceScanOfEveryPairOfPoints(
            @ForAll @Size(min = 2, max = 60) List<@DoubleRange(min = 1, max = 1000) Double> values) {
        Metrics metrics = PerformanceMetrics.compute(runWithEquity(values), MetricsSettings.continuous());

        double deepest = 0;
        int longest = 0;
        for (int i = 0; i < values.size(); i++) {
            boolean runningMax = true;
            for (int k = 0; k < i; k++) {
                runningMax &= values.get(k) <= values.get(i);
            }
            for (int j = i + 1; j < values.size(); j++) {
                deepest = Math.max(deepest, (values.get(i) - values.get(j)) / values.get(i));
            }
            if (runningMax && i + 1 < values.size() && values.get(i + 1) < values.get(i)) {
                int end = i + 1;
                while (end < values.size() - 1 && values.get(end) < values.get(i)) {
                    end++;
                }
                longest = Math.max(longest, end - i);
            }
        }
        assertThat(metrics.maxDrawdown()).isCloseTo(deepest, within(1e-12));
        assertThat(metrics.maxDrawdownBars()).isEqualTo(longest);
        assertThat(metrics.maxDrawdownDuration().toNanos()).isEqualTo(longest * SmallRun.DAY_NANOS);
    }

    @Property(tries = 50)
    void scalingEveryAmountOfMoneyChangesNoRatio(@ForAll @DoubleRange(min = 0.01, max = 10_000) double scale) {
        RunData run = SmallRun.run();
        List<EquityPoint> equity = new ArrayList<>();
        for (EquityPoint p : run.equity()) {
            equity.add(new EquityPoint(p.timeNanos(), p.equity() * scale, p.cash() * scale, p.positionNotional() * scale));
        }
        List<TradeRecord> trades = new ArrayList<>();
        for (TradeRecord t : run.trades()) {
            trades.add(new TradeRecord(t.instrument(), t.side(), t.entryTimeNanos(), t.entryPrice(), t.exitTimeNanos(),
                    t.exitPrice(), t.quantity() * scale, t.stopPrice(), t.targetPrice(), t.grossPnl() * scale,
                    t.fees() * scale, t.netPnl() * scale, t.exitReason()));
        }
        RunData scaled = new RunData(run.title(), run.timeFrame(), run.startingCash() * scale, run.instruments(), equity,
                trades, run.decisions(), run.configuration());

        Metrics base = PerformanceMetrics.compute(run, MetricsSettings.continuous());
        Metrics other = PerformanceMetrics.compute(scaled, MetricsSettings.continuous());
        assertThat(other.totalReturn()).isCloseTo(base.totalReturn(), within(1e-9));
        assertThat(other.sharpe()).isCloseTo(base.sharpe(), within(1e-6));
        assertThat(other.sortino()).isCloseTo(base.sortino(), within(1e-5));
        assertThat(other.maxDrawdown()).isCloseTo(base.maxDrawdown(), within(1e-12));
        assertThat(other.profitFactor()).isCloseTo(base.profitFactor(), within(1e-9));
        assertThat(other.turnover()).isCloseTo(base.turnover(), within(1e-9));
        assertThat(other.winRate()).isEqualTo(base.winRate());
        assertThat(other.expectancy()).isCloseTo(base.expectancy() * scale, within(1e-9 * scale));
        assertThat(other.feesPaid()).isCloseTo(base.feesPaid() * scale, within(1e-9 * scale));
    }

    private static RunData runWithEquity(List<Double> values) {
        List<EquityPoint> equity = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            equity.add(new EquityPoint(SmallRun.time(i), values.get(i), values.get(i), 0));
        }
        return new RunData("walk", TimeFrame.ONE_DAY, values.get(0), List.of(SmallRun.bars()), equity, List.of(), List.of(), "");
    }
}
