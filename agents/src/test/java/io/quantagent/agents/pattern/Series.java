package io.quantagent.agents.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Constructed bar series for the pattern tests: closes interpolated linearly between anchor prices, each bar
 * opening at the previous close (unless it gaps) with a fixed wick above and below its body.
 */
final class Series {

    /** How far every bar's high and low stick out of its body. */
    static final double WICK = 0.3;
    static final long START_NANOS = 1_700_000_000_000_000_000L;
    static final long BAR_NANOS = 60_000_000_000L;

    final double[] open;
    final double[] high;
    final double[] low;
    final double[] close;
    final double[] volume;

    private Series(double[] open, double[] high, double[] low, double[] close, double[] volume) {
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    /** A series starting at {@code price} on bar 0. */
    static Builder from(double price) {
        return new Builder(price);
    }

    int size() {
        return close.length;
    }

    /** Feeds every bar to the agent (bar i closing at START + (offset + i) minutes); the last report. */
    PatternReport feed(PatternAgent agent, int offset) {
        PatternReport report = null;
        for (int i = 0; i < size(); i++) {
            report = agent.onBar(START_NANOS + (offset + i) * BAR_NANOS, open[i], high[i], low[i], close[i],
                    volume[i]);
        }
        return report;
    }

    /** Feeds every bar to a fresh agent with default settings; the last report. */
    PatternReport feed() {
        return feed(new PatternAgent(), 0);
    }

    /** This series with another one's bars appended (as they are, no gap logic). */
    Series then(Series other) {
        return concat(this, other);
    }

    private static Series concat(Series a, Series b) {
        int n = a.size() + b.size();
        double[][] parts = new double[5][n];
        double[][] as = {a.open, a.high, a.low, a.close, a.volume};
        double[][] bs = {b.open, b.high, b.low, b.close, b.volume};
        for (int k = 0; k < 5; k++) {
            System.arraycopy(as[k], 0, parts[k], 0, a.size());
            System.arraycopy(bs[k], 0, parts[k], a.size(), b.size());
        }
        return new Series(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }

    /** A seeded random walk of {@code bars} bars starting near {@code price}. */
    static Series randomWalk(long seed, int bars, double price, double step) {
        SplittableRandom random = new SplittableRandom(seed);
        Builder builder = from(price);
        double p = price;
        for (int i = 1; i < bars; i++) {
            p += (random.nextDouble() * 2 - 1) * step;
            builder.to(i, p);
        }
        return builder.build();
    }

    /** Builds a series from anchors. */
    static final class Builder {
        private final List<double[]> anchors = new ArrayList<>();
        private final List<Integer> gaps = new ArrayList<>();
        private final List<double[]> volumes = new ArrayList<>();
        private double noise;
        private long seed;

        private Builder(double price) {
            anchors.add(new double[] {0, price});
        }

        /** Moves linearly from the previous anchor to {@code price} at bar {@code bar}. */
        Builder to(int bar, double price) {
            double[] previous = anchors.get(anchors.size() - 1);
            if (bar <= previous[0]) {
                throw new IllegalArgumentException("anchors must move forward: " + bar);
            }
            anchors.add(new double[] {bar, price});
            return this;
        }

        /** Bar {@code bar} opens at its own close instead of the previous close (so a large move gaps). */
        Builder gapAt(int bar) {
            gaps.add(bar);
            return this;
        }

        /** Bar {@code bar} trades {@code v} instead of the default 1000. */
        Builder volumeAt(int bar, double v) {
            volumes.add(new double[] {bar, v});
            return this;
        }

        /** Adds a deterministic uniform noise of at most {@code amplitude} to every close but the anchors'. */
        Builder noise(double amplitude, long noiseSeed) {
            noise = amplitude;
            seed = noiseSeed;
            return this;
        }

        Series build() {
            int n = (int) anchors.get(anchors.size() - 1)[0] + 1;
            double[] close = new double[n];
            boolean[] anchor = new boolean[n];
            for (int k = 1; k < anchors.size(); k++) {
                double[] a = anchors.get(k - 1);
                double[] b = anchors.get(k);
                for (int i = (int) a[0]; i <= (int) b[0]; i++) {
                    close[i] = a[1] + (b[1] - a[1]) * (i - a[0]) / (b[0] - a[0]);
                }
                anchor[(int) a[0]] = true;
                anchor[(int) b[0]] = true;
            }
            if (anchors.size() == 1) {
                close[0] = anchors.get(0)[1];
            }
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < n; i++) {
                double u = random.nextDouble() * 2 - 1;
                if (!anchor[i]) {
                    close[i] += noise * u;
                }
            }
            double[] open = new double[n];
            double[] high = new double[n];
            double[] low = new double[n];
            double[] volume = new double[n];
            for (int i = 0; i < n; i++) {
                open[i] = i == 0 || gaps.contains(i) ? close[i] : close[i - 1];
                high[i] = Math.max(open[i], close[i]) + WICK;
                low[i] = Math.min(open[i], close[i]) - WICK;
                volume[i] = 1000;
            }
            for (double[] v : volumes) {
                volume[(int) v[0]] = v[1];
            }
            return new Series(open, high, low, close, volume);
        }
    }
}
