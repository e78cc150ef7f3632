package io.quantagent.agents.fusion;

import io.quantagent.agents.risk.RiskAgent;
import io.quantagent.agents.risk.RiskParameters;
import io.quantagent.agents.risk.RiskReport;

/** Risk agents fed with a few identical bars, so their reports have known levels. */
final class RiskFixtures {

    static final long MINUTE = 60_000_000_000L;
    /** Close time of the last warm-up bar: the evaluation time of {@link #calm}'s report. */
    static final long LAST_BAR = FixedReport.BAR_TIME;
    static final RiskParameters PARAMETERS = RiskParameters.defaults().withWindows(3, 2).withLotSize(1.0);

    private RiskFixtures() {
    }

    /** A warmed-up agent: price 100, ATR 2 (stop distance 3), zero volatility, 10,000 equity, size 33. */
    static RiskAgent calmAgent(double equity, double peakEquity, double exposure) {
        RiskAgent agent = new RiskAgent(PARAMETERS);
        agent.account(equity, peakEquity, exposure);
        for (int i = 2; i >= 0; i--) {
            agent.onBar(LAST_BAR - i * MINUTE, 100, 101, 99, 100, 5);
        }
        return agent;
    }

    /** The report of {@link #calmAgent} with a healthy account: no veto. */
    static RiskReport calm() {
        return calmAgent(10_000, 10_000, 0).report();
    }

    /** The calm report evaluated an hour after the last bar: vetoed as stale. */
    static RiskReport stale() {
        return calmAgent(10_000, 10_000, 0).evaluate(LAST_BAR + 60 * MINUTE);
    }

    /** A report before any bar: not warmed up, no levels. */
    static RiskReport cold() {
        return new RiskAgent(PARAMETERS).evaluate(LAST_BAR);
    }
}
