package io.quantagent.engine.config;

import java.time.Duration;
import java.time.ZoneId;

/**
 * How trades are cut into bars (section {@code bars}).
 *
 * @param timeframe the length of a bar, from {@code 1s} to {@code 1d}, whole seconds, dividing a day evenly
 *     ({@code 1m}, {@code 5m}, {@code 1h}, {@code 4h}); default {@code 1h} (the paper evaluates 1 h and 4 h bars)
 * @param zone the time zone bar boundaries are aligned in (matters for bars of a day); default {@code UTC}
 * @param sessionOffset how far bar boundaries are shifted from midnight in {@code zone}, at least 0 and less
 *     than the timeframe (for example {@code 17h} for daily bars that close at 17:00); default {@code 0s}
 */
public record BarsConfig(Duration timeframe, ZoneId zone, Duration sessionOffset) {

    private static final BarsConfig DEFAULTS = new BarsConfig(Duration.ofHours(1), ZoneId.of("UTC"), Duration.ZERO);

    public BarsConfig {
        Checks checks = new Checks();
        if (checks.present("timeframe", timeframe)) {
            checks.between("timeframe", timeframe, Duration.ofSeconds(1), Duration.ofDays(1));
            checks.require(timeframe.getNano() == 0,
                    "timeframe", "must be whole seconds, was " + Durations.format(timeframe));
            if (!checks.failed()) {
                checks.require(Duration.ofDays(1).getSeconds() % timeframe.getSeconds() == 0, "timeframe",
                        "must divide a day evenly (1m, 5m, 15m, 1h, 4h, 1d, ...), was " + Durations.format(timeframe));
            }
        }
        checks.present("zone", zone);
        if (checks.present("sessionOffset", sessionOffset) && timeframe != null) {
            checks.require(!sessionOffset.isNegative() && sessionOffset.compareTo(timeframe) < 0, "sessionOffset",
                    "must be at least 0s and less than the timeframe (" + Durations.format(timeframe) + "), was "
                            + Durations.format(sessionOffset));
        }
        checks.done();
    }

    /** One-hour bars in UTC, aligned on the hour. */
    public static BarsConfig defaults() {
        return DEFAULTS;
    }

    /** The timeframe in nanoseconds, for the bar stage. */
    public long timeframeNanos() {
        return timeframe.toNanos();
    }
}
