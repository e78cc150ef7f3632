package io.quantagent.backtest.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.agents.Direction;
import io.quantagent.engine.bars.TimeFrame;
import io.quantagent.engine.execution.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunDataTest {

    @Test
    void barsMustMoveForwardInTime() {
        assertThatThrownBy(() -> new InstrumentBars("X", List.of(new PriceBar(2, 1, 1, 1, 1, 1), new PriceBar(2, 1, 1, 1, 1, 1))))
                .hasMessageContaining("X: bar 1");
    }

    @Test
    void aTradeInAnUnknownInstrumentIsRejected() {
        TradeRecord trade = new TradeRecord("ETH-USD", Side.BUY, 1, 10, 2, 11, 1, Double.NaN, Double.NaN, 1, 0, 1,
                ExitReason.SIGNAL);
        assertThatThrownBy(() -> new RunData("r", TimeFrame.ONE_DAY, 1000, List.of(SmallRun.bars()), List.of(), List.of(trade),
                List.of(), "")).hasMessageContaining("ETH-USD");
    }

    @Test
    void aDecisionAboutAnUnknownInstrumentIsRejected() {
        DecisionRecord decision = new DecisionRecord(1, "ETH-USD", Direction.LONG, Direction.LONG, Direction.LONG, Direction.LONG);
        assertThatThrownBy(() -> new RunData("r", TimeFrame.ONE_DAY, 1000, List.of(SmallRun.bars()), List.of(), List.of(),
                List.of(decision), "")).hasMessageContaining("ETH-USD");
    }

    @Test
    void netPnlMustBeGrossMinusFees() {
        assertThatThrownBy(() -> new TradeRecord("X", Side.BUY, 1, 10, 2, 11, 1, Double.NaN, Double.NaN, 1, 0.1, 1,
                ExitReason.SIGNAL)).hasMessageContaining("minus fees");
    }

    @Test
    void equityPointsMustMoveForwardInTime() {
        assertThatThrownBy(() -> new RunData("r", TimeFrame.ONE_DAY, 1000, List.of(SmallRun.bars()),
                List.of(new EquityPoint(5, 1000, 1000, 0), new EquityPoint(4, 1000, 1000, 0)), List.of(), List.of(), ""))
                .hasMessageContaining("equity point 1");
    }

    @Test
    void aFillBelongsToTheBarClosingAtOrAfterIt() {
        InstrumentBars bars = SmallRun.bars();
        assertThat(bars.indexOfBarContaining(SmallRun.time(3))).isEqualTo(3);
        assertThat(bars.indexOfBarContaining(SmallRun.time(3) + 1)).isEqualTo(4);
        assertThat(bars.indexOfBarContaining(SmallRun.time(0) - SmallRun.DAY_NANOS)).isZero();
        assertThat(bars.indexOfBarContaining(SmallRun.time(20))).isEqualTo(9);
        assertThat(bars.indexAtOrBefore(SmallRun.time(3) + 1)).isEqualTo(3);
        assertThat(bars.indexAtOrBefore(SmallRun.time(0) - 1)).isEqualTo(-1);
    }
}
