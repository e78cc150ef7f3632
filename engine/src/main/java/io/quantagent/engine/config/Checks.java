package io.quantagent.engine.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every range problem of one record, then throws them together, so that a user fixes a file once.
 * Keys are relative to the record; the loader puts them under the record's path.
 */
final class Checks {

    private final List<ConfigProblem> problems = new ArrayList<>();

    /** Requires a value; later checks of a missing value are skipped by their callers. */
    boolean present(String key, Object value) {
        if (value == null) {
            problems.add(ConfigProblem.of(key, "must have a value"));
            return false;
        }
        return true;
    }

    Checks between(String key, int value, int min, int max) {
        if (value < min || value > max) {
            fail(key, "must be between " + min + " and " + max + ", was " + value);
        }
        return this;
    }

    Checks between(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            fail(key, "must be between " + text(min) + " and " + text(max) + ", was " + text(value));
        }
        return this;
    }

    /** {@code min < value <= max}. */
    Checks aboveAtMost(String key, double value, double min, double max) {
        if (!(value > min && value <= max)) {
            fail(key, "must be greater than " + text(min) + " and at most " + text(max) + ", was " + text(value));
        }
        return this;
    }

    Checks between(String key, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (present(key, value) && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
            fail(key, "must be between " + text(min) + " and " + text(max) + ", was " + text(value));
        }
        return this;
    }

    /** {@code min < value <= max}. */
    Checks aboveAtMost(String key, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (present(key, value) && (value.compareTo(min) <= 0 || value.compareTo(max) > 0)) {
            fail(key, "must be greater than " + text(min) + " and at most " + text(max) + ", was " + text(value));
        }
        return this;
    }

    Checks between(String key, Duration value, Duration min, Duration max) {
        if (present(key, value) && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
            fail(key, "must be between " + Durations.format(min) + " and " + Durations.format(max)
                    + ", was " + Durations.format(value));
        }
        return this;
    }

    /** Adds a problem when {@code ok} is false. */
    Checks require(boolean ok, String key, String message) {
        if (!ok) {
            fail(key, message);
        }
        return this;
    }

    Checks fail(String key, String message) {
        problems.add(ConfigProblem.of(key, message));
        return this;
    }

    /** Whether a problem has been found so far. */
    boolean failed() {
        return !problems.isEmpty();
    }

    /** Throws every problem found, if any. */
    void done() {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    /** A number as a person writes it: 14, 0.5, 0.0001 (never 1.0E-4). */
    static String text(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** An amount without trailing zeros, so that equal amounts are equal records (100000 and 100000.00). */
    static BigDecimal exact(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    static String text(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
