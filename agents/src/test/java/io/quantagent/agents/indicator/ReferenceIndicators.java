package io.quantagent.agents.indicator;

import java.util.Arrays;

/**
 * The five indicators computed from their published formulas, independently of ta4j: plain loops over whole
 * arrays, NaN where a value does not exist. Where conventions differ between sources, the ta4j variant is
 * the default (EMA and Wilder averages seeded with the first value at index {@code period}) and the textbook
 * variant (seeded with an SMA) is available separately.
 */
final class ReferenceIndicators {

    private ReferenceIndicators() {
    }

    /** Wilder's RSI, averages seeded with the gain and loss of bar {@code period} (ta4j). */
    static double[] rsi(double[] close, int period) {
        double[] gain = new double[close.length];
        double[] loss = new double[close.length];
        for (int i = 1; i < close.length; i++) {
            double change = close[i] - close[i - 1];
            gain[i] = Math.max(change, 0);
            loss[i] = Math.max(-change, 0);
        }
        return rsiFromAverages(wilder(gain, period, gain[period], loss, loss[period]), period, close.length);
    }

    /** Wilder's RSI as published: averages seeded with the mean gain and loss of bars 1 .. period. */
    static double[] textbookRsi(double[] close, int period) {
        double[] gain = new double[close.length];
        double[] loss = new double[close.length];
        double seedGain = 0;
        double seedLoss = 0;
        for (int i = 1; i < close.length; i++) {
            double change = close[i] - close[i - 1];
            gain[i] = Math.max(change, 0);
            loss[i] = Math.max(-change, 0);
            if (i <= period) {
                seedGain += gain[i] / period;
                seedLoss += loss[i] / period;
            }
        }
        return rsiFromAverages(wilder(gain, period, seedGain, loss, seedLoss), period, close.length);
    }

    /** Mean absolute close-to-close change by Wilder's smoothing (average gain plus average loss), ta4j-seeded. */
    static double[] meanAbsoluteChange(double[] close, int period) {
        double[] gain = new double[close.length];
        double[] loss = new double[close.length];
        for (int i = 1; i < close.length; i++) {
            double change = close[i] - close[i - 1];
            gain[i] = Math.max(change, 0);
            loss[i] = Math.max(-change, 0);
        }
        double[][] averages = wilder(gain, period, gain[period], loss, loss[period]);
        double[] out = nans(close.length);
        for (int i = period; i < close.length; i++) {
            out[i] = averages[0][i] + averages[1][i];
        }
        return out;
    }

    private static double[][] wilder(double[] gain, int period, double seedGain, double[] loss, double seedLoss) {
        double[] averageGain = nans(gain.length);
        double[] averageLoss = nans(gain.length);
        averageGain[period] = seedGain;
        averageLoss[period] = seedLoss;
        for (int i = period + 1; i < gain.length; i++) {
            averageGain[i] = (averageGain[i - 1] * (period - 1) + gain[i]) / period;
            averageLoss[i] = (averageLoss[i - 1] * (period - 1) + loss[i]) / period;
        }
        return new double[][] {averageGain, averageLoss};
    }

    private static double[] rsiFromAverages(double[][] averages, int period, int length) {
        double[] rsi = nans(length);
        for (int i = period; i < length; i++) {
            double g = averages[0][i];
            double l = averages[1][i];
            rsi[i] = l == 0 ? (g == 0 ? 50 : 100) : 100 - 100 / (1 + g / l);
        }
        return rsi;
    }

    /** EMA with multiplier 2 / (period + 1), seeded with the input at {@code seedIndex} (ta4j: the first index with a value and at least {@code period}). */
    static double[] ema(double[] x, int period, int seedIndex) {
        double k = 2.0 / (period + 1);
        double[] out = nans(x.length);
        out[seedIndex] = x[seedIndex];
        for (int i = seedIndex + 1; i < x.length; i++) {
            out[i] = out[i - 1] + k * (x[i] - out[i - 1]);
        }
        return out;
    }

