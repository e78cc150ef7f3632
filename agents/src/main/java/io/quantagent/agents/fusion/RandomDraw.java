package io.quantagent.agents.fusion;

/**
 * The draws of random fusion mode: a stateless hash of (seed, instrument, bar close time), so the same bar always
 * draws the same direction and strength, whatever happened before it. The mixing function is SplitMix64's
 * finaliser (Steele, Lea and Flood, 2014), applied once per input.
 */
public final class RandomDraw {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private RandomDraw() {
    }

    /** The draw for one bar of one instrument. */
    public static long hash(long seed, int instrument, long barCloseTimeNanos) {
        long h = mix(seed + GOLDEN_GAMMA);
        h = mix(h + instrument * GOLDEN_GAMMA);
        return mix(h + barCloseTimeNanos * GOLDEN_GAMMA);
    }

    /** The direction of a draw: 1 (long) or -1 (short), from its highest bit. */
    public static int side(long draw) {
        return draw < 0 ? -1 : 1;
    }

    /** The strength of a draw, in [0, 1), from 53 bits of its re-mixed value (independent of its side). */
    public static double strength(long draw) {
        return (mix(draw + GOLDEN_GAMMA) >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
