package io.quantagent.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.agents.Direction;
import io.quantagent.engine.config.AgentsConfig;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.RiskAgentConfig;
import io.quantagent.engine.data.Scales;
import io.quantagent.engine.execution.CancelReason;
import io.quantagent.engine.execution.OrderType;
import io.quantagent.engine.execution.Side;
import io.quantagent.engine.feed.Instrument;
import io.quantagent.engine.risk.RejectReason;
import io.quantagent.engine.risk.RiskEventKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the execution stage makes of intents: open a sized bracket when flat, hold, close on the opposite, halt. */
class ExecutionStageTest {

    private static final long U = 100_000_000L;
    private static final long T0 = 1_704_067_200_000_000_000L;

    private final MarketEvent event = new MarketEvent();
    private ExecutionStage stage = stage(EngineConfig.defaults());
    private long sequence;

    private static ExecutionStage stage(EngineConfig config) {
        return new ExecutionStage(config, List.of(new Instrument(0, "X", Scales.DEFAULT),
                new Instrument(1, "Y", Scales.DEFAULT)));
    }

    /** A trade of one unit at {@code price}, with an intent when {@code direction} is not neutral. */
    private List<String> trade(int instrument, long price, Direction direction, long stop, long target) {
        event.input.trade(sequence, instrument, T0 + sequence * 1_000_000_000L, price, U);
        sequence++;
        event.decision.clear();
        if (direction != Direction.NEUTRAL) {
            event.decision.intend(direction, price, stop, target);
        }
        stage.onEvent(event);
        return entries();
    }

    private List<String> trade(int instrument, long price) {
        return trade(instrument, price, Direction.NEUTRAL, 0, 0);
    }

    private List<String> entries() {
        ExecutionSection s = event.execution;
        List<String> list = new ArrayList<>();
        for (int i = 0; i < s.count(); i++) {
            list.add(switch (s.kind(i)) {
                case ACTION -> "ACTION " + ExecutionAction.ofOrdinal((int) s.field(i, 0)) + " " + s.field(i, 1) + " "
                        + s.field(i, 2) + " order " + s.field(i, 5);
                case ORDER_ACCEPTED -> "ORDER " + s.field(i, 0) + " " + Side.values()[(int) s.field(i, 1)] + " "
                        + OrderType.values()[(int) s.field(i, 2)] + " " + s.field(i, 4) + " x " + s.field(i, 5)
                        + " parent " + s.field(i, 6);
                case ORDER_REJECTED -> "REJECT " + s.field(i, 0) + " " + RejectReason.values()[(int) s.field(i, 1)];
                case FILL -> "FILL " + s.field(i, 0) + " " + Side.values()[(int) s.field(i, 1)] + " " + s.field(i, 2)
                        + " x " + s.field(i, 3) + " fee " + s.field(i, 4);
                case ORDER_CANCELLED -> "CANCEL " + s.field(i, 0) + " "
                        + CancelReason.values()[(int) s.field(i, 1)];
                case RISK_EVENT -> "RISK " + RiskEventKind.values()[(int) s.field(i, 0)] + " " + s.instrument(i);
            });
        }
        return list;
    }

    @Test
    void flatOpensABracketSizedByTheRiskFractionOfEquityOverTheStopDistance() {
        // 1 % of 100,000 over a stop 10 away is 100 units, worth exactly the 100,000 position limit at 1,000.
        assertThat(trade(0, 1_000 * U, Direction.LONG, 990 * U, 1_015 * U)).containsExactly(
                "ACTION OPEN 1 " + 100 * U + " order 1",
                "ORDER 1 BUY MARKET 0 x " + 100 * U + " parent 0",
                "ORDER 2 SELL STOP " + 990 * U + " x " + 100 * U + " parent 1",
                "ORDER 3 SELL LIMIT " + 1_015 * U + " x " + 100 * U + " parent 1");
        assertThat(trade(0, 1_001 * U)).containsExactly("FILL 1 BUY " + 1_001 * U + " x " + 100 * U + " fee "
                + 100_10000000L);
        assertThat(stage.portfolio().position(0)).isEqualTo(100 * U);
    }

