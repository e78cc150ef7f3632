package io.quantagent.engine.feed.live;

/**
 * Reads an ISO-8601 instant as exchanges write it ({@code 2023-10-04T18:58:44.143436Z}, up to nine decimals of
 * a second, {@code Z} or an offset such as {@code +01:00}) into epoch nanoseconds, without allocating. Years
 * 1970 to 2261 (the range of epoch nanoseconds in a {@code long} that a trade can have).
 */
final class IsoInstant {

    /** Returned for text that is not such an instant. */
    static final long INVALID = Long.MIN_VALUE;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private IsoInstant() {
    }

    /** The instant {@code text[offset, offset + length)} in epoch nanoseconds, or {@link #INVALID}. */
    static long parseNanos(char[] text, int offset, int length) {
        int end = offset + length;
        if (length < 20) {
            return INVALID;
        }
        int i = offset;
        int year = digits(text, i, 4);
        if (year < 0 || text[i + 4] != '-') {
            return INVALID;
        }
        int month = digits(text, i + 5, 2);
        if (month < 0 || text[i + 7] != '-') {
            return INVALID;
        }
        int day = digits(text, i + 8, 2);
        char separator = text[i + 10];
        if (day < 0 || (separator != 'T' && separator != 't' && separator != ' ')) {
            return INVALID;
        }
        int hour = digits(text, i + 11, 2);
        if (hour < 0 || text[i + 13] != ':') {
            return INVALID;
        }
        int minute = digits(text, i + 14, 2);
        if (minute < 0 || text[i + 16] != ':') {
            return INVALID;
        }
        int second = digits(text, i + 17, 2);
        if (second < 0) {
            return INVALID;
        }
        if (year < 1970 || year > 2261 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
                || hour > 23 || minute > 59 || second > 59) {
            return INVALID;
        }
        i += 19;
        long fraction = 0;
        if (i < end && text[i] == '.') {
            i++;
            int fractionDigits = 0;
            while (i < end && text[i] >= '0' && text[i] <= '9') {
                if (fractionDigits == 9) {
                    return INVALID;
                }
                fraction = fraction * 10 + (text[i] - '0');
                fractionDigits++;
                i++;
            }
            if (fractionDigits == 0) {
                return INVALID;
            }
            for (int k = fractionDigits; k < 9; k++) {
                fraction *= 10;
            }
        }
        int offsetSeconds = 0;
        if (i < end && (text[i] == 'Z' || text[i] == 'z')) {
            i++;
        } else if (i < end && (text[i] == '+' || text[i] == '-')) {
            int sign = text[i] == '-' ? -1 : 1;
            i++;
            int offsetHours = end - i >= 2 ? digits(text, i, 2) : -1;
            if (offsetHours < 0 || offsetHours > 18) {
                return INVALID;
            }
            i += 2;
            if (i < end && text[i] == ':') {
                i++;
            }
            int offsetMinutes = end - i >= 2 ? digits(text, i, 2) : -1;
            if (offsetMinutes < 0 || offsetMinutes > 59) {
                return INVALID;
            }
            i += 2;
            offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
        } else {
            return INVALID;
        }
        if (i != end) {
            return INVALID;
        }
        long seconds = daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second
                - offsetSeconds;
        if (seconds < 0) {
            return INVALID;
        }
        return seconds * NANOS_PER_SECOND + fraction;
    }

    /** The value of {@code count} decimal digits at {@code start}, or -1 when one of them is not a digit. */
    private static int digits(char[] text, int start, int count) {
        int value = 0;
        for (int k = start; k < start + count; k++) {
            int d = text[k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int daysInMonth(int year, int month) {
        if (month == 2 && (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) {
            return 29;
        }
        return DAYS_IN_MONTH[month - 1];
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    private static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = y / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }
}
