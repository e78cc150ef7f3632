package io.quantagent.agents.indicator;

import io.quantagent.agents.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.ROCIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.MMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.GainIndicator;
import org.ta4j.core.indicators.helpers.HighPriceIndicator;
import org.ta4j.core.indicators.helpers.HighestValueIndicator;
import org.ta4j.core.indicators.helpers.LossIndicator;
import org.ta4j.core.indicators.helpers.LowPriceIndicator;
import org.ta4j.core.indicators.helpers.LowestValueIndicator;
import org.ta4j.core.num.DoubleNumFactory;

/**
 * The paper's Indicator agent for one instrument: RSI, MACD, Stochastic, ROC and Williams %R, computed with
 * ta4j (DoubleNum) over a bounded window of the bars it is shown, and read into an {@link IndicatorReport}.
 *
 * <p>Conventions, all ta4j's (the references in the tests follow them):
 * <ul>
 *   <li>EMAs (MACD's fast, slow and signal lines) are seeded with the input's value at index {@code period}
 *       (0-based), not with an SMA, and are undefined before it. RSI's Wilder averages are seeded the same way,
 *       with the gain and loss of bar {@code period}. The effect of the seed fades: after a few hundred bars
 *       the values equal the textbook SMA-seeded ones to many digits.</li>
 *   <li>RSI, Stochastic and Williams %R use ta4j's formulas, except that a window without any movement reads
 *       the middle (RSI 50, raw %K 50, %R -50) where ta4j gives RSI 0 or NaN, which would read as oversold.</li>
 *   <li>Stochastic(14, 3, 3) is the slow stochastic, as TA-Lib's STOCH that the paper calls: raw %K over 14
 *       bars, slow %K = SMA(3) of it, %D = SMA(3) of the slow %K.</li>
 * </ul>
 *
 * <p>Each indicator is created once; each bar is evaluated at the new index only. Not thread-safe: one agent
 * per instrument, fed by one thread. Bars must come in strictly increasing close time.
 */
public final class IndicatorAgent {

    private static final int MIN_SERIES_CAPACITY = 200;

    private final IndicatorParameters parameters;
    private final Duration barPeriod;
    private final BarSeries series;
    private final ClosePriceIndicator closePrice;
    private final MMAIndicator averageGain;
    private final MMAIndicator averageLoss;
    private final MACDIndicator macd;
    private final EMAIndicator macdSignal;
    private final SMAIndicator slowK;
    private final SMAIndicator stochasticD;
    private final ROCIndicator roc;
    private final HighestValueIndicator williamsHighest;
    private final LowestValueIndicator williamsLowest;

    private final int rsiReadyIndex;
    private final int macdReadyIndex;
    private final int macdSignalReadyIndex;
    private final int stochasticKReadyIndex;
    private final int stochasticDReadyIndex;
    private final int rocReadyIndex;
    private final int williamsRReadyIndex;
    private final int warmedUpIndex;
    private final double rocScale;

    private final IndicatorReport report = new IndicatorReport();
    private long lastCloseTimeNanos = Long.MIN_VALUE;
    private double previousHistogram = Double.NaN;
    private OscillatorZone previousRsiZone = OscillatorZone.NEUTRAL;
    private OscillatorZone previousStochasticZone = OscillatorZone.NEUTRAL;
    private OscillatorZone previousWilliamsRZone = OscillatorZone.NEUTRAL;
    private int barsSinceEvent = -1;

    /** An agent with the paper's parameters, for bars of {@code barPeriod}. */
    public IndicatorAgent(Duration barPeriod) {
        this(IndicatorParameters.defaults(), barPeriod);
    }

