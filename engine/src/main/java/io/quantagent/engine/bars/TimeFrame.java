package io.quantagent.engine.bars;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of a bar: from one second to one day.
 *
 * <p>The rule: a time frame is a whole number of seconds that divides a day (86,400 s) evenly, so that the
 * bars of every day start at the same times of day. {@code 1s}, {@code 5s}, {@code 1m}, {@code 5m},
 * {@code 15m}, {@code 1h}, {@code 4h} and {@code 1d} are time frames; {@code 7m} (a day is not a whole number
 * of 7-minute bars), {@code 500ms}, {@code 2d} and {@code 1w} are not.
 *
 * <p>Written as a count and a unit ({@code s}, {@code m}, {@code h}, {@code d}: "30s", "15m", "4h", "1d") or
 * as an ISO-8601 duration ("PT1H", "PT90M"). {@link #toString()} gives the short form, in the largest unit
 * that divides it ("90m", "2h", "1d").
 */
public final class TimeFrame implements Comparable<TimeFrame> {

    /** Seconds in a day: every time frame divides it. */
    public static final long SECONDS_PER_DAY = 86_400L;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final Pattern SHORT_FORM = Pattern.compile("(\\d{1,9})([smhd])");

    /** One second. */
    public static final TimeFrame ONE_SECOND = new TimeFrame(1);
    /** One minute. */
    public static final TimeFrame ONE_MINUTE = new TimeFrame(60);
    /** Five minutes. */
    public static final TimeFrame FIVE_MINUTES = new TimeFrame(300);
    /** Fifteen minutes. */
    public static final TimeFrame FIFTEEN_MINUTES = new TimeFrame(900);
    /** One hour. */
    public static final TimeFrame ONE_HOUR = new TimeFrame(3_600);
    /** Four hours. */
    public static final TimeFrame FOUR_HOURS = new TimeFrame(14_400);
    /** One day. */
    public static final TimeFrame ONE_DAY = new TimeFrame(SECONDS_PER_DAY);

    private final long seconds;

    private TimeFrame(long seconds) {
        this.seconds = seconds;
    }

    /**
     * The time frame of {@code seconds} seconds.
     *
     * @throws IllegalArgumentException if it is not in [1 s, 1 day] or does not divide a day evenly
     */
    public static TimeFrame ofSeconds(long seconds) {
        return new TimeFrame(checkSeconds(seconds, seconds + "s"));
    }

    /**
     * The time frame of a duration.
     *
     * @throws IllegalArgumentException if it is not a whole number of seconds, not in [1 s, 1 day], or does
     *     not divide a day evenly
     */
    public static TimeFrame of(Duration duration) {
        return new TimeFrame(checkDuration(duration, duration.toString()));
    }

    /**
     * Parses "30s", "1m", "5m", "15m", "1h", "4h", "1d" (a count and a unit) or an ISO-8601 duration such as
     * "PT1H".
     *
     * @throws IllegalArgumentException naming the text and the rule it breaks
     */
    public static TimeFrame parse(String text) {
        String trimmed = text.strip();
        if (!trimmed.isEmpty() && (trimmed.charAt(0) == 'P' || trimmed.charAt(0) == 'p')) {
            Duration duration;
            try {
                duration = Duration.parse(trimmed);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "time frame '" + text + "' is not a valid ISO-8601 duration (like PT1H or PT15M)", e);
            }
            return new TimeFrame(checkDuration(duration, text));
        }
        Matcher m = SHORT_FORM.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException("time frame '" + text
                    + "' is not a count and a unit (s, m, h or d), like 30s, 5m, 4h or 1d, nor an ISO-8601 duration like PT1H");
        }
        long count = Long.parseLong(m.group(1));
        long unitSeconds = switch (m.group(2)) {
            case "s" -> 1L;
            case "m" -> 60L;
            case "h" -> 3_600L;
            default -> SECONDS_PER_DAY;
        };
        return new TimeFrame(checkSeconds(count * unitSeconds, text));
    }

    private static long checkDuration(Duration duration, String text) {
        if (duration.getNano() != 0) {
            throw new IllegalArgumentException("time frame '" + text + "' is not a whole number of seconds");
        }
        return checkSeconds(duration.getSeconds(), text);
    }

    private static long checkSeconds(long seconds, String text) {
        if (seconds < 1) {
            throw new IllegalArgumentException("time frame '" + text + "' is shorter than one second");
        }
        if (seconds > SECONDS_PER_DAY) {
            throw new IllegalArgumentException("time frame '" + text + "' is longer than one day");
        }
        if (SECONDS_PER_DAY % seconds != 0) {
            throw new IllegalArgumentException("time frame '" + text + "' does not divide a day evenly ("
                    + SECONDS_PER_DAY + " s is not a whole number of " + seconds
                    + " s bars); use one that does, such as 1m, 5m, 15m, 1h, 4h or 1d");
        }
        return seconds;
    }

    /** The length in seconds. */
    public long seconds() {
        return seconds;
    }

    /** The length in nanoseconds. */
    public long nanos() {
        return seconds * NANOS_PER_SECOND;
    }

    /** The length as a duration. */
    public Duration duration() {
        return Duration.ofSeconds(seconds);
    }

    /** True if this time frame is a whole multiple (once or more) of {@code other}: {@code other} bars add up to it. */
    public boolean isMultipleOf(TimeFrame other) {
        return seconds % other.seconds == 0;
    }

    /** How many bars of this time frame fit in one day. */
    public long barsPerDay() {
        return SECONDS_PER_DAY / seconds;
    }

    @Override
    public int compareTo(TimeFrame other) {
        return Long.compare(seconds, other.seconds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeFrame other && other.seconds == seconds;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seconds);
    }

    /** The short form: "1s", "90m", "4h", "1d". */
    @Override
    public String toString() {
        if (seconds == SECONDS_PER_DAY) {
            return "1d";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
