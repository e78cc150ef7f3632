package io.quantagent.engine.feed.live;

import java.util.random.RandomGenerator;

/** A "random" source that returns the given fractions in turn (then repeats the last), for exact back-off delays. */
final class FixedRandom implements RandomGenerator {

    private final double[] fractions;
    private int next;

    FixedRandom(double... fractions) {
        this.fractions = fractions.clone();
    }

    @Override
    public synchronized double nextDouble() {
        double value = fractions[Math.min(next, fractions.length - 1)];
        next++;
        return value;
    }

    @Override
    public long nextLong() {
        throw new UnsupportedOperationException("only nextDouble is used for jitter");
    }
}
