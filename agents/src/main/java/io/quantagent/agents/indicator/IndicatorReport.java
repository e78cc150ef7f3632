package io.quantagent.agents.indicator;

import io.quantagent.agents.Direction;
import io.quantagent.agents.DirectionalReport;

/**
 * What the Indicator agent read on the bar just closed: the five indicators' values, their discrete readings,
 * the vote they add up to, and a momentum figure.
 *
 * <p>Every value is NaN until its indicator is warmed up (see the {@code ...WarmUpBars()} methods of
 * {@link IndicatorParameters}); a reading without a value is {@link OscillatorZone#NEUTRAL} or 0. The report
 * has a direction only once every indicator is warmed up.
 *
 * <p><b>The vote.</b> {@link #vote()} adds, each in {-1, 0, +1} unless said otherwise:
 * <ul>
 *   <li>the RSI, Stochastic (slow %K) and Williams %R zones read as mean reversion: oversold +1 (bullish),
 *       overbought -1 (bearish). This is how the paper's indicator prompt reads them ("extreme overbought or
 *       oversold levels" as reversal signals next to momentum signals), and it is the reading that makes the
 *       oscillators add information the momentum indicators do not already carry;</li>
 *   <li>MACD: +2 or -2 on the bar of a bullish or bearish crossing of the signal line (the paper weighs
 *       crossings higher), otherwise the sign of the histogram;</li>
 *   <li>the sign of ROC.</li>
 * </ul>
 * The vote lies in [-6, 6]; the direction is its sign and the strength {@code |vote| / 6}.
 *
 * <p><b>Momentum.</b> {@link #momentum()} is {@code (tanh(h / s) + tanh(c / (s * sqrt(n)))) / 2}, with
 * {@code h} the MACD histogram, {@code c} the close-to-close change over the ROC period {@code n} (the
 * numerator of ROC) and {@code s} Wilder's mean absolute close-to-close change over the RSI period (the sum of
 * RSI's average gain and average loss). Both parts compare a move to the typical move of one bar (of
 * {@code n} bars for a random walk), so the figure is free of price scale and time frame. It lies in [-1, 1],
 * is 0 before warm-up, and its sign is the recent direction of price.
 *
 * <p>The agent reuses one report; a reader that keeps it past the next bar copies it with {@link #copyFrom}.
 */
public final class IndicatorReport implements DirectionalReport {

    /** The largest possible |vote|: three oscillator votes, a MACD crossing (2) and ROC. */
    public static final int MAX_VOTE = 6;

    long barCloseTimeNanos = Long.MIN_VALUE;
    Direction direction = Direction.NEUTRAL;
    double strength;
    int barsSinceSignal = Integer.MAX_VALUE;
    boolean warmedUp;

    double rsi = Double.NaN;
    double macd = Double.NaN;
    double macdSignal = Double.NaN;
    double macdHistogram = Double.NaN;
    double stochasticK = Double.NaN;
    double stochasticD = Double.NaN;
    double roc = Double.NaN;
    double williamsR = Double.NaN;

    OscillatorZone rsiZone = OscillatorZone.NEUTRAL;
    OscillatorZone stochasticZone = OscillatorZone.NEUTRAL;
    OscillatorZone williamsRZone = OscillatorZone.NEUTRAL;
    int macdCrossing;
    int vote;
    double momentum;

    /** An empty report (no bar yet, nothing warmed up), for instance to {@link #copyFrom copy} one into. */
    public IndicatorReport() {
    }

    @Override
    public Direction direction() {
        return direction;
    }

    @Override
    public double strength() {
        return strength;
    }

    /**
     * Bars since the most recent MACD crossing or oscillator zone entry (an RSI, Stochastic or Williams %R
     * reading entering overbought or oversold); {@code Integer.MAX_VALUE} when neutral or when none has happened.
     */
    @Override
    public int barsSinceSignal() {
        return barsSinceSignal;
    }

    @Override
    public long barCloseTimeNanos() {
        return barCloseTimeNanos;
    }

    /** Whether every indicator has a value (the agent has seen {@link IndicatorParameters#warmUpBars()} bars). */
    public boolean warmedUp() {
        return warmedUp;
    }

    /** RSI (Wilder), 0 to 100; 50 when the window had no price change at all; NaN before warm-up. */
    public double rsi() {
        return rsi;
    }

    /** The MACD line: fast EMA minus slow EMA of the close; NaN before warm-up. */
    public double macd() {
        return macd;
    }

    /** The signal line: EMA of the MACD line; NaN before warm-up. */
    public double macdSignal() {
        return macdSignal;
    }

