package io.quantagent.engine.journal;

import io.quantagent.engine.data.FixedPoint;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One named value of a decoded journal record, kept with the kind that says how to render it: a whole number,
 * an exact fixed-point decimal (prices, quantities, amounts), a real number (agent readings), a symbol (an enum
 * constant), text, a flag or an event time.
 *
 * @param name the field's name
 * @param kind how the value is rendered
 * @param number the whole number, the fixed-point mantissa, the time in epoch nanoseconds or the flag (1 or 0)
 * @param decimals the decimals of a fixed-point value
 * @param real the real number
 * @param text the symbol or text
 */
public record Field(String name, Kind kind, long number, int decimals, double real, String text) {

    /** How a field is rendered. */
    public enum Kind {
        /** A whole number. */
        INTEGER,
        /** An exact decimal held as a fixed-point mantissa. */
        DECIMAL,
        /** A double (NaN and infinities render as text in JSON: null). */
        REAL,
        /** An enum constant's name. */
        SYMBOL,
        /** Free text. */
        TEXT,
        /** true or false. */
        FLAG,
        /** An event time, epoch nanoseconds (text: ISO-8601 UTC; none for the extreme values, null in JSON). */
        TIME,
        /** No value: {@code none} in text, null in JSON (bars since a signal that never happened, unknown staleness). */
        NONE
    }

    static Field integer(String name, long value) {
        return new Field(name, Kind.INTEGER, value, 0, 0, null);
    }

    static Field decimal(String name, long mantissa, int decimals) {
        return new Field(name, Kind.DECIMAL, mantissa, decimals, 0, null);
    }

    static Field real(String name, double value) {
        return new Field(name, Kind.REAL, 0, 0, value, null);
    }

    static Field symbol(String name, Enum<?> value) {
        return new Field(name, Kind.SYMBOL, 0, 0, 0, value.name());
    }

    static Field text(String name, String value) {
        return new Field(name, Kind.TEXT, 0, 0, 0, value);
    }

    static Field flag(String name, boolean value) {
        return new Field(name, Kind.FLAG, value ? 1 : 0, 0, 0, null);
    }

    static Field none(String name) {
        return new Field(name, Kind.NONE, 0, 0, 0, null);
    }

    /** A whole number, or {@link #none} when it equals {@code missing}. */
    static Field integerOr(String name, long value, long missing) {
        return value == missing ? none(name) : integer(name, value);
    }

    static Field time(String name, long nanos) {
        return new Field(name, Kind.TIME, nanos, 0, 0, null);
    }

    /** The value as text: exact decimals, ISO times, {@code none} for a missing time. */
    public String valueText() {
        return switch (kind) {
            case INTEGER -> Long.toString(number);
            case DECIMAL -> FixedPoint.format(number, decimals);
            case REAL -> Double.toString(real);
            case SYMBOL, TEXT -> text;
            case FLAG -> number != 0 ? "true" : "false";
            case TIME -> timeText(number);
            case NONE -> "none";
        };
    }

    /** The exact decimal value of a {@link Kind#DECIMAL} field. */
    public BigDecimal decimalValue() {
        return BigDecimal.valueOf(number, decimals);
    }

    /** Whether an event time is a real one (not {@link Long#MIN_VALUE} or {@link Long#MAX_VALUE}, which stand for none). */
    public static boolean isTime(long nanos) {
        return nanos != Long.MIN_VALUE && nanos != Long.MAX_VALUE;
    }

    /** An event time as ISO-8601 UTC text; {@code none} for {@link Long#MIN_VALUE} and {@link Long#MAX_VALUE}. */
    public static String timeText(long nanos) {
        if (!isTime(nanos)) {
            return "none";
        }
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L))
                .toString();
    }
}
