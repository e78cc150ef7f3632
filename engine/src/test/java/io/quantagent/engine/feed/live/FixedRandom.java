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

    /** The next fraction scaled to the full range of a long, so both views of the source stay consistent. */
    @Override
    public long nextLong() {
        return (long) (nextDouble() * Long.MAX_VALUE);
    }
}
