package io.quantagent.backtest.metrics;

import io.quantagent.engine.bars.TimeFrame;
import java.time.Duration;

/**
 * The stated assumptions behind the metrics: the risk-free rate, how a year is counted, and the horizon of the
 * directional accuracy.
 *
 * <p>Periods per year (the annualisation factor for per-bar statistics) is
 * {@code tradingDaysPerYear * max(1, sessionSeconds / barSeconds)}: a market open 24/7 ({@link #continuous()})
 * has 365.25 trading days of 86,400 s, so 1-minute bars give 525,960 periods a year, 1-hour bars 8,766 and daily
 * bars 365.25; an exchange with 252 sessions of 6.5 hours ({@link #exchangeSessions}) gives 98,280 one-minute
 * bars a year and 252 daily bars (a bar longer than the session counts once per session).
 *
 * @param riskFreeRate annual risk-free rate as a fraction (0.04 is 4 % a year); per bar it is
 *     {@code (1 + riskFreeRate)^(1 / periodsPerYear) - 1}
 * @param daysPerYear calendar days in a year, for CAGR (elapsed calendar time in years)
 * @param tradingDaysPerYear days with trading in a year, for annualising per-bar statistics
 * @param sessionSeconds length of one day's trading, in seconds (86,400 for 24/7 markets)
 * @param accuracyHorizonBars N of the directional accuracy: a decision is right when the close N bars later moved
 *     in its direction
 */
public record MetricsSettings(
        double riskFreeRate, double daysPerYear, double tradingDaysPerYear, long sessionSeconds, int accuracyHorizonBars) {

    /** Calendar days in a Julian year, the default length of a year. */
    public static final double JULIAN_YEAR_DAYS = 365.25;

    /** Checks the ranges. */
    public MetricsSettings {
        if (!Double.isFinite(riskFreeRate) || riskFreeRate <= -1) {
            throw new IllegalArgumentException("riskFreeRate must be a finite fraction above -1, was " + riskFreeRate);
        }
        if (!(daysPerYear > 0) || !(tradingDaysPerYear > 0) || tradingDaysPerYear > daysPerYear) {
            throw new IllegalArgumentException("days per year must be positive, trading days no more than calendar days: "
                    + daysPerYear + ", " + tradingDaysPerYear);
        }
        if (sessionSeconds < 1 || sessionSeconds > TimeFrame.SECONDS_PER_DAY) {
            throw new IllegalArgumentException("sessionSeconds must be in [1, 86400], was " + sessionSeconds);
        }
        if (accuracyHorizonBars < 1) {
            throw new IllegalArgumentException("accuracyHorizonBars must be at least 1, was " + accuracyHorizonBars);
        }
    }

    /** A market that trades around the clock every day (crypto): 365.25 days of 24 h, risk-free rate 0, N = 1. */
    public static MetricsSettings continuous() {
        return continuous(JULIAN_YEAR_DAYS);
    }

    /**
     * A market that trades around the clock, with a year of {@code daysPerYear} days (365.2425 is the Gregorian
     * year that java.time and ta4j use); risk-free rate 0, N = 1.
     */
    public static MetricsSettings continuous(double daysPerYear) {
        return new MetricsSettings(0.0, daysPerYear, daysPerYear, TimeFrame.SECONDS_PER_DAY, 1);
    }

    /**
     * An exchange with {@code sessionsPerYear} sessions of {@code sessionLength} each (252 and 6.5 h for US
     * equities); years of 365.25 calendar days for CAGR, risk-free rate 0, N = 1.
     */
    public static MetricsSettings exchangeSessions(double sessionsPerYear, Duration sessionLength) {
        return new MetricsSettings(0.0, JULIAN_YEAR_DAYS, sessionsPerYear, sessionLength.toSeconds(), 1);
    }

    /** The same settings with another annual risk-free rate. */
    public MetricsSettings withRiskFreeRate(double rate) {
        return new MetricsSettings(rate, daysPerYear, tradingDaysPerYear, sessionSeconds, accuracyHorizonBars);
    }

    /** The same settings with another directional-accuracy horizon. */
    public MetricsSettings withAccuracyHorizonBars(int bars) {
        return new MetricsSettings(riskFreeRate, daysPerYear, tradingDaysPerYear, sessionSeconds, bars);
    }

    /** Bars of {@code timeFrame} in a year: {@code tradingDaysPerYear * max(1, sessionSeconds / barSeconds)}. */
    public double periodsPerYear(TimeFrame timeFrame) {
        return tradingDaysPerYear * Math.max(1.0, (double) sessionSeconds / timeFrame.seconds());
    }

    /** The risk-free rate per bar of {@code timeFrame}: {@code (1 + riskFreeRate)^(1 / periodsPerYear) - 1}. */
    public double riskFreeRatePerPeriod(TimeFrame timeFrame) {
        return Math.pow(1.0 + riskFreeRate, 1.0 / periodsPerYear(timeFrame)) - 1.0;
    }
}
