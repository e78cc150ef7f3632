package io.quantagent.agents.indicator;

import java.util.Random;
import java.util.function.IntToDoubleFunction;

/** Bar series for the tests, as parallel arrays, and a way to feed them to an agent. */
final class TestBars {

    static final long MINUTE_NANOS = 60_000_000_000L;
    static final long START_NANOS = 1_700_000_000_000_000_000L;

    final double[] open;
    final double[] high;
    final double[] low;
    final double[] close;

    private TestBars(double[] open, double[] high, double[] low, double[] close) {
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
    }

    int size() {
        return close.length;
    }

    /**
     * Sixty fixed bars: a wave with a slight drift and a deterministic jitter, so that every indicator moves
     * through ups and downs. close = 100 + 8 sin(i / 4) + 0.15 i + 0.3 ((37 i mod 11) - 5); open = previous
     * close; high and low a little outside open and close.
     */
    static TestBars fixedSixty() {
        return fromCloses(60, i -> 100 + 8 * Math.sin(i / 4.0) + 0.15 * i + 0.3 * ((37 * i % 11) - 5));
    }

    /** A random walk of {@code n} bars (steps of about 0.5 % of the price), reproducible from the seed. */
    static TestBars randomWalk(int n, long seed) {
        Random random = new Random(seed);
        double[] closes = new double[n];
        double price = 100;
        for (int i = 0; i < n; i++) {
            price *= 1 + 0.005 * random.nextGaussian();
            closes[i] = price;
        }
        return fromCloses(n, i -> closes[i]);
    }

    /** Bars whose closes follow {@code closeAt}; open = previous close, high and low 0.4 to 1.15 outside. */
    static TestBars fromCloses(int n, IntToDoubleFunction closeAt) {
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        for (int i = 0; i < n; i++) {
            close[i] = closeAt.applyAsDouble(i);
            open[i] = i == 0 ? close[i] : close[i - 1];
            high[i] = Math.max(open[i], close[i]) + 0.4 + (i % 3) * 0.25;
            low[i] = Math.min(open[i], close[i]) - 0.5 - (i % 4) * 0.2;
        }
        return new TestBars(open, high, low, close);
    }

    /** Bars whose open, high, low and close are all {@code closeAt(i)}. */
    static TestBars flat(int n, IntToDoubleFunction closeAt) {
        double[] price = new double[n];
        for (int i = 0; i < n; i++) {
            price[i] = closeAt.applyAsDouble(i);
        }
        return new TestBars(price.clone(), price.clone(), price.clone(), price.clone());
    }

    /** Shows bar {@code i} to the agent, one minute after the previous. */
    IndicatorReport feed(IndicatorAgent agent, int i) {
        return agent.onBar(START_NANOS + (i + 1) * MINUTE_NANOS, open[i], high[i], low[i], close[i], 1.0);
    }
}
