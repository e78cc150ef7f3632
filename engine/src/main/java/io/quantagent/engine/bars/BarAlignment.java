package io.quantagent.engine.bars;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Objects;

/**
 * Where bars of one time frame start and end: the grid that ticks are bucketed on.
 *
 * <p>By default ({@link #utc(TimeFrame)}) bars start at the UTC multiples of the time frame: 1 h bars at every
 * full hour, 1 d bars at 00:00 UTC. A session offset moves the grid: bars start at {@code sessionOffset} past
 * midnight and every time frame after that (4 h bars offset by 1 h start at 01:00, 05:00, ..., 21:00).
 *
 * <p>With a zone ({@link #of(TimeFrame, ZoneId, Duration)}) the grid is laid on the zone's wall clock: a bar
 * starts whenever the local clock reads {@code sessionOffset} plus a whole number of time frames past local
 * midnight (daily bars in America/New_York at 17:00 start at 17:00 New York time all year round). When the
 * zone changes its offset (daylight saving time), each boundary is the first instant at which the local clock
 * reads the boundary's local time:
 * <ul>
 *   <li>a local time skipped by a jump forward maps to the moment of the jump, so the bar before the jump is
 *       shorter and a bar that would start inside the skipped hour does not exist (1 h bars in New York on
 *       the spring-forward day go 01:00, 03:00);</li>
 *   <li>a local time that occurs twice after a jump back maps to its first occurrence, so the bar starting
 *       there also covers the repeated time (the 01:00 bar on the fall-back day in New York lasts two
 *       hours);</li>
 *   <li>hence a daily bar in a zone with DST lasts 23 or 25 hours on the days of the change, and an intraday
 *       bar that contains a change is shorter or longer by the size of the change.</li>
 * </ul>
 * Zones with a fixed offset (like {@code ZoneOffset.ofHours(2)}) are handled like UTC shifted by the offset.
 *
 * <p>Immutable and shareable. To locate bars on a hot path, use a {@link BarWindow} from {@link #newWindow()}.
 * Times are epoch nanoseconds in [{@link #MIN_TIME_NANOS}, {@link #MAX_TIME_NANOS}].
 */
public final class BarAlignment {

    static final long NANOS_PER_SECOND = 1_000_000_000L;
    static final long NANOS_PER_DAY = TimeFrame.SECONDS_PER_DAY * NANOS_PER_SECOND;

    /** The earliest time bars can be located for (two days after the earliest epoch-nanosecond long). */
    public static final long MIN_TIME_NANOS = Long.MIN_VALUE + 2 * NANOS_PER_DAY;
    /** The latest time bars can be located for (two days before the latest epoch-nanosecond long). */
    public static final long MAX_TIME_NANOS = Long.MAX_VALUE - 2 * NANOS_PER_DAY;

    private final TimeFrame timeFrame;
    private final ZoneId zone;
    private final Duration sessionOffset;
    private final ZoneRules rules;
    private final long gridShiftNanos;

    private BarAlignment(TimeFrame timeFrame, ZoneId zone, Duration sessionOffset) {
        this.timeFrame = Objects.requireNonNull(timeFrame, "timeFrame");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.sessionOffset = Objects.requireNonNull(sessionOffset, "sessionOffset");
        if (sessionOffset.isNegative() || sessionOffset.compareTo(Duration.ofDays(1)) >= 0) {
            throw new IllegalArgumentException(
                    "session offset must be in [0, 24h) past midnight, was " + sessionOffset);
        }
        long step = timeFrame.nanos();
        long offsetNanos = sessionOffset.toNanos();
        ZoneRules zoneRules = zone.getRules();
        if (zoneRules.isFixedOffset()) {
            long zoneOffsetNanos = zoneRules.getOffset(Instant.EPOCH).getTotalSeconds() * NANOS_PER_SECOND;
            this.rules = null;
            this.gridShiftNanos = Math.floorMod(offsetNanos - zoneOffsetNanos, step);
        } else {
            this.rules = zoneRules;
            this.gridShiftNanos = Math.floorMod(offsetNanos, step);
        }
    }

    /** Bars at the UTC multiples of the time frame (1 d bars from 00:00 UTC). */
    public static BarAlignment utc(TimeFrame timeFrame) {
        return new BarAlignment(timeFrame, ZoneOffset.UTC, Duration.ZERO);
    }

    /**
     * UTC bars starting {@code sessionOffset} past midnight UTC and every time frame after that.
     *
     * @throws IllegalArgumentException if the offset is not in [0, 24h)
     */
    public static BarAlignment utc(TimeFrame timeFrame, Duration sessionOffset) {
        return new BarAlignment(timeFrame, ZoneOffset.UTC, sessionOffset);
    }

    /**
     * Bars on the wall clock of {@code zone}, starting {@code sessionOffset} past local midnight and every time
     * frame after that (see the class comment for daylight saving time).
     *
     * @throws IllegalArgumentException if the offset is not in [0, 24h)
     */
    public static BarAlignment of(TimeFrame timeFrame, ZoneId zone, Duration sessionOffset) {
        return new BarAlignment(timeFrame, zone, sessionOffset);
    }

    /** The bar length. */
    public TimeFrame timeFrame() {
        return timeFrame;
    }

    /** The zone whose clock the grid follows (UTC by default). */
    public ZoneId zone() {
        return zone;
    }

    /** How long after (local) midnight the first bar of a day starts. */
    public Duration sessionOffset() {
        return sessionOffset;
    }

    /** True when the zone never changes its offset, so every bar lasts exactly one time frame. */
    public boolean isFixedOffset() {
        return rules == null;
    }

    /** A new, independent locator of bars on this grid (one per thread and instrument). */
    public BarWindow newWindow() {
        return new BarWindow(this);
    }

    /** Start of the bar containing {@code timeNanos}. For cold code and tests: hot paths keep a {@link BarWindow}. */
    public long barStart(long timeNanos) {
        BarWindow window = newWindow();
        window.moveTo(timeNanos);
        return window.start();
    }

    /** End of the bar containing {@code timeNanos}. For cold code and tests: hot paths keep a {@link BarWindow}. */
    public long barEnd(long timeNanos) {
        BarWindow window = newWindow();
        window.moveTo(timeNanos);
        return window.end();
    }

    /** True if a bar starts exactly at {@code timeNanos}. For cold code and tests. */
    public boolean isBarStart(long timeNanos) {
        return barStart(timeNanos) == timeNanos;
    }

    /** The zone's rules, or null when its offset is fixed. */
    ZoneRules rules() {
        return rules;
    }

    /**
     * Fixed offset: bars start at the instants congruent to this modulo the time frame. Zoned: bars start at
     * the local times (as epoch nanoseconds of the local clock) congruent to this.
     */
    long gridShiftNanos() {
        return gridShiftNanos;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BarAlignment other
                && other.timeFrame.equals(timeFrame)
                && other.zone.equals(zone)
                && other.sessionOffset.equals(sessionOffset);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeFrame, zone, sessionOffset);
    }

    /** For example "1h bars, UTC" or "1d bars, America/New_York +PT17H". */
    @Override
    public String toString() {
        String zoneText = zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
        return timeFrame + " bars, " + zoneText + (sessionOffset.isZero() ? "" : " +" + sessionOffset);
    }
}
