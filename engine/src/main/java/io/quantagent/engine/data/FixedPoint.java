package io.quantagent.engine.data;

import java.math.BigDecimal;

/** Fixed-point decimals held in a {@code long}: value = mantissa / 10^decimals. Exact for accounting. */
public final class FixedPoint {

    private static final long[] POW10 = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private FixedPoint() {
    }

    /** 10^n for n in [0, 18]. */
    public static long pow10(int n) {
        return POW10[n];
    }

    /** The value as a double, for analytics only (indicators, statistics). */
    public static double toDouble(long mantissa, int decimals) {
        return (double) mantissa / POW10[decimals];
    }

    /** The nearest fixed-point value of a double (half away from zero); for tests and analytics only. */
    public static long fromDouble(double value, int decimals) {
        return Math.round(value * POW10[decimals]);
    }

    /** Exact decimal text of a fixed-point value, without trailing zeros (cold path: allocates). */
    public static String format(long mantissa, int decimals) {
        return BigDecimal.valueOf(mantissa, decimals).stripTrailingZeros().toPlainString();
    }
}
