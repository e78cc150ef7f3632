package io.quantagent.agents.risk;

/**
 * Settings of the Risk agent.
 *
 * @param atrPeriod bars in Wilder's ATR (the first value appears on bar {@code atrPeriod})
 * @param volatilityWindow close-to-close log returns in the realised volatility (needs one bar more)
 * @param stopAtrMultiple stop distance from the entry, in ATRs
 * @param rewardRiskMin smallest reward-to-risk ratio of a target, at least 1.2 (the paper's lower bound)
 * @param rewardRiskMax largest reward-to-risk ratio of a target, at most 1.8 (the paper's upper bound)
 * @param riskFraction fraction of equity lost if a new position is stopped out, in (0, 1]
 * @param maxDrawdown drawdown from peak equity at which new entries are vetoed, in (0, 1]
 * @param maxExposure gross exposure limit as a fraction of equity (1 = no leverage)
 * @param maxStalenessNanos oldest allowed age of the last trade or bar at evaluation time
 * @param lotSize smallest tradable quantity; sizes are whole multiples of it
 * @param maxVolatility per-bar realised volatility (standard deviation of log returns) above which new entries
 *     are vetoed; also the scale of "calm" in the reward-to-risk rule; {@code +Infinity} disables the veto
 */
public record RiskParameters(
        int atrPeriod,
        int volatilityWindow,
        double stopAtrMultiple,
        double rewardRiskMin,
        double rewardRiskMax,
        double riskFraction,
        double maxDrawdown,
        double maxExposure,
        long maxStalenessNanos,
        double lotSize,
        double maxVolatility) {

    /** The paper's lower bound on the reward-to-risk ratio. */
    public static final double PAPER_REWARD_RISK_MIN = 1.2;
    /** The paper's upper bound on the reward-to-risk ratio. */
    public static final double PAPER_REWARD_RISK_MAX = 1.8;

    /** Checks every setting; an error names the one out of range. */
    public RiskParameters {
        if (atrPeriod < 1) {
            throw new IllegalArgumentException("atrPeriod must be at least 1, was " + atrPeriod);
        }
        if (volatilityWindow < 2) {
            throw new IllegalArgumentException("volatilityWindow must be at least 2, was " + volatilityWindow);
        }
        requirePositiveFinite("stopAtrMultiple", stopAtrMultiple);
        if (!(rewardRiskMin >= PAPER_REWARD_RISK_MIN && rewardRiskMin <= PAPER_REWARD_RISK_MAX)) {
            throw new IllegalArgumentException("rewardRiskMin must be in [1.2, 1.8], was " + rewardRiskMin);
        }
        if (!(rewardRiskMax >= PAPER_REWARD_RISK_MIN && rewardRiskMax <= PAPER_REWARD_RISK_MAX)) {
            throw new IllegalArgumentException("rewardRiskMax must be in [1.2, 1.8], was " + rewardRiskMax);
        }
        if (rewardRiskMin > rewardRiskMax) {
            throw new IllegalArgumentException(
                    "rewardRiskMin (" + rewardRiskMin + ") must not exceed rewardRiskMax (" + rewardRiskMax + ")");
        }
        if (!(riskFraction > 0 && riskFraction <= 1)) {
            throw new IllegalArgumentException("riskFraction must be in (0, 1], was " + riskFraction);
        }
        if (!(maxDrawdown > 0 && maxDrawdown <= 1)) {
            throw new IllegalArgumentException("maxDrawdown must be in (0, 1], was " + maxDrawdown);
        }
        requirePositiveFinite("maxExposure", maxExposure);
        if (maxStalenessNanos <= 0) {
            throw new IllegalArgumentException("maxStalenessNanos must be positive, was " + maxStalenessNanos);
        }
        requirePositiveFinite("lotSize", lotSize);
        if (!(maxVolatility > 0)) {
            throw new IllegalArgumentException("maxVolatility must be positive (or +Infinity), was " + maxVolatility);
        }
    }

    /**
     * ATR(14), volatility over 20 returns, stop at 1.5 ATR, reward-to-risk in [1.2, 1.8], 1% of equity at risk,
     * 20% maximum drawdown, exposure up to 1x equity, data at most 5 minutes old, lots of 1e-8 (a satoshi),
     * per-bar volatility at most 5%.
     */
    public static RiskParameters defaults() {
        return new RiskParameters(14, 20, 1.5, 1.2, 1.8, 0.01, 0.2, 1.0, 300_000_000_000L, 1e-8, 0.05);
    }

    /** These parameters with another lot size. */
    public RiskParameters withLotSize(double newLotSize) {
        return new RiskParameters(atrPeriod, volatilityWindow, stopAtrMultiple, rewardRiskMin, rewardRiskMax,
                riskFraction, maxDrawdown, maxExposure, maxStalenessNanos, newLotSize, maxVolatility);
    }

    /** These parameters with other ATR and volatility windows. */
    public RiskParameters withWindows(int newAtrPeriod, int newVolatilityWindow) {
        return new RiskParameters(newAtrPeriod, newVolatilityWindow, stopAtrMultiple, rewardRiskMin, rewardRiskMax,
                riskFraction, maxDrawdown, maxExposure, maxStalenessNanos, lotSize, maxVolatility);
    }

    private static void requirePositiveFinite(String name, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be positive and finite, was " + value);
        }
    }
}
