package io.quantagent.backtest.research;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObjectiveTest {

    private static PointMetrics run(double totalReturn, double maxDrawdown) {
        // calmar (CAGR / drawdown) as a run of two days would have it: about -1 / drawdown for any loss
        double cagr = Math.pow(1 + totalReturn, 365.25 / 2) - 1;
        return new PointMetrics(totalReturn, 0, 0, cagr / maxDrawdown, maxDrawdown, 3, 0.5, 1, 0.5, 10, 100, 1000);
    }

    @Test
    void calmarRanksASmallLossAboveALargeOneOverDaysOfData() {
        PointMetrics small = run(-0.01, 0.01);
        PointMetrics large = run(-0.10, 0.10);
        assertThat(small.calmar()).isLessThan(large.calmar());
        assertThat(Objective.CALMAR.better(Objective.CALMAR.of(small), Objective.CALMAR.of(large))).isTrue();
        PointMetrics deep = run(-0.10, 0.20);
        assertThat(Objective.CALMAR.better(Objective.CALMAR.of(large), Objective.CALMAR.of(deep))).isTrue();
        assertThat(Objective.CALMAR.better(Objective.CALMAR.of(run(0.02, 0.01)), Objective.CALMAR.of(run(0.05, 0.04))))
                .isTrue();
    }

    @Test
    void aGainWithoutDrawdownBeatsEverythingAndNoTradeRanksLast() {
        assertThat(Objective.CALMAR.of(run(0.01, 0))).isInfinite().isPositive();
        assertThat(Objective.CALMAR.of(run(0, 0))).isNaN();
        assertThat(Objective.CALMAR.better(-5, Objective.CALMAR.of(run(0, 0)))).isTrue();
    }
}
