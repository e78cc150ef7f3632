package io.quantagent.agents.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A feed the caller says is stale vetoes new entries as stale data, until it says the feed is current again. */
class RiskAgentFeedStaleTest {

    private static final long T0 = 1_700_000_000_000_000_000L;
    private static final long MINUTE = 60_000_000_000L;

    @Test
    void aStaleFeedVetoesAsStaleDataUntilItIsCurrentAgain() {
        RiskAgent agent = new RiskAgent(RiskParameters.defaults().withWindows(3, 2).withLotSize(1.0));
        agent.account(10_000, 10_000, 0);
        for (int i = 0; i < 3; i++) {
            agent.onBar(T0 + i * MINUTE, 100, 101, 99, 100, 5);
        }
        assertThat(agent.evaluate(T0 + 2 * MINUTE).veto()).isEqualTo(VetoReason.NONE);

        agent.feedStale(true);
        assertThat(agent.evaluate(T0 + 2 * MINUTE).veto()).isEqualTo(VetoReason.STALE_DATA);
        assertThat(agent.onBar(T0 + 3 * MINUTE, 100, 101, 99, 100, 5).veto()).isEqualTo(VetoReason.STALE_DATA);

        agent.feedStale(false);
        assertThat(agent.evaluate(T0 + 3 * MINUTE).veto()).isEqualTo(VetoReason.NONE);
    }

    @Test
    void notWarmedUpComesFirst() {
        RiskAgent agent = new RiskAgent(RiskParameters.defaults().withWindows(3, 2).withLotSize(1.0));
        agent.account(10_000, 10_000, 0);
        agent.feedStale(true);
        assertThat(agent.onBar(T0, 100, 101, 99, 100, 5).veto()).isEqualTo(VetoReason.NOT_WARMED_UP);
    }
}
