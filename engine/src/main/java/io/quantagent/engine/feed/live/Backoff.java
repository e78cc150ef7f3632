package io.quantagent.engine.feed.live;

import java.util.random.RandomGenerator;

/**
 * Exponential back-off with full jitter: the delay before attempt {@code n} (1, 2, ...) is uniform in
 * {@code [0, min(cap, base * 2^(n-1)))}, so that many clients cut off together do not come back together.
 */
final class Backoff {

    private final long baseNanos;
    private final long capNanos;
    private final RandomGenerator random;

    Backoff(long baseNanos, long capNanos, RandomGenerator random) {
        if (baseNanos <= 0 || capNanos < baseNanos) {
            throw new IllegalArgumentException("need 0 < base <= cap, was base " + baseNanos + ", cap " + capNanos);
        }
        this.baseNanos = baseNanos;
        this.capNanos = capNanos;
        this.random = random;
    }

    /** The ceiling of the delay before attempt {@code attempt} (1-based). */
    long ceilingNanos(int attempt) {
        int doublings = Math.max(0, attempt - 1);
        if (doublings >= 62 || baseNanos > capNanos >> doublings) {
            return capNanos;
        }
        return baseNanos << doublings;
    }

    /** A random delay before attempt {@code attempt} (1-based), in {@code [0, ceilingNanos(attempt))}. */
    long delayNanos(int attempt) {
        return (long) (random.nextDouble() * ceilingNanos(attempt));
    }
}