    /** EMA as published: seeded with the SMA of the first {@code period} values from {@code firstIndex}. */
    static double[] textbookEma(double[] x, int period, int firstIndex) {
        double k = 2.0 / (period + 1);
        double[] out = nans(x.length);
        int seed = firstIndex + period - 1;
        double sum = 0;
        for (int i = firstIndex; i <= seed; i++) {
            sum += x[i];
        }
        out[seed] = sum / period;
        for (int i = seed + 1; i < x.length; i++) {
            out[i] = out[i - 1] + k * (x[i] - out[i - 1]);
        }
        return out;
    }

    /** MACD line, signal line and histogram with ta4j seeding: {line, signal, histogram}. */
    static double[][] macd(double[] close, int fast, int slow, int signal) {
        double[] fastEma = ema(close, fast, fast);
        double[] slowEma = ema(close, slow, slow);
        double[] line = nans(close.length);
        for (int i = slow; i < close.length; i++) {
            line[i] = fastEma[i] - slowEma[i];
        }
        double[] signalLine = ema(line, signal, slow);
        return withHistogram(line, signalLine);
    }

    /** MACD as published (every EMA seeded with an SMA, TA-Lib style): {line, signal, histogram}. */
    static double[][] textbookMacd(double[] close, int fast, int slow, int signal) {
        double[] fastEma = textbookEma(close, fast, 0);
        double[] slowEma = textbookEma(close, slow, 0);
        double[] line = nans(close.length);
        for (int i = slow - 1; i < close.length; i++) {
            line[i] = fastEma[i] - slowEma[i];
        }
        double[] signalLine = textbookEma(line, signal, slow - 1);
        return withHistogram(line, signalLine);
    }

    private static double[][] withHistogram(double[] line, double[] signalLine) {
        double[] histogram = new double[line.length];
        for (int i = 0; i < line.length; i++) {
            histogram[i] = line[i] - signalLine[i];
        }
        return new double[][] {line, signalLine, histogram};
    }

    /** Slow stochastic (TA-Lib STOCH): {slow %K, %D}; a window with no range has a raw %K of 50. */
    static double[][] stochastic(double[] high, double[] low, double[] close, int period, int kSmoothing,
            int dPeriod) {
        double[] raw = nans(close.length);
        for (int i = period - 1; i < close.length; i++) {
            double highest = highest(high, i - period + 1, i);
            double lowest = lowest(low, i - period + 1, i);
            raw[i] = highest == lowest ? 50 : 100 * (close[i] - lowest) / (highest - lowest);
        }
        double[] slowK = sma(raw, kSmoothing, period - 1);
        double[] d = sma(slowK, dPeriod, period - 1 + kSmoothing - 1);
        return new double[][] {slowK, d};
    }

    /** Rate of change in percent. */
    static double[] roc(double[] close, int period) {
        double[] out = nans(close.length);
        for (int i = period; i < close.length; i++) {
            out[i] = 100 * (close[i] - close[i - period]) / close[i - period];
        }
        return out;
    }

    /** Williams %R; a window with no range reads -50. */
    static double[] williamsR(double[] high, double[] low, double[] close, int period) {
        double[] out = nans(close.length);
        for (int i = period - 1; i < close.length; i++) {
            double highest = highest(high, i - period + 1, i);
            double lowest = lowest(low, i - period + 1, i);
            out[i] = highest == lowest ? -50 : -100 * (highest - close[i]) / (highest - lowest);
        }
        return out;
    }

    private static double[] sma(double[] x, int period, int firstIndex) {
        double[] out = nans(x.length);
        for (int i = firstIndex + period - 1; i < x.length; i++) {
            double sum = 0;
            for (int j = i - period + 1; j <= i; j++) {
                sum += x[j];
            }
            out[i] = sum / period;
        }
        return out;
    }

    private static double highest(double[] x, int from, int to) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            max = Math.max(max, x[i]);
        }
        return max;
    }

    private static double lowest(double[] x, int from, int to) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            min = Math.min(min, x[i]);
        }
        return min;
    }

    private static double[] nans(int length) {
        double[] out = new double[length];
        Arrays.fill(out, Double.NaN);
        return out;
    }
}
