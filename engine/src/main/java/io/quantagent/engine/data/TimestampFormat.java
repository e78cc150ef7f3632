package io.quantagent.engine.data;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * How the timestamps of a file are written.
 *
 * <p>Text timestamps without a zone or offset are read in the zone of the {@link ReadOptions}. Epoch values
 * may carry a decimal fraction ({@code 1385337600.5}). {@link Kind#AUTO} reads all-digit values as epoch
 * values whose unit follows from their magnitude, and anything else as text.
 *
 * @param kind the kind of timestamp
 * @param pattern the {@link DateTimeFormatter} pattern for {@link Kind#PATTERN}, otherwise {@code null}
 */
public record TimestampFormat(Kind kind, String pattern) {

    /** The kinds of timestamp a reader understands. */
    public enum Kind {
        /** Epoch numbers by magnitude, otherwise text as for {@link #TEXT}. */
        AUTO,
        /**
         * {@code yyyy-MM-dd}, {@code yyyy-MM-dd HH:mm[:ss[.fffffffff]]} or ISO-8601 with {@code T}, with an
         * optional {@code Z} or offset ({@code +02:00}, {@code +0200}, {@code +02}).
         */
        TEXT,
        /** Epoch numbers, unit by magnitude: below 10^11 seconds, 10^14 milliseconds, 10^17 microseconds, else nanoseconds. */
        EPOCH,
        /** Epoch seconds. */
        EPOCH_SECONDS,
        /** Epoch milliseconds. */
        EPOCH_MILLIS,
        /** Epoch microseconds. */
        EPOCH_MICROS,
        /** Epoch nanoseconds. */
        EPOCH_NANOS,
        /** A {@link DateTimeFormatter} pattern (slower: allocates per row; meant for small bar files). */
        PATTERN
    }

    /** Epoch numbers or text, told apart per value. */
    public static final TimestampFormat AUTO = new TimestampFormat(Kind.AUTO, null);
    /** ISO-8601 and {@code yyyy-MM-dd HH:mm:ss} text, or plain dates. */
    public static final TimestampFormat TEXT = new TimestampFormat(Kind.TEXT, null);
    /** Epoch numbers, unit by magnitude. */
    public static final TimestampFormat EPOCH = new TimestampFormat(Kind.EPOCH, null);
    /** Epoch seconds. */
    public static final TimestampFormat EPOCH_SECONDS = new TimestampFormat(Kind.EPOCH_SECONDS, null);
    /** Epoch milliseconds. */
    public static final TimestampFormat EPOCH_MILLIS = new TimestampFormat(Kind.EPOCH_MILLIS, null);
    /** Epoch microseconds. */
    public static final TimestampFormat EPOCH_MICROS = new TimestampFormat(Kind.EPOCH_MICROS, null);
    /** Epoch nanoseconds. */
    public static final TimestampFormat EPOCH_NANOS = new TimestampFormat(Kind.EPOCH_NANOS, null);

    public TimestampFormat {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.PATTERN) {
            Objects.requireNonNull(pattern, "pattern");
            DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        } else if (pattern != null) {
            throw new IllegalArgumentException("a pattern is only for Kind.PATTERN, not " + kind);
        }
    }

    /** A {@link DateTimeFormatter} pattern such as {@code dd/MM/yyyy HH:mm}; throws IllegalArgumentException when invalid. */
    public static TimestampFormat pattern(String pattern) {
        return new TimestampFormat(Kind.PATTERN, pattern);
    }

    /**
     * Reads a command-line or configuration spelling: {@code auto}, {@code iso} (or {@code text}),
     * {@code epoch}, {@code epoch-s}, {@code epoch-ms}, {@code epoch-us}, {@code epoch-ns}; anything else is
     * taken as a {@link DateTimeFormatter} pattern.
     *
     * @throws IllegalArgumentException when the pattern is invalid, with a message naming it
     */
    public static TimestampFormat parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        switch (spec.trim().toLowerCase(Locale.ROOT)) {
            case "auto":
                return AUTO;
            case "iso":
            case "text":
                return TEXT;
            case "epoch":
                return EPOCH;
            case "epoch-s":
                return EPOCH_SECONDS;
            case "epoch-ms":
                return EPOCH_MILLIS;
            case "epoch-us":
                return EPOCH_MICROS;
            case "epoch-ns":
                return EPOCH_NANOS;
            default:
                try {
                    return pattern(spec);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("invalid timestamp pattern '" + spec + "': " + e.getMessage(), e);
                }
        }
    }

    /** The spelling {@link #parse(String)} reads back. */
    @Override
    public String toString() {
        return switch (kind) {
            case AUTO -> "auto";
            case TEXT -> "iso";
            case EPOCH -> "epoch";
            case EPOCH_SECONDS -> "epoch-s";
            case EPOCH_MILLIS -> "epoch-ms";
            case EPOCH_MICROS -> "epoch-us";
            case EPOCH_NANOS -> "epoch-ns";
            case PATTERN -> pattern;
        };
    }
}
