package io.quantagent.engine.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Durations as people write them: {@code 250ms}, {@code 5m}, {@code 1h30m}, {@code 1d}, or ISO-8601
 * ({@code PT1H}). Units: {@code d}, {@code h}, {@code m}, {@code s}, {@code ms}, {@code us}, {@code ns}.
 */
public final class Durations {

    private static final long[] UNIT_NANOS = {86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L,
        1_000_000_000L, 1_000_000L, 1_000L, 1L};
    private static final String[] UNIT_NAMES = {"d", "h", "m", "s", "ms", "us", "ns"};

    private Durations() {
    }

    /**
     * Parses a duration.
     *
     * @throws IllegalArgumentException with a message for the user when the text is not a duration
     */
    public static Duration parse(String text) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("a duration cannot be empty");
        }
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        char first = Character.toUpperCase(s.charAt(0));
        if (first == 'P' || ((first == '-' || first == '+') && s.length() > 1 && Character.toUpperCase(s.charAt(1)) == 'P')) {
            try {
                return Duration.parse(s.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw notADuration(text);
            }
        }
        long nanos = 0;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw notADuration(text);
            }
            long amount;
            try {
                amount = Long.parseLong(s.substring(start, i));
            } catch (NumberFormatException e) {
                throw notADuration(text);
            }
            int unitStart = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            long unit = unitNanos(s.substring(unitStart, i));
            if (unit == 0) {
                throw notADuration(text);
            }
            try {
                nanos = Math.addExact(nanos, Math.multiplyExact(amount, unit));
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("'" + text + "' is too long a duration");
            }
        }
        return Duration.ofNanos(nanos);
    }

    /** The shortest exact text for a duration that {@link #parse} reads back: {@code 1h30m}, {@code 250ms}, {@code 0s}. */
    public static String format(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        if (duration.isNegative() || duration.compareTo(Duration.ofNanos(Long.MAX_VALUE)) > 0) {
            return duration.toString();
        }
        long rest = duration.toNanos();
        StringBuilder sb = new StringBuilder();
        for (int u = 0; u < UNIT_NANOS.length; u++) {
            long amount = rest / UNIT_NANOS[u];
            if (amount > 0) {
                sb.append(amount).append(UNIT_NAMES[u]);
                rest -= amount * UNIT_NANOS[u];
            }
        }
        return sb.toString();
    }

    private static long unitNanos(String unit) {
        for (int u = 0; u < UNIT_NAMES.length; u++) {
            if (UNIT_NAMES[u].equals(unit)) {
                return UNIT_NANOS[u];
            }
        }
        return unit.equals("µs") ? 1_000L : 0;
    }

    private static IllegalArgumentException notADuration(String text) {
        return new IllegalArgumentException("'" + text + "' is not a duration; write it like 250ms, 5m, 1h30m or PT1H");
    }
}