    /** MACD line minus signal line; NaN before warm-up. */
    public double macdHistogram() {
        return macdHistogram;
    }

    /** The slow stochastic %K (SMA of the raw %K), 0 to 100; NaN before warm-up. */
    public double stochasticK() {
        return stochasticK;
    }

    /** The stochastic %D (SMA of the slow %K), 0 to 100; NaN before warm-up. */
    public double stochasticD() {
        return stochasticD;
    }

    /** Rate of change of the close over the ROC period, in percent; NaN before warm-up. */
    public double roc() {
        return roc;
    }

    /** Williams %R, -100 to 0; -50 when the window's range is zero; NaN before warm-up. */
    public double williamsR() {
        return williamsR;
    }

    /** Whether {@link #rsi()} has a value. */
    public boolean rsiReady() {
        return !Double.isNaN(rsi);
    }

    /** Whether {@link #macd()} has a value. */
    public boolean macdReady() {
        return !Double.isNaN(macd);
    }

    /** Whether {@link #macdSignal()} and {@link #macdHistogram()} have values. */
    public boolean macdSignalReady() {
        return !Double.isNaN(macdHistogram);
    }

    /** Whether {@link #stochasticK()} has a value. */
    public boolean stochasticKReady() {
        return !Double.isNaN(stochasticK);
    }

    /** Whether {@link #stochasticD()} has a value. */
    public boolean stochasticDReady() {
        return !Double.isNaN(stochasticD);
    }

    /** Whether {@link #roc()} has a value. */
    public boolean rocReady() {
        return !Double.isNaN(roc);
    }

    /** Whether {@link #williamsR()} has a value. */
    public boolean williamsRReady() {
        return !Double.isNaN(williamsR);
    }

    /** RSI against its thresholds (70/30 by default). */
    public OscillatorZone rsiZone() {
        return rsiZone;
    }

    /** The slow %K against its thresholds (80/20 by default). */
    public OscillatorZone stochasticZone() {
        return stochasticZone;
    }

    /** Williams %R against its thresholds (-20/-80 by default). */
    public OscillatorZone williamsRZone() {
        return williamsRZone;
    }

    /**
     * +1 when the MACD line crossed above the signal line on this bar (the histogram turned positive from zero
     * or below), -1 when it crossed below, 0 otherwise.
     */
    public int macdCrossing() {
        return macdCrossing;
    }

    /** The sign of the MACD histogram (+1, -1, or 0 when zero or not warmed up). */
    public int macdHistogramSign() {
        return sign(macdHistogram);
    }

    /** The sign of ROC (+1, -1, or 0 when zero or not warmed up). */
    public int rocSign() {
        return sign(roc);
    }

    /** The vote described in the class comment, in [-{@value #MAX_VOTE}, {@value #MAX_VOTE}]. */
    public int vote() {
        return vote;
    }

    /** Signed recent momentum in [-1, 1], from the MACD histogram and the ROC change (see the class comment). */
    public double momentum() {
        return momentum;
    }

    /** Makes this report an exact copy of {@code other}. */
    public void copyFrom(IndicatorReport other) {
        barCloseTimeNanos = other.barCloseTimeNanos;
        direction = other.direction;
        strength = other.strength;
        barsSinceSignal = other.barsSinceSignal;
        warmedUp = other.warmedUp;
        rsi = other.rsi;
        macd = other.macd;
        macdSignal = other.macdSignal;
        macdHistogram = other.macdHistogram;
        stochasticK = other.stochasticK;
        stochasticD = other.stochasticD;
        roc = other.roc;
        williamsR = other.williamsR;
        rsiZone = other.rsiZone;
        stochasticZone = other.stochasticZone;
        williamsRZone = other.williamsRZone;
        macdCrossing = other.macdCrossing;
        vote = other.vote;
        momentum = other.momentum;
    }

    @Override
    public String toString() {
        return "IndicatorReport{time=" + barCloseTimeNanos + ", direction=" + direction + ", strength=" + strength
                + ", barsSinceSignal=" + barsSinceSignal + ", vote=" + vote + ", momentum=" + momentum
                + ", rsi=" + rsi + " " + rsiZone + ", macd=" + macd + ", signal=" + macdSignal
                + ", histogram=" + macdHistogram + ", crossing=" + macdCrossing
                + ", stochK=" + stochasticK + " " + stochasticZone + ", stochD=" + stochasticD
                + ", roc=" + roc + ", williamsR=" + williamsR + " " + williamsRZone + '}';
    }

    private static int sign(double value) {
        return value > 0 ? 1 : value < 0 ? -1 : 0;
    }
}
