package io.quantagent.agents.indicator;

/**
 * Periods and zone thresholds of the Indicator agent. {@link #defaults()} holds the paper's values.
 *
 * @param rsiPeriod RSI period (Wilder smoothing), at least 2
 * @param rsiOverbought RSI above this reads overbought, in (rsiOversold, 100]
 * @param rsiOversold RSI below this reads oversold, in [0, rsiOverbought)
 * @param macdFastPeriod MACD fast EMA period, at least 1 and below the slow period
 * @param macdSlowPeriod MACD slow EMA period
 * @param macdSignalPeriod period of the EMA of the MACD line (the signal line), at least 1
 * @param stochasticPeriod look-back of the raw (fast) stochastic %K, at least 1
 * @param stochasticKSmoothing SMA period that turns the raw %K into the (slow) %K reported, at least 1
 * @param stochasticDPeriod SMA period of the slow %K that gives %D, at least 1
 * @param stochasticOverbought slow %K above this reads overbought, in (stochasticOversold, 100]
 * @param stochasticOversold slow %K below this reads oversold, in [0, stochasticOverbought)
 * @param rocPeriod rate-of-change look-back, at least 1
 * @param williamsRPeriod Williams %R look-back, at least 1
 * @param williamsROverbought %R above this reads overbought, in (williamsROversold, 0]
 * @param williamsROversold %R below this reads oversold, in [-100, williamsROverbought)
 */
public record IndicatorParameters(
        int rsiPeriod, double rsiOverbought, double rsiOversold,
        int macdFastPeriod, int macdSlowPeriod, int macdSignalPeriod,
        int stochasticPeriod, int stochasticKSmoothing, int stochasticDPeriod,
        double stochasticOverbought, double stochasticOversold,
        int rocPeriod,
        int williamsRPeriod, double williamsROverbought, double williamsROversold) {

    public IndicatorParameters {
        requireAtLeast("rsiPeriod", rsiPeriod, 2);
        requireZones("rsi", rsiOversold, rsiOverbought, 0, 100);
        requireAtLeast("macdFastPeriod", macdFastPeriod, 1);
        requireAtLeast("macdSignalPeriod", macdSignalPeriod, 1);
        if (macdSlowPeriod <= macdFastPeriod) {
            throw new IllegalArgumentException("macdSlowPeriod must be greater than macdFastPeriod ("
                    + macdFastPeriod + "), was " + macdSlowPeriod);
        }
        requireAtLeast("stochasticPeriod", stochasticPeriod, 1);
        requireAtLeast("stochasticKSmoothing", stochasticKSmoothing, 1);
        requireAtLeast("stochasticDPeriod", stochasticDPeriod, 1);
        requireZones("stochastic", stochasticOversold, stochasticOverbought, 0, 100);
        requireAtLeast("rocPeriod", rocPeriod, 1);
        requireAtLeast("williamsRPeriod", williamsRPeriod, 1);
        requireZones("williamsR", williamsROversold, williamsROverbought, -100, 0);
    }

    /**
     * The paper's settings: RSI(14) with 70/30, MACD(12, 26, 9), Stochastic(14, 3, 3) with 80/20, ROC(10),
     * Williams %R(14) with -20/-80.
     */
    public static IndicatorParameters defaults() {
        return new IndicatorParameters(14, 70, 30, 12, 26, 9, 14, 3, 3, 80, 20, 10, 14, -20, -80);
    }

    /** Bars needed before RSI has a value: ta4j seeds Wilder's averages with the change at bar {@code period + 1}. */
    public int rsiWarmUpBars() {
        return rsiPeriod + 1;
    }

    /** Bars needed before the MACD line has a value: ta4j seeds the slow EMA with the close of bar {@code slow + 1}. */
    public int macdWarmUpBars() {
        return macdSlowPeriod + 1;
    }

    /** Bars needed before the signal line and histogram count: the signal EMA has seen a full period of MACD. */
    public int macdSignalWarmUpBars() {
        return macdSlowPeriod + macdSignalPeriod + 1;
    }

    /** Bars needed before the slow %K has a value: a full raw %K window, then its smoothing window. */
    public int stochasticKWarmUpBars() {
        return stochasticPeriod + stochasticKSmoothing - 1;
    }

    /** Bars needed before %D has a value: a full window of slow %K values. */
    public int stochasticDWarmUpBars() {
        return stochasticKWarmUpBars() + stochasticDPeriod - 1;
    }

    /** Bars needed before ROC has a value: the bar {@code period} bars back must exist. */
    public int rocWarmUpBars() {
        return rocPeriod + 1;
    }

    /** Bars needed before Williams %R has a value: one full look-back window. */
    public int williamsRWarmUpBars() {
        return williamsRPeriod;
    }

    /** Bars needed before every reading has a value, and so before the agent reports a direction. */
    public int warmUpBars() {
        int bars = Math.max(rsiWarmUpBars(), macdSignalWarmUpBars());
        bars = Math.max(bars, Math.max(stochasticDWarmUpBars(), stochasticKWarmUpBars()));
        bars = Math.max(bars, Math.max(rocWarmUpBars(), williamsRWarmUpBars()));
        return Math.max(bars, macdWarmUpBars());
    }

    private static void requireAtLeast(String name, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be at least " + least + ", was " + value);
        }
    }

    private static void requireZones(String name, double oversold, double overbought, double min, double max) {
        if (!(oversold >= min && oversold < overbought && overbought <= max)) {
            throw new IllegalArgumentException(name + "Oversold and " + name + "Overbought must satisfy " + min
                    + " <= oversold < overbought <= " + max + ", were " + oversold + " and " + overbought);
        }
    }
}
