package io.quantagent.engine.feed.live;

import io.quantagent.engine.data.FixedPoint;

/**
 * Reads an exchange's decimal text ({@code "0.00100000"}) exactly, without allocating: {@link #parse} keeps the
 * digits as an unscaled value and a count of decimals (trailing zeros dropped), and {@link #toScale} turns them
 * into a fixed-point value at an instrument's scale once the instrument is known (exchanges do not promise the
 * symbol comes before the price). Plain positive decimals only: no sign, no exponent. One instance per thread.
 */
final class DecimalText {

    static final int OK = 0;
    static final int NOT_A_NUMBER = 1;
    static final int OUT_OF_RANGE = 2;
    static final int TOO_PRECISE = 3;

    private static final long TENTH = Long.MAX_VALUE / 10;
    private static final int LAST_DIGIT = (int) (Long.MAX_VALUE % 10);

    /** Outcome of the last {@link #parse} or {@link #toScale}: {@link #OK} or an error code. */
    int error;
    /** The digits of the last parsed value, without its decimal point and trailing zeros. */
    long unscaled;
    /** How many of {@link #unscaled}'s digits are decimals. */
    int decimals;

    /** Parses {@code text[offset, offset + length)}; the outcome is in {@link #error}. */
    void parse(char[] text, int offset, int length) {
        unscaled = 0;
        decimals = 0;
        int end = offset + length;
        int i = offset;
        int digits = 0;
        long value = 0;
        for (; i < end; i++) {
            int d = text[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            digits++;
            if (!fits(value, d)) {
                error = OUT_OF_RANGE;
                return;
            }
            value = value * 10 + d;
        }
        int fraction = 0;
        if (i < end && text[i] == '.') {
            int pendingZeros = 0;
            for (i++; i < end; i++) {
                int d = text[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                digits++;
                if (d == 0) {
                    pendingZeros++;
                    continue;
                }
                for (; pendingZeros > 0; pendingZeros--) {
                    if (!fits(value, 0)) {
                        error = OUT_OF_RANGE;
                        return;
                    }
                    value *= 10;
                    fraction++;
                }
                if (!fits(value, d)) {
                    error = OUT_OF_RANGE;
                    return;
                }
                value = value * 10 + d;
                fraction++;
            }
        }
        if (i != end || digits == 0) {
            error = NOT_A_NUMBER;
            return;
        }
        error = OK;
        unscaled = value;
        decimals = value == 0 ? 0 : fraction;
    }

    /**
     * The last parsed value times 10^scale, or 0 with {@link #error} set to {@link #TOO_PRECISE} (more
     * significant decimals than the scale) or {@link #OUT_OF_RANGE} (more than 63 bits).
     */
    long toScale(int scale) {
        if (decimals > scale) {
            error = TOO_PRECISE;
            return 0;
        }
        long unit = FixedPoint.pow10(scale - decimals);
        if (unscaled > Long.MAX_VALUE / unit) {
            error = OUT_OF_RANGE;
            return 0;
        }
        error = OK;
        return unscaled * unit;
    }

    /** True when {@code value * 10 + digit} fits a long. */
    private static boolean fits(long value, int digit) {
        return value < TENTH || (value == TENTH && digit <= LAST_DIGIT);
    }
}
