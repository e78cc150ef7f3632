package io.quantagent.agents.risk;

import io.quantagent.agents.Direction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RiskAgentTest {

    private static final long T0 = 1_700_000_000_000_000_000L;
    private static final long MINUTE = 60_000_000_000L;
    private static final double EPS = 1e-9;

    /** ATR(3), volatility over 2 returns, whole lots: warm after three bars. */
    private static final RiskParameters PARAMETERS = RiskParameters.defaults().withWindows(3, 2).withLotSize(1.0);

    @Test
    void vetoesAsNotWarmedUpUntilBothWindowsAreFull() {
        RiskAgent agent = new RiskAgent(PARAMETERS);
        agent.account(10_000, 10_000, 0);

        RiskReport first = agent.onBar(T0, 100, 101, 99, 100, 5);
        assertThat(first.veto()).isEqualTo(VetoReason.NOT_WARMED_UP);
        assertThat(first.atr()).isNaN();
        assertThat(first.hasLevels()).isFalse();
        assertThat(first.longStop()).isNaN();
        assertThat(first.size()).isZero();
        assertThat(agent.onBar(T0 + MINUTE, 100, 101, 99, 100, 5).veto()).isEqualTo(VetoReason.NOT_WARMED_UP);

        RiskReport third = agent.onBar(T0 + 2 * MINUTE, 100, 101, 99, 100, 5);
        assertThat(third.veto()).isEqualTo(VetoReason.NONE);
        assertThat(third.atr()).isEqualTo(2.0);
        assertThat(third.volatility()).isZero();
        assertThat(third.timeNanos()).isEqualTo(T0 + 2 * MINUTE);
    }

    @Test
    void setsStopsAtTheAtrMultipleAndTargetsAtTheRewardRiskRatio() {
        RiskReport r = warmAgent(10_000, 10_000, 0).report();

        // ATR 2, stop distance 3; zero volatility is the calmest market: ratio 1.8
        assertThat(r.referencePrice()).isEqualTo(100.0);
        assertThat(r.stopDistance()).isEqualTo(3.0);
        assertThat(r.calm()).isEqualTo(1.0);
        assertThat(r.rewardRisk()).isCloseTo(1.8, within(EPS));
        assertThat(r.longStop()).isEqualTo(97.0);
        assertThat(r.longTarget()).isCloseTo(105.4, within(EPS));
        assertThat(r.shortStop()).isEqualTo(103.0);
        assertThat(r.shortTarget()).isCloseTo(94.6, within(EPS));
        assertThat(r.stop(Direction.NEUTRAL)).isNaN();
        assertThat(r.target(Direction.NEUTRAL, 0.5)).isNaN();
    }

    @Test
    void aimsFurtherWhenTheMarketIsCalmOrTheDecisionConfident() {
        double volatility = Math.sqrt(2) * Math.log(1.01);   // closes alternating 100, 101: |r| = ln 1.01
        RiskParameters halfCalm = new RiskParameters(3, 2, 1.5, 1.2, 1.8, 0.01, 0.2, 1.0, 300_000_000_000L, 1.0,
                2 * volatility);
        RiskAgent agent = new RiskAgent(halfCalm);
        agent.account(10_000, 10_000, 0);
        agent.onBar(T0, 100, 101, 99, 100, 1);
        agent.onBar(T0 + MINUTE, 101, 101.5, 100, 101, 1);
        RiskReport r = agent.onBar(T0 + 2 * MINUTE, 101, 101, 99.5, 100, 1);

        assertThat(r.volatility()).isCloseTo(volatility, within(1e-15));
        assertThat(r.calm()).isCloseTo(0.5, within(EPS));
        assertThat(r.rewardRisk(0)).isCloseTo(1.5, within(EPS));
        assertThat(r.rewardRisk(0.3)).isCloseTo(1.5, within(EPS));    // calm dominates a weak decision
        assertThat(r.rewardRisk(0.8)).isCloseTo(1.68, within(EPS));   // a confident decision aims further
        assertThat(r.rewardRisk(7)).isCloseTo(1.8, within(EPS));      // clamped
        assertThat(r.rewardRisk(Double.NaN)).isCloseTo(1.5, within(EPS));
        assertThat(r.target(Direction.LONG, 0.8)).isCloseTo(100 + 1.68 * r.stopDistance(), within(EPS));
    }

    @Test
    void sizesFromTheFractionOfEquityAtRiskFlooredToLots() {
        RiskReport r = warmAgent(10_000, 10_000, 0).report();

        // 1% of 10,000 = 100 at risk over a stop distance of 3: 33.3 -> 33 whole lots
        assertThat(r.size()).isEqualTo(33.0);
    }

    @Test
    void capsTheSizeByTheExposureLeft() {
        RiskReport r = warmAgent(10_000, 10_000, 0.9).report();

        // (1.0 - 0.9) x 10,000 / 100 = 10 units
        assertThat(r.size()).isCloseTo(10.0, within(EPS));
        assertThat(r.veto()).isEqualTo(VetoReason.NONE);
    }

    @Test
    void floorsToFractionalLotsWithoutLosingOneToRounding() {
        RiskAgent agent = new RiskAgent(PARAMETERS.withLotSize(0.1));
        agent.account(9, 9, 0);   // 0.09 at risk over a stop of 0.3: 0.3 units, which doubles put a hair under 3 lots
        for (int i = 0; i < 3; i++) {
            agent.onBar(T0 + i * MINUTE, 1, 1.1, 0.9, 1, 1);
        }
        RiskReport r = agent.report();

        assertThat(r.stopDistance()).isCloseTo(0.3, within(1e-12));
        assertThat(r.size()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void vetoesStaleDataAfterTheMaximumAgeAndTicksRefreshIt() {
        RiskAgent agent = warmAgent(10_000, 10_000, 0);
        long lastBar = T0 + 2 * MINUTE;

        assertThat(agent.evaluate(lastBar + 5 * MINUTE).veto()).isEqualTo(VetoReason.NONE);
        RiskReport late = agent.evaluate(lastBar + 5 * MINUTE + 1);
        assertThat(late.veto()).isEqualTo(VetoReason.STALE_DATA);
        assertThat(late.stalenessNanos()).isEqualTo(5 * MINUTE + 1);

        agent.onTick(lastBar + 4 * MINUTE, 100.5);
        RiskReport fresh = agent.evaluate(lastBar + 5 * MINUTE + 1);
        assertThat(fresh.veto()).isEqualTo(VetoReason.NONE);
        assertThat(fresh.stalenessNanos()).isEqualTo(MINUTE + 1);
    }

    @Test
    void ticksMoveTheReferencePriceAndTheLevelsWithIt() {
        RiskAgent agent = warmAgent(10_000, 10_000, 0);
        agent.onTick(T0 + 3 * MINUTE, 110);
        agent.onTick(T0 + 2 * MINUTE + 1, 50);   // older than the last data: ignored
        agent.onTick(T0 + 3 * MINUTE, Double.NaN);

        RiskReport r = agent.evaluate(T0 + 3 * MINUTE);
        assertThat(r.referencePrice()).isEqualTo(110.0);
        assertThat(r.longStop()).isEqualTo(107.0);
        assertThat(r.shortStop()).isEqualTo(113.0);
    }

    @Test
    void vetoesAtTheMaximumDrawdown() {
        assertThat(warmAgent(8_001, 10_000, 0).report().veto()).isEqualTo(VetoReason.NONE);
        RiskReport r = warmAgent(8_000, 10_000, 0).report();
        assertThat(r.drawdown()).isCloseTo(0.2, within(EPS));
        assertThat(r.veto()).isEqualTo(VetoReason.MAX_DRAWDOWN);
    }

    @Test
    void measuresDrawdownFromTheLargerOfPeakAndEquity() {
        assertThat(warmAgent(12_000, 10_000, 0).report().drawdown()).isZero();
    }

    @Test
    void vetoesWhenTheExposureLimitIsUsedUp() {
        assertThat(warmAgent(10_000, 10_000, 1.0).report().veto()).isEqualTo(VetoReason.MAX_EXPOSURE);
        assertThat(warmAgent(10_000, 10_000, 1.5).report().size()).isZero();
    }

    @Test
    void vetoesWhenTheBudgetBuysNoLot() {
        RiskReport r = warmAgent(200, 200, 0).report();   // 2 at risk over 3 = 0.67 units, below one lot
        assertThat(r.size()).isZero();
        assertThat(r.veto()).isEqualTo(VetoReason.ZERO_SIZE);
    }

    @Test
    void vetoesWithoutEquity() {
        RiskAgent agent = new RiskAgent(PARAMETERS);
        for (int i = 0; i < 3; i++) {
            agent.onBar(T0 + i * MINUTE, 100, 101, 99, 100, 1);
        }
        assertThat(agent.report().veto()).isEqualTo(VetoReason.NO_EQUITY);
        assertThat(agent.report().drawdown()).isNaN();
        agent.account(-5, 10_000, 0);
        assertThat(agent.evaluate(T0 + 2 * MINUTE).veto()).isEqualTo(VetoReason.NO_EQUITY);
    }

    @Test
    void vetoesFlatBarsAsZeroRange() {
        RiskAgent agent = new RiskAgent(PARAMETERS);
        agent.account(10_000, 10_000, 0);
        for (int i = 0; i < 3; i++) {
            agent.onBar(T0 + i * MINUTE, 100, 100, 100, 100, 1);
        }
        assertThat(agent.report().veto()).isEqualTo(VetoReason.ZERO_RANGE);
        assertThat(agent.report().hasLevels()).isFalse();
        assertThat(agent.report().size()).isZero();
    }

    @Test
    void vetoesVolatilityAboveTheMaximum() {
        RiskAgent agent = new RiskAgent(PARAMETERS);
        agent.account(10_000, 10_000, 0);
        agent.onBar(T0, 100, 101, 99, 100, 1);
        agent.onBar(T0 + MINUTE, 100, 111, 99, 110, 1);
        RiskReport r = agent.onBar(T0 + 2 * MINUTE, 110, 111, 95, 96, 1);

        assertThat(r.volatility()).isGreaterThan(0.05);
        assertThat(r.veto()).isEqualTo(VetoReason.VOLATILITY_TOO_HIGH);
        assertThat(r.calm()).isZero();
        assertThat(r.hasLevels()).isTrue();
    }

    @Test
    void vetoesALongStopThatWouldFallToZero() {
        RiskParameters wideStops = new RiskParameters(3, 2, 1.5, 1.2, 1.8, 0.01, 0.2, 1.0, 300_000_000_000L, 1e-8,
                Double.POSITIVE_INFINITY);
        RiskAgent agent = new RiskAgent(wideStops);
        agent.account(10_000, 10_000, 0);
        for (int i = 0; i < 3; i++) {
            agent.onBar(T0 + i * MINUTE, 1, 1.5, 0.5, 1, 1);   // ATR 1, stop distance 1.5 > price 1
        }
        assertThat(agent.report().veto()).isEqualTo(VetoReason.VOLATILITY_TOO_HIGH);
    }

    @Test
    void checksTheMarketBeforeTheAccount() {
        RiskAgent agent = warmAgent(5_000, 10_000, 2.0);   // drawdown and exposure both over their limits
        assertThat(agent.report().veto()).isEqualTo(VetoReason.MAX_DRAWDOWN);
        assertThat(agent.evaluate(T0 + 60 * MINUTE).veto()).isEqualTo(VetoReason.STALE_DATA);
    }

    @Test
    void rejectsAnInconsistentBarWithItsValues() {
        RiskAgent agent = new RiskAgent(PARAMETERS);
        assertThatThrownBy(() -> agent.onBar(T0, 100, 99, 101, 100, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad bar at " + T0).hasMessageContaining("high 99.0");
        assertThatThrownBy(() -> agent.onBar(T0, 100, 101, 99, Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> agent.onBar(T0, 100, 101, 0, 100, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> agent.onBar(T0, 100, 101, 99, 100, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNonFiniteAccountFigures() {
        RiskAgent agent = new RiskAgent(PARAMETERS);
        assertThatThrownBy(() -> agent.account(Double.NaN, 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("equity NaN");
        assertThatThrownBy(() -> agent.account(1, 1, -0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copiesAreIndependentOfTheAgentsReusedReport() {
        RiskAgent agent = warmAgent(10_000, 10_000, 0);
        RiskReport kept = agent.report().copy();
        agent.evaluate(T0 + 60 * MINUTE);

        assertThat(agent.report().veto()).isEqualTo(VetoReason.STALE_DATA);
        assertThat(kept.veto()).isEqualTo(VetoReason.NONE);
        assertThat(kept).usingRecursiveComparison().isNotEqualTo(agent.report());
        RiskReport into = new RiskReport(RiskParameters.defaults());
        into.copyFrom(agent.report());
        assertThat(into).usingRecursiveComparison().isEqualTo(agent.report());
    }

    /** ATR 2, zero volatility, price 100, evaluated at the third bar's close. */
    static RiskAgent warmAgent(double equity, double peakEquity, double exposure) {
        RiskAgent agent = new RiskAgent(PARAMETERS);
        agent.account(equity, peakEquity, exposure);
        for (int i = 0; i < 3; i++) {
            agent.onBar(T0 + i * MINUTE, 100, 101, 99, 100, 5);
        }
        return agent;
    }
}
