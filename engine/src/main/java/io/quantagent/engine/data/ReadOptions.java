package io.quantagent.engine.data;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How a {@link MarketDataReader} reads a file.
 *
 * @param format the file's format, or {@code null} to detect it from the first line
 * @param zone the zone of text timestamps that carry no offset (exchange-local files); UTC by default
 * @param timestampFormat how timestamps are written; {@link TimestampFormat#AUTO} suits every known format
 * @param scales the decimals of prices and quantities; a value with more significant decimals is rejected
 * @param policy what to do with a bad row
 * @param maxProblems how many rejection messages a {@link ReadSummary} keeps (the count is always exact)
 * @param barInterval the interval of bars whose file states none, or {@code null} to take it from the file
 *     name when it says ({@code BTC_1h_7.csv}); without either, bars are delivered with an unknown close time
 */
public record ReadOptions(
        MarketDataFormat format,
        ZoneId zone,
        TimestampFormat timestampFormat,
        Scales scales,
        BadRowPolicy policy,
        int maxProblems,
        Duration barInterval) {

    /** Rejection messages kept by default. */
    public static final int DEFAULT_MAX_PROBLEMS = 20;

    public ReadOptions {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(timestampFormat, "timestampFormat");
        Objects.requireNonNull(scales, "scales");
        Objects.requireNonNull(policy, "policy");
        if (maxProblems < 0) {
            throw new IllegalArgumentException("maxProblems must be >= 0, was " + maxProblems);
        }
        if (barInterval != null && (barInterval.isNegative() || barInterval.isZero())) {
            throw new IllegalArgumentException("barInterval must be positive, was " + barInterval);
        }
    }

    /** Detected format, UTC, automatic timestamps, {@link Scales#DEFAULT}, fail on the first bad row. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, ZoneOffset.UTC, TimestampFormat.AUTO, Scales.DEFAULT, BadRowPolicy.FAIL_FAST,
                DEFAULT_MAX_PROBLEMS, null);
    }

    /** These options with the given format ({@code null}: detect). */
    public ReadOptions withFormat(MarketDataFormat newFormat) {
        return new ReadOptions(newFormat, zone, timestampFormat, scales, policy, maxProblems, barInterval);
    }

    /** These options with the given zone for timestamps without an offset. */
    public ReadOptions withZone(ZoneId newZone) {
        return new ReadOptions(format, newZone, timestampFormat, scales, policy, maxProblems, barInterval);
    }

    /** These options with the given timestamp format. */
    public ReadOptions withTimestampFormat(TimestampFormat newFormat) {
        return new ReadOptions(format, zone, newFormat, scales, policy, maxProblems, barInterval);
    }

    /** These options with the given scales. */
    public ReadOptions withScales(Scales newScales) {
        return new ReadOptions(format, zone, timestampFormat, newScales, policy, maxProblems, barInterval);
    }

    /** These options with the given bad-row policy. */
    public ReadOptions withPolicy(BadRowPolicy newPolicy) {
        return new ReadOptions(format, zone, timestampFormat, scales, newPolicy, maxProblems, barInterval);
    }

    /** These options keeping at most {@code max} rejection messages. */
    public ReadOptions withMaxProblems(int max) {
        return new ReadOptions(format, zone, timestampFormat, scales, policy, max, barInterval);
    }

    /** These options with the given bar interval ({@code null}: from the file). */
    public ReadOptions withBarInterval(Duration interval) {
        return new ReadOptions(format, zone, timestampFormat, scales, policy, maxProblems, interval);
    }
}
