package io.quantagent.backtest.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers, times and durations are written in the report's tables. */
public final class Formats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final double LARGE = 1e9;
    private static final int PLAIN_DECIMALS = 8;

    private Formats() {
    }

    /** "12.34 %" for 0.1234. */
    public static String percent(double fraction) {
        return finite(fraction) ? number(fraction * 100) + " %" : nonFinite(fraction);
    }

    /** "1.23". */
    public static String ratio(double value) {
        return finite(value) ? number(value) : nonFinite(value);
    }

    /** "1,234.56". */
    public static String money(double value) {
        return finite(value) ? number(value) : nonFinite(value);
    }

    /** "5.01 \u00d7". */
    public static String multiple(double value) {
        return finite(value) ? number(value) + " \u00d7" : nonFinite(value);
    }

    /**
     * The double as a plain decimal of at most eight decimal places (the finest scale of the engine's prices and
     * quantities, so their values print exactly): "43250.12", "0.00012".
     */
    public static String plain(double value) {
        return finite(value)
                ? BigDecimal.valueOf(value).setScale(PLAIN_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                : nonFinite(value);
    }

    /** "2024-01-02 13:45" in UTC, with seconds when they are not zero. */
    public static String time(long epochNanos) {
        Instant instant = Instant.ofEpochSecond(Math.floorDiv(epochNanos, NANOS_PER_SECOND), Math.floorMod(epochNanos, NANOS_PER_SECOND));
        return (instant.getEpochSecond() % 60 == 0 ? MINUTES : SECONDS).format(instant);
    }

    /** "6 d 3 h", "2 h 15 m", "45 s". */
    public static String duration(Duration duration) {
        long days = duration.toDays();
        int hours = duration.toHoursPart();
        int minutes = duration.toMinutesPart();
        int seconds = duration.toSecondsPart();
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " m";
        }
        if (minutes > 0) {
            return minutes + " m " + seconds + " s";
        }
        return seconds + " s";
    }

    /** "2 / 4 (50.00 %)", or "n/a" when the whole is zero. */
    public static String share(long part, long whole) {
        return whole == 0 ? "n/a" : part + " / " + whole + " (" + percent((double) part / whole) + ")";
    }

    /** Two decimals with thousands separators; numbers of a billion and more in scientific notation. */
    private static String number(double value) {
        return Math.abs(value) < LARGE ? String.format(Locale.ROOT, "%,.2f", value) : String.format(Locale.ROOT, "%.3e", value);
    }

    private static boolean finite(double value) {
        return Double.isFinite(value);
    }

    private static String nonFinite(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return value > 0 ? "\u221e" : "\u2212\u221e";
    }
}
