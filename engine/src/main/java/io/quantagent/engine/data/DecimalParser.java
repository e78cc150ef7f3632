package io.quantagent.engine.data;

/**
 * Parses decimal text straight from bytes into a fixed-point {@code long}, exactly: a value that needs more
 * decimals than the scale, or more than 63 bits, is an error rather than a rounding. Surrounding blanks and
 * one pair of double quotes are ignored; an exponent ({@code 1.5e-3}) is accepted. Allocation-free; one
 * instance per reader thread (the outcome of the last call is in {@link #error}). Values range over
 * {@code ±Long.MAX_VALUE}.
 */
final class DecimalParser {

    static final int OK = 0;
    static final int EMPTY = 1;
    static final int NOT_A_NUMBER = 2;
    static final int TOO_PRECISE = 3;
    static final int OUT_OF_RANGE = 4;

    private static final long TENTH = Long.MAX_VALUE / 10;
    private static final int LAST_DIGIT = (int) (Long.MAX_VALUE % 10);
    /** Long.MAX_VALUE / 10^n: the largest mantissa that can be shifted left by n digits. */
    private static final long[] LARGEST_BEFORE_SHIFT = new long[19];

    static {
        for (int n = 0; n < LARGEST_BEFORE_SHIFT.length; n++) {
            LARGEST_BEFORE_SHIFT[n] = Long.MAX_VALUE / FixedPoint.pow10(n);
        }
    }

    /** Outcome of the last {@link #parse} call: {@link #OK} or one of the error codes. */
    int error;

    /** The value of {@code bytes[start, end)} times 10^scale, or 0 with {@link #error} set. */
    long parse(byte[] bytes, int start, int end, int scale) {
        while (start < end && (bytes[start] == ' ' || bytes[start] == '\t')) {
            start++;
        }
        while (end > start && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) {
            end--;
        }
        if (end - start >= 2 && bytes[start] == '"' && bytes[end - 1] == '"') {
            start++;
            end--;
        }
        if (start == end) {
            return fail(EMPTY);
        }
        int i = start;
        boolean negative = false;
        byte first = bytes[i];
        if (first == '-' || first == '+') {
            negative = first == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = 0;
        int pendingZeros = 0;
        boolean overflow = false;
        boolean overflowInFraction = false;
        for (; i < end; i++) {
            int d = bytes[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            digits++;
            if (fits(mantissa, d)) {
                mantissa = mantissa * 10 + d;
            } else {
                overflow = true;
            }
        }
        if (i < end && bytes[i] == '.') {
            for (i++; i < end; i++) {
                int d = bytes[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                digits++;
                if (d == 0) {
                    pendingZeros++;
                    continue;
                }
                for (; pendingZeros > 0; pendingZeros--) {
                    if (fits(mantissa, 0)) {
                        mantissa *= 10;
                    } else {
                        overflowInFraction = true;
                    }
                    fraction++;
                }
                if (fits(mantissa, d)) {
                    mantissa = mantissa * 10 + d;
                } else {
                    overflowInFraction = true;
                }
                fraction++;
            }
        }
        int exponent = 0;
        if (i < end && (bytes[i] == 'e' || bytes[i] == 'E') && digits > 0) {
            i++;
            boolean negativeExponent = false;
            if (i < end && (bytes[i] == '-' || bytes[i] == '+')) {
                negativeExponent = bytes[i] == '-';
                i++;
            }
            int exponentDigits = 0;
            for (; i < end; i++) {
                int d = bytes[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                exponentDigits++;
                if (exponent < 100_000) {
                    exponent = exponent * 10 + d;
                }
            }
            if (exponentDigits == 0) {
                return fail(NOT_A_NUMBER);
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        if (i != end || digits == 0) {
            return fail(NOT_A_NUMBER);
        }
        if (overflow) {
            return fail(OUT_OF_RANGE);
        }
        if (overflowInFraction) {
            return fail(fraction - exponent > scale ? TOO_PRECISE : OUT_OF_RANGE);
        }
        error = OK;
        if (mantissa == 0) {
            return 0;
        }
        int shift = scale - fraction + exponent;
        if (shift > 0) {
            if (shift > 18) {
                return fail(OUT_OF_RANGE);
            }
            if (mantissa > LARGEST_BEFORE_SHIFT[shift]) {
                return fail(OUT_OF_RANGE);
            }
            mantissa *= FixedPoint.pow10(shift);
        } else if (shift < 0) {
            if (shift < -18) {
                return fail(TOO_PRECISE);
            }
            long unit = FixedPoint.pow10(-shift);
            if (mantissa % unit != 0) {
                return fail(TOO_PRECISE);
            }
            mantissa /= unit;
        }
        return negative ? -mantissa : mantissa;
    }

    /** True when {@code mantissa * 10 + digit} fits a long. */
    private static boolean fits(long mantissa, int digit) {
        return mantissa < TENTH || (mantissa == TENTH && digit <= LAST_DIGIT);
    }

    private long fail(int code) {
        error = code;
        return 0;
    }
}
