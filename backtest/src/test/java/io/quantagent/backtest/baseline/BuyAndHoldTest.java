package io.quantagent.backtest.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.quantagent.backtest.metrics.ExitReason;
import io.quantagent.backtest.metrics.InstrumentBars;
import io.quantagent.backtest.metrics.MetricsSettings;
import io.quantagent.backtest.metrics.PerformanceMetrics;
import io.quantagent.backtest.metrics.RunData;
import io.quantagent.backtest.metrics.TradeRecord;
import io.quantagent.engine.bars.TimeFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuyAndHoldTest {

    private static final double FEE_BPS = 10;
    private static final double FEE = FEE_BPS / 10_000;

    private final InstrumentBars a = Bars.waves("A", 200, 100, 0.1);
    private final InstrumentBars b = Bars.waves("B", 200, 50, -0.05);

    @Test
    void splitsTheCashEquallyAndHoldsToTheLastClose() {
        RunData run = BuyAndHold.run(List.of(a, b), TimeFrame.ONE_HOUR, 10_000, FEE_BPS);

        double expected = 0;
        for (InstrumentBars bars : List.of(a, b)) {
            double first = bars.bars().getFirst().close();
            double last = bars.bars().getLast().close();
            expected += 5_000 / (first * (1 + FEE)) * last;
        }
        assertThat(run.equity().getLast().equity()).isCloseTo(expected, within(1e-6));
        assertThat(run.equity()).hasSize(200);
        assertThat(run.equity()).allSatisfy(p -> assertThat(p.cash()).isCloseTo(0, within(1e-6)));
    }

    @Test
    void eachHoldingIsOneTradeThatPaysTheEntryFee() {
        RunData run = BuyAndHold.run(List.of(a, b), TimeFrame.ONE_HOUR, 10_000, FEE_BPS);

        assertThat(run.trades()).hasSize(2).allSatisfy(t -> {
            assertThat(t.exitReason()).isEqualTo(ExitReason.END);
            assertThat(t.isLong()).isTrue();
            assertThat(t.fees()).isCloseTo(FEE * t.quantity() * t.entryPrice(), within(1e-9));
            assertThat(t.entryNotional() + t.fees()).isCloseTo(5_000, within(1e-6));
        });
        double net = run.trades().stream().mapToDouble(TradeRecord::netPnl).sum();
        assertThat(run.equity().getLast().equity()).isCloseTo(10_000 + net, within(1e-6));
    }

    @Test
    void isAlwaysInTheMarket() {
        RunData run = BuyAndHold.run(List.of(a), TimeFrame.ONE_HOUR, 10_000, FEE_BPS);

        assertThat(PerformanceMetrics.compute(run, MetricsSettings.continuous()).exposure()).isEqualTo(1.0);
    }

    @Test
    void needsBars() {
        assertThatThrownBy(() -> BuyAndHold.run(List.of(new InstrumentBars("X", List.of())), TimeFrame.ONE_HOUR, 1, 0))
                .hasMessageContaining("at least one instrument with bars");
    }
}
