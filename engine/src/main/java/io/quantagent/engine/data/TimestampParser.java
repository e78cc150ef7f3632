package io.quantagent.engine.data;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.time.Instant;

/**
 * Parses timestamps from bytes into epoch nanoseconds (UTC). Epoch numbers and the text forms of
 * {@link TimestampFormat.Kind#TEXT} are read without allocation; a zone with daylight saving is consulted
 * through java.time once per quarter hour of local time; {@link TimestampFormat.Kind#PATTERN} goes through java.time per value.
 * One instance per reader thread (the outcome of the last call is in {@link #error}).
 */
final class TimestampParser {

    static final int OK = 0;
    static final int UNRECOGNISED = 1;
    static final int OUT_OF_RANGE = 2;
    static final int TOO_PRECISE = 3;

    /** Earliest and latest years whose every instant fits epoch nanoseconds in a long. */
    private static final int MIN_YEAR = 1678;
    private static final int MAX_YEAR = 2261;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long SLOT_SECONDS = 900;

    private final TimestampFormat.Kind kind;
    private final ZoneId zone;
    private final boolean fixedZone;
    private final long fixedOffsetSeconds;
    private final DateTimeFormatter formatter;

    private long cachedSlot = Long.MIN_VALUE;
    private long cachedSlotDelta;

    /** Outcome of the last {@link #parse} call: {@link #OK} or one of the error codes. */
    int error;
    /** Unit in nanoseconds of the last epoch number parsed (1 for text timestamps). */
    long unitNanos;

    TimestampParser(TimestampFormat format, ZoneId zone) {
        this.kind = format.kind();
        this.zone = zone;
        this.fixedZone = zone.getRules().isFixedOffset();
        this.fixedOffsetSeconds = fixedZone ? zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() : 0;
        this.formatter = format.kind() == TimestampFormat.Kind.PATTERN
                ? DateTimeFormatter.ofPattern(format.pattern(), Locale.ROOT).withResolverStyle(ResolverStyle.SMART)
                : null;
    }