    @Test
    void theSizeIsCappedByThePositionLimit() {
        // A stop 1 away would risk 1 % on 1,000 units; the 100,000 limit allows 50 at 2,000.
        assertThat(trade(0, 2_000 * U, Direction.SHORT, 2_001 * U, 1_998 * U)).startsWith(
                "ACTION OPEN -1 " + 50 * U + " order 1", "ORDER 1 SELL MARKET 0 x " + 50 * U + " parent 0");
    }

    @Test
    void theSameDirectionHoldsAndTheOppositeClosesWithoutReversing() {
        trade(0, 1_000 * U, Direction.LONG, 990 * U, 1_015 * U);
        trade(0, 1_000 * U);

        assertThat(trade(0, 1_002 * U, Direction.LONG, 992 * U, 1_017 * U)).containsExactly(
                "ACTION HOLD 1 0 order 0");
        assertThat(trade(0, 1_003 * U, Direction.SHORT, 1_013 * U, 988 * U)).containsExactly(
                "ACTION CLOSE -1 " + 100 * U + " order 4",
                "ORDER 4 SELL MARKET 0 x " + 100 * U + " parent 0");
        assertThat(trade(0, 1_004 * U)).containsExactly("CANCEL 2 REQUESTED", "CANCEL 3 REQUESTED",
                "FILL 4 SELL " + 1_004 * U + " x " + 100 * U + " fee " + 100_40000000L);
        assertThat(stage.portfolio().position(0)).isZero();
        assertThat(stage.broker().openOrderCount()).isZero();
    }

    @Test
    void anOppositeIntentCancelsAnEntryStillOnItsWay() {
        stage = stage(EngineConfig.defaults().withBroker(new io.quantagent.engine.config.BrokerConfig(
                new java.math.BigDecimal(100_000), "USD", java.math.BigDecimal.TEN, java.math.BigDecimal.ZERO, 0,
                Duration.ofMinutes(1))));
        trade(0, 1_000 * U, Direction.LONG, 990 * U, 1_015 * U);

        assertThat(trade(0, 1_000 * U, Direction.SHORT, 1_010 * U, 985 * U)).containsExactly(
                "ACTION CLOSE -1 0 order 0");
    }

    @Test
    void aFaultBeforeExecutionHaltsTheInstrumentReduceOnlyAndTheOtherTradesOn() {
        event.faults.set(StageId.INDICATOR, FaultSection.FAULT, "IllegalStateException: boom");
        assertThat(trade(1, 500 * U)).containsExactly("RISK INSTRUMENT_HALTED 1");
        event.faults.set(StageId.INDICATOR, FaultSection.OK, null);

        assertThat(trade(1, 500 * U, Direction.LONG, 495 * U, 510 * U)).containsExactly(
                "ACTION OPEN 1 " + 200 * U + " order 1", "REJECT 1 INSTRUMENT_HALTED");
        assertThat(trade(0, 1_000 * U, Direction.LONG, 990 * U, 1_015 * U)).contains(
                "ORDER 4 BUY MARKET 0 x " + 100 * U + " parent 0");
    }

    @Test
    void noNewPositionOnceEquityIsDownByTheMaximumDrawdown() {
        AgentsConfig agents = EngineConfig.defaults().agents();
        stage = stage(EngineConfig.defaults().withAgents(new AgentsConfig(agents.indicator(), agents.pattern(),
                agents.trend(), new RiskAgentConfig(14, 1.5, 1.2, 1.8, 0.01, 0.0001, Duration.ofMinutes(5)),
                agents.fusion())));
        trade(0, 1_000 * U, Direction.LONG, 990 * U, 1_015 * U);
        trade(0, 1_000 * U);
        trade(0, 1_000 * U, Direction.SHORT, 1_010 * U, 985 * U);
        trade(0, 1_000 * U);
        assertThat(stage.portfolio().position(0)).isZero();

        assertThat(trade(0, 1_000 * U, Direction.LONG, 990 * U, 1_015 * U)).containsExactly(
                "ACTION SKIP_DRAWDOWN 1 0 order 0");
    }
}