    /**
     * An agent with these parameters, for bars of {@code barPeriod} (the period only labels the ta4j bars; the
     * readings depend on the bars' order, not on their times).
     */
    public IndicatorAgent(IndicatorParameters parameters, Duration barPeriod) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.barPeriod = Objects.requireNonNull(barPeriod, "barPeriod");
        if (barPeriod.isNegative() || barPeriod.isZero()) {
            throw new IllegalArgumentException("barPeriod must be positive, was " + barPeriod);
        }
        int capacity = Math.max(MIN_SERIES_CAPACITY, 4 * parameters.warmUpBars());
        series = new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance())
                .withMaxBarCount(capacity).build();
        closePrice = new ClosePriceIndicator(series);
        HighPriceIndicator high = new HighPriceIndicator(series);
        LowPriceIndicator low = new LowPriceIndicator(series);

        averageGain = new MMAIndicator(new GainIndicator(closePrice), parameters.rsiPeriod());
        averageLoss = new MMAIndicator(new LossIndicator(closePrice), parameters.rsiPeriod());
        macd = new MACDIndicator(closePrice, parameters.macdFastPeriod(), parameters.macdSlowPeriod());
        macdSignal = new EMAIndicator(macd, parameters.macdSignalPeriod());
        HighestValueIndicator stochasticHighest = new HighestValueIndicator(high, parameters.stochasticPeriod());
        LowestValueIndicator stochasticLowest = new LowestValueIndicator(low, parameters.stochasticPeriod());
        FastStochasticIndicator rawK = new FastStochasticIndicator(closePrice, stochasticHighest, stochasticLowest,
                parameters.stochasticPeriod());
        slowK = new SMAIndicator(rawK, parameters.stochasticKSmoothing());
        stochasticD = new SMAIndicator(slowK, parameters.stochasticDPeriod());
        roc = new ROCIndicator(closePrice, parameters.rocPeriod());
        if (parameters.williamsRPeriod() == parameters.stochasticPeriod()) {
            williamsHighest = stochasticHighest;
            williamsLowest = stochasticLowest;
        } else {
            williamsHighest = new HighestValueIndicator(high, parameters.williamsRPeriod());
            williamsLowest = new LowestValueIndicator(low, parameters.williamsRPeriod());
        }

        rsiReadyIndex = parameters.rsiWarmUpBars() - 1;
        macdReadyIndex = parameters.macdWarmUpBars() - 1;
        macdSignalReadyIndex = parameters.macdSignalWarmUpBars() - 1;
        stochasticKReadyIndex = parameters.stochasticKWarmUpBars() - 1;
        stochasticDReadyIndex = parameters.stochasticDWarmUpBars() - 1;
        rocReadyIndex = parameters.rocWarmUpBars() - 1;
        williamsRReadyIndex = parameters.williamsRWarmUpBars() - 1;
        warmedUpIndex = parameters.warmUpBars() - 1;
        rocScale = Math.sqrt(parameters.rocPeriod());
    }

    /** The parameters of this agent. */
    public IndicatorParameters parameters() {
        return parameters;
    }

    /** The bar period this agent labels its bars with. */
    public Duration barPeriod() {
        return barPeriod;
    }

    /** How many bars this agent has been shown. */
    public int barCount() {
        return series.getEndIndex() + 1;
    }

    /** The report of the last bar (empty before the first). */
    public IndicatorReport report() {
        return report;
    }

    /**
     * Shows the agent one closed bar and returns its (reused) report about it.
     *
     * @param closeTimeNanos the bar's close time, epoch nanoseconds, after the previous bar's
     * @param open the bar's open price
     * @param high the bar's high
     * @param low the bar's low
     * @param close the bar's close
     * @param volume the bar's volume
     * @return this agent's report, updated for this bar
     * @throws IllegalArgumentException if a value is not finite or the close time does not increase
     */
    public IndicatorReport onBar(long closeTimeNanos, double open, double high, double low, double close,
            double volume) {
        if (closeTimeNanos <= lastCloseTimeNanos) {
            throw new IllegalArgumentException("bar close time " + closeTimeNanos
                    + " is not after the previous bar's " + lastCloseTimeNanos);
        }
        if (!(Double.isFinite(open) && Double.isFinite(high) && Double.isFinite(low) && Double.isFinite(close)
                && Double.isFinite(volume))) {
            throw new IllegalArgumentException("bar values must be finite: open=" + open + ", high=" + high
                    + ", low=" + low + ", close=" + close + ", volume=" + volume);
        }
        series.barBuilder()
                .timePeriod(barPeriod)
                .endTime(Instant.ofEpochSecond(Math.floorDiv(closeTimeNanos, 1_000_000_000L),
                        Math.floorMod(closeTimeNanos, 1_000_000_000L)))
                .openPrice(open).highPrice(high).lowPrice(low).closePrice(close).volume(volume)
                .add();
        lastCloseTimeNanos = closeTimeNanos;
        evaluate(series.getEndIndex(), closeTimeNanos, close);
        return report;
    }

    private void evaluate(int index, long closeTimeNanos, double close) {
        IndicatorParameters p = parameters;
        IndicatorReport r = report;
        r.barCloseTimeNanos = closeTimeNanos;

        double meanAbsoluteChange = Double.NaN;
        if (index >= rsiReadyIndex) {
            double gain = averageGain.getValue(index).doubleValue();
            double loss = averageLoss.getValue(index).doubleValue();
            meanAbsoluteChange = gain + loss;
            r.rsi = loss == 0 ? (gain == 0 ? 50.0 : 100.0) : 100.0 - 100.0 / (1.0 + gain / loss);
        } else {
            r.rsi = Double.NaN;
        }

        r.macd = index >= macdReadyIndex ? macd.getValue(index).doubleValue() : Double.NaN;
        if (index >= macdSignalReadyIndex) {
            r.macdSignal = macdSignal.getValue(index).doubleValue();
            r.macdHistogram = r.macd - r.macdSignal;
        } else {
            r.macdSignal = Double.NaN;
            r.macdHistogram = Double.NaN;
        }

        r.stochasticK = index >= stochasticKReadyIndex ? slowK.getValue(index).doubleValue() : Double.NaN;
        r.stochasticD = index >= stochasticDReadyIndex ? stochasticD.getValue(index).doubleValue() : Double.NaN;
        r.roc = index >= rocReadyIndex ? roc.getValue(index).doubleValue() : Double.NaN;
        if (index >= williamsRReadyIndex) {
            double highest = williamsHighest.getValue(index).doubleValue();
            double lowest = williamsLowest.getValue(index).doubleValue();
            double range = highest - lowest;
            r.williamsR = range == 0 ? -50.0 : (highest - close) / range * -100.0;
        } else {
            r.williamsR = Double.NaN;
        }

        OscillatorZone rsiZone = OscillatorZone.of(r.rsi, p.rsiOversold(), p.rsiOverbought());
        OscillatorZone stochasticZone = OscillatorZone.of(r.stochasticK, p.stochasticOversold(),
                p.stochasticOverbought());
        OscillatorZone williamsRZone = OscillatorZone.of(r.williamsR, p.williamsROversold(), p.williamsROverbought());
        boolean zoneEntry = entered(rsiZone, previousRsiZone) || entered(stochasticZone, previousStochasticZone)
                || entered(williamsRZone, previousWilliamsRZone);
        previousRsiZone = rsiZone;
        previousStochasticZone = stochasticZone;
        previousWilliamsRZone = williamsRZone;
        r.rsiZone = rsiZone;
        r.stochasticZone = stochasticZone;
        r.williamsRZone = williamsRZone;

        double histogram = r.macdHistogram;
        int crossing = 0;
        if (!Double.isNaN(previousHistogram) && !Double.isNaN(histogram)) {
            if (previousHistogram <= 0 && histogram > 0) {
                crossing = 1;
            } else if (previousHistogram >= 0 && histogram < 0) {
                crossing = -1;
            }
        }
        previousHistogram = histogram;
        r.macdCrossing = crossing;

        if (crossing != 0 || zoneEntry) {
            barsSinceEvent = 0;
        } else if (barsSinceEvent >= 0 && barsSinceEvent < Integer.MAX_VALUE - 1) {
            barsSinceEvent++;
        }

        int macdVote = crossing != 0 ? 2 * crossing : r.macdHistogramSign();
        int vote = rsiZone.vote() + stochasticZone.vote() + williamsRZone.vote() + macdVote + r.rocSign();
        r.vote = vote;

        boolean warmedUp = index >= warmedUpIndex;
        r.warmedUp = warmedUp;
        if (warmedUp && vote != 0) {
            r.direction = vote > 0 ? Direction.LONG : Direction.SHORT;
            r.strength = Math.abs(vote) / (double) IndicatorReport.MAX_VOTE;
            r.barsSinceSignal = barsSinceEvent >= 0 ? barsSinceEvent : Integer.MAX_VALUE;
        } else {
            r.direction = Direction.NEUTRAL;
            r.strength = 0.0;
            r.barsSinceSignal = Integer.MAX_VALUE;
        }
        r.momentum = warmedUp ? momentum(index, close, histogram, meanAbsoluteChange) : 0.0;
    }

    private double momentum(int index, double close, double histogram, double meanAbsoluteChange) {
        double change = close - closePrice.getValue(index - parameters.rocPeriod()).doubleValue();
        double histogramPart = scaled(histogram, meanAbsoluteChange);
        double changePart = scaled(change, meanAbsoluteChange * rocScale);
        double momentum = 0.5 * (histogramPart + changePart);
        return Double.isNaN(momentum) ? 0.0 : momentum;
    }

    private static double scaled(double value, double scale) {
        if (scale > 0) {
            return Math.tanh(value / scale);
        }
        return value > 0 ? 1.0 : value < 0 ? -1.0 : 0.0;
    }

    private static boolean entered(OscillatorZone now, OscillatorZone before) {
        return now != OscillatorZone.NEUTRAL && now != before;
    }
}
