package io.quantagent.engine.config;

import java.time.Duration;

/**
 * The Risk agent (section {@code agents.risk}): stops, targets and position size from the market's risk.
 *
 * @param atrPeriod ATR period in bars, 2 to 500; default 14
 * @param stopAtrMultiple the stop-loss sits this many ATRs from the entry, greater than 0 and at most 20;
 *     default 1.5
 * @param rewardRiskMin the smallest reward-to-risk ratio of a take-profit, 1.2 to 1.8 (the paper's range);
 *     default 1.2
 * @param rewardRiskMax the largest reward-to-risk ratio, 1.2 to 1.8 and at least {@code rewardRiskMin};
 *     default 1.8
 * @param riskFraction the fraction of equity lost if a trade's stop is hit, greater than 0 and at most 0.1;
 *     default 0.01 (1 %)
 * @param maxDrawdown no new positions once equity is this fraction below its peak, greater than 0 and at
 *     most 1; default 0.2
 * @param maxStaleness no new positions when the last event is older than this (event time), 1s to 1d;
 *     default {@code 5m}
 */
public record RiskAgentConfig(
        int atrPeriod,
        double stopAtrMultiple,
        double rewardRiskMin,
        double rewardRiskMax,
        double riskFraction,
        double maxDrawdown,
        Duration maxStaleness) {

    private static final RiskAgentConfig DEFAULTS = new RiskAgentConfig(14, 1.5, 1.2, 1.8, 0.01, 0.2, Duration.ofMinutes(5));

    public RiskAgentConfig {
        Checks checks = new Checks()
                .between("atrPeriod", atrPeriod, 2, 500)
                .aboveAtMost("stopAtrMultiple", stopAtrMultiple, 0, 20)
                .between("rewardRiskMin", rewardRiskMin, 1.2, 1.8)
                .between("rewardRiskMax", rewardRiskMax, 1.2, 1.8)
                .aboveAtMost("riskFraction", riskFraction, 0, 0.1)
                .aboveAtMost("maxDrawdown", maxDrawdown, 0, 1)
                .between("maxStaleness", maxStaleness, Duration.ofSeconds(1), Duration.ofDays(1));
        checks.require(!(rewardRiskMax < rewardRiskMin), "rewardRiskMax",
                        "must be at least rewardRiskMin (" + Checks.text(rewardRiskMin) + "), was " + Checks.text(rewardRiskMax))
                .done();
    }

    /** ATR(14), stops 1.5 ATR away, reward-to-risk 1.2 to 1.8, 1 % at risk per trade, 20 % drawdown, 5 min staleness. */
    public static RiskAgentConfig defaults() {
        return DEFAULTS;
    }
}