    /** The epoch nanoseconds of {@code bytes[start, end)}, or 0 with {@link #error} set. */
    long parse(byte[] bytes, int start, int end) {
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
            return fail(UNRECOGNISED);
        }
        return switch (kind) {
            case AUTO -> isEpochNumber(bytes, start, end) ? epoch(bytes, start, end, 0) : text(bytes, start, end);
            case TEXT -> text(bytes, start, end);
            case EPOCH -> epoch(bytes, start, end, 0);
            case EPOCH_SECONDS -> epoch(bytes, start, end, NANOS_PER_SECOND);
            case EPOCH_MILLIS -> epoch(bytes, start, end, 1_000_000L);
            case EPOCH_MICROS -> epoch(bytes, start, end, 1_000L);
            case EPOCH_NANOS -> epoch(bytes, start, end, 1L);
            case PATTERN -> pattern(bytes, start, end);
        };
    }

    private static boolean isEpochNumber(byte[] bytes, int start, int end) {
        int i = start;
        if (bytes[i] == '-' || bytes[i] == '+') {
            i++;
        }
        boolean digit = false;
        for (; i < end; i++) {
            byte b = bytes[i];
            if (b >= '0' && b <= '9') {
                digit = true;
            } else if (b != '.') {
                return false;
            }
        }
        return digit;
    }

    /** An epoch number; {@code unit} 0 means by magnitude. */
    private long epoch(byte[] bytes, int start, int end, long unit) {
        int i = start;
        boolean negative = false;
        if (bytes[i] == '-' || bytes[i] == '+') {
            negative = bytes[i] == '-';
            i++;
        }
        long whole = 0;
        int wholeDigits = 0;
        for (; i < end; i++) {
            int d = bytes[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            if (whole > (Long.MAX_VALUE - d) / 10) {
                return fail(OUT_OF_RANGE);
            }
            whole = whole * 10 + d;
            wholeDigits++;
        }
        int fractionStart = -1;
        int fractionEnd = -1;
        if (i < end && bytes[i] == '.') {
            fractionStart = ++i;
            while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
                i++;
            }
            fractionEnd = i;
        }
        if (i != end || wholeDigits == 0) {
            return fail(UNRECOGNISED);
        }
        if (unit == 0) {
            unit = whole < 100_000_000_000L ? NANOS_PER_SECOND
                    : whole < 100_000_000_000_000L ? 1_000_000L
                    : whole < 100_000_000_000_000_000L ? 1_000L : 1L;
        }
        long fractionNanos = 0;
        if (fractionStart >= 0) {
            int unitDigits = unit == NANOS_PER_SECOND ? 9 : unit == 1_000_000L ? 6 : unit == 1_000L ? 3 : 0;
            for (int k = 0; k < fractionEnd - fractionStart; k++) {
                int d = bytes[fractionStart + k] - '0';
                if (k < unitDigits) {
                    fractionNanos += d * FixedPoint.pow10(unitDigits - 1 - k);
                } else if (d != 0) {
                    return fail(TOO_PRECISE);
                }
            }
        }
        if (whole > (Long.MAX_VALUE - fractionNanos) / unit) {
            return fail(OUT_OF_RANGE);
        }
        unitNanos = unit;
        error = OK;
        long nanos = whole * unit + fractionNanos;
        return negative ? -nanos : nanos;
    }

    /** {@code yyyy-MM-dd}, then optionally {@code [T ]HH:mm[:ss[.f]]} and {@code Z} or an offset. */
    private long text(byte[] bytes, int start, int end) {
        int length = end - start;
        if (length < 10) {
            return fail(UNRECOGNISED);
        }
        int year = digits(bytes, start, 4);
        byte separator = bytes[start + 4];
        int month = digits(bytes, start + 5, 2);
        int day = digits(bytes, start + 8, 2);
        if (year < 0 || month < 0 || day < 0 || (separator != '-' && separator != '/')
                || bytes[start + 7] != separator) {
            return fail(UNRECOGNISED);
        }
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return fail(UNRECOGNISED);
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return fail(OUT_OF_RANGE);
        }
        long seconds = daysFromCivil(year, month, day) * 86_400L;
        long nanos = 0;
        int i = start + 10;
        if (i < end) {
            byte t = bytes[i];
            if ((t != 'T' && t != ' ') || end - i < 6 || bytes[i + 3] != ':') {
                return fail(UNRECOGNISED);
            }
            int hour = digits(bytes, i + 1, 2);
            int minute = digits(bytes, i + 4, 2);
            if (hour < 0 || minute < 0 || hour > 23 || minute > 59) {
                return fail(UNRECOGNISED);
            }
            seconds += hour * 3_600L + minute * 60L;
            i += 6;
            if (i < end && bytes[i] == ':') {
                int second = end - i >= 3 ? digits(bytes, i + 1, 2) : -1;
                if (second < 0 || second > 59) {
                    return fail(UNRECOGNISED);
                }
                seconds += second;
                i += 3;
                if (i < end && (bytes[i] == '.' || bytes[i] == ',')) {
                    int k = 0;
                    for (i++; i < end && bytes[i] >= '0' && bytes[i] <= '9'; i++, k++) {
                        int d = bytes[i] - '0';
                        if (k < 9) {
                            nanos += d * FixedPoint.pow10(8 - k);
                        } else if (d != 0) {
                            return fail(TOO_PRECISE);
                        }
                    }
                    if (k == 0) {
                        return fail(UNRECOGNISED);
                    }
                }
            }
        }
        if (i < end) {
            long offset = offset(bytes, i, end);
            if (offset == Long.MIN_VALUE) {
                return fail(UNRECOGNISED);
            }
            seconds -= offset;
        } else if (fixedZone) {
            seconds -= fixedOffsetSeconds;
        } else {
            seconds += zoneDelta(seconds);
        }
        error = OK;
        return seconds * NANOS_PER_SECOND + nanos;
    }

    /** Seconds east of UTC of {@code Z}, {@code +HH:mm}, {@code +HHmm} or {@code +HH}; MIN_VALUE if none of these. */
    private static long offset(byte[] bytes, int i, int end) {
        int length = end - i;
        if (length == 1 && (bytes[i] == 'Z' || bytes[i] == 'z')) {
            return 0;
        }
        if (length < 3 || (bytes[i] != '+' && bytes[i] != '-')) {
            return Long.MIN_VALUE;
        }
        int sign = bytes[i] == '-' ? -1 : 1;
        int hours = digits(bytes, i + 1, 2);
        int minutes;
        if (length == 3) {
            minutes = 0;
        } else if (length == 5) {
            minutes = digits(bytes, i + 3, 2);
        } else if (length == 6 && bytes[i + 3] == ':') {
            minutes = digits(bytes, i + 4, 2);
        } else {
            return Long.MIN_VALUE;
        }
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
            return Long.MIN_VALUE;
        }
        return sign * (hours * 3_600L + minutes * 60L);
    }

    /**
     * UTC seconds minus local seconds in the zone (as {@link ZonedDateTime#of} resolves gaps and overlaps),
     * cached for the quarter hour holding {@code localSeconds} unless a transition falls inside it.
     */
    private long zoneDelta(long localSeconds) {
        long slot = Math.floorDiv(localSeconds, SLOT_SECONDS);
        if (slot != cachedSlot) {
            long slotStart = slot * SLOT_SECONDS;
            long startDelta = javaTimeDelta(slotStart);
            if (javaTimeDelta(slotStart + SLOT_SECONDS - 1) != startDelta) {
                return javaTimeDelta(localSeconds);
            }
            cachedSlotDelta = startDelta;
            cachedSlot = slot;
        }
        return cachedSlotDelta;
    }

    private long javaTimeDelta(long localSeconds) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(localSeconds, 0, ZoneOffset.UTC);
        return ZonedDateTime.ofLocal(local, zone, null).toEpochSecond() - localSeconds;
    }

    private long pattern(byte[] bytes, int start, int end) {
        String text = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        try {
            TemporalAccessor parsed = formatter.parse(text);
            long seconds;
            long nanos = parsed.isSupported(ChronoField.NANO_OF_SECOND) ? parsed.getLong(ChronoField.NANO_OF_SECOND) : 0;
            if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
                seconds = parsed.getLong(ChronoField.INSTANT_SECONDS);
            } else {
                LocalDate date = parsed.query(TemporalQueries.localDate());
                if (date == null) {
                    return fail(UNRECOGNISED);
                }
                LocalTime time = parsed.query(TemporalQueries.localTime());
                ZonedDateTime zoned = ZonedDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time, zone);
                seconds = zoned.toEpochSecond();
            }
            if (seconds < -9_223_372_036L || seconds > 9_223_372_035L) {
                return fail(OUT_OF_RANGE);
            }
            error = OK;
            return seconds * NANOS_PER_SECOND + nanos;
        } catch (DateTimeException e) {
            return fail(UNRECOGNISED);
        }
    }

    /** The value of {@code count} decimal digits at {@code at}, or -1 if any is not a digit. */
    private static int digits(byte[] bytes, int at, int count) {
        int value = 0;
        for (int k = 0; k < count; k++) {
            int d = bytes[at + k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    static long daysFromCivil(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    private long fail(int code) {
        error = code;
        return 0;
    }
}
