package io.quantagent.engine.bars;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * The bar {@code [start, end)} of a {@link BarAlignment} that contains a given time, kept until the time
 * leaves it: the common case of a tick in the current bar is {@link #contains(long)}, two comparisons.
 *
 * <p>{@link #moveTo(long)} never allocates for a fixed-offset grid (UTC). For a zone with daylight saving
 * time it is arithmetic too while the time stays in the same offset period (between two transitions of the
 * zone); it consults {@code java.time} (and allocates a little) only on entering a new offset period and for
 * the bars that contain a transition. Mutable and single-threaded: one per user.
 */
public final class BarWindow {

    private final BarAlignment alignment;
    private final long step;
    private final long shift;
    private final ZoneRules rules;

    private long start = Long.MAX_VALUE;
    private long end = Long.MIN_VALUE;

    // Zoned grids only: the offset period around the last located time, [periodStart, periodEnd) with a
    // constant offset; local times in [periodStart, safeStart) also occurred before periodStart (after a jump
    // back), so only bars inside [safeStart, periodEnd) are pure arithmetic.
    private long periodStart = Long.MAX_VALUE;
    private long periodEnd = Long.MIN_VALUE;
    private long safeStart;
    private long offset;
    private long offsetBefore;

    BarWindow(BarAlignment alignment) {
        this.alignment = alignment;
        this.step = alignment.timeFrame().nanos();
        this.shift = alignment.gridShiftNanos();
        this.rules = alignment.rules();
    }

    /** The grid this window moves on. */
    public BarAlignment alignment() {
        return alignment;
    }

    /** Start of the current bar (inclusive), epoch nanoseconds. */
    public long start() {
        return start;
    }

    /** End of the current bar (exclusive), epoch nanoseconds; the next bar starts here. */
    public long end() {
        return end;
    }

    /** True if {@code timeNanos} lies in the current bar; false before the first {@link #moveTo(long)}. */
    public boolean contains(long timeNanos) {
        return timeNanos >= start && timeNanos < end;
    }

    /**
     * Makes the current bar the one containing {@code timeNanos} (in either direction).
     *
     * @throws IllegalArgumentException if the time is outside [{@link BarAlignment#MIN_TIME_NANOS},
     *     {@link BarAlignment#MAX_TIME_NANOS}]
     */
    public void moveTo(long timeNanos) {
        if (timeNanos >= start && timeNanos < end) {
            return;
        }
        if (timeNanos < BarAlignment.MIN_TIME_NANOS || timeNanos > BarAlignment.MAX_TIME_NANOS) {
            throw new IllegalArgumentException("time " + timeNanos + " ns is outside the range bars can be located in");
        }
        if (rules == null) {
            start = timeNanos - Math.floorMod(timeNanos - shift, step);
            end = start + step;
        } else {
            moveZoned(timeNanos);
        }
    }

    private void moveZoned(long t) {
        if (t < periodStart || t >= periodEnd) {
            loadOffsetPeriod(t);
        }
        if (t >= safeStart) {
            long local = floorGrid(t + offset);
            long barStart = local - offset;
            long barEnd = local + step - offset;
            if (barStart >= safeStart && barEnd < periodEnd) {
                start = barStart;
                end = barEnd;
                return;
            }
        }
        moveAcrossTransition(t);
    }

    /** The bar containing {@code t} when it touches a transition: search the local grid with java.time. */
    private void moveAcrossTransition(long t) {
        // After a jump back, the local clock repeats times it already showed; the bar is then the one of the
        // latest local time shown so far, just before the jump.
        long latestLocal = t < safeStart ? periodStart + offsetBefore - 1 : t + offset;
        long local = floorGrid(latestLocal);
        long barStart = firstInstantAt(local);
        long barEnd = firstInstantAt(local + step);
        while (barEnd <= t) {
            local += step;
            barStart = barEnd;
            barEnd = firstInstantAt(local + step);
        }
        while (barStart > t) {
            local -= step;
            barEnd = barStart;
            barStart = firstInstantAt(local);
        }
        start = barStart;
        end = barEnd;
    }

    private void loadOffsetPeriod(long t) {
        Instant at = toInstant(t);
        offset = rules.getOffset(at).getTotalSeconds() * BarAlignment.NANOS_PER_SECOND;
        ZoneOffsetTransition previous = rules.previousTransition(at.plusNanos(1));
        if (previous == null) {
            periodStart = Long.MIN_VALUE;
            offsetBefore = offset;
        } else {
            periodStart = toNanos(previous.getInstant());
            offsetBefore = previous.getOffsetBefore().getTotalSeconds() * BarAlignment.NANOS_PER_SECOND;
        }
        safeStart = periodStart == Long.MIN_VALUE ? Long.MIN_VALUE : periodStart + Math.max(0, offsetBefore - offset);
        ZoneOffsetTransition next = rules.nextTransition(at);
        periodEnd = next == null ? Long.MAX_VALUE : toNanos(next.getInstant());
    }

    /** The first instant at which the zone's clock reads {@code localNanos} or later. */
    private long firstInstantAt(long localNanos) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(Math.floorDiv(localNanos, BarAlignment.NANOS_PER_SECOND),
                (int) Math.floorMod(localNanos, BarAlignment.NANOS_PER_SECOND), ZoneOffset.UTC);
        List<ZoneOffset> valid = rules.getValidOffsets(local);
        if (valid.isEmpty()) {
            return toNanos(rules.getTransition(local).getInstant());
        }
        int offsetSeconds = valid.get(0).getTotalSeconds();
        if (valid.size() > 1) {
            offsetSeconds = Math.max(offsetSeconds, valid.get(1).getTotalSeconds());
        }
        return localNanos - offsetSeconds * BarAlignment.NANOS_PER_SECOND;
    }

    private long floorGrid(long localNanos) {
        return localNanos - Math.floorMod(localNanos - shift, step);
    }

    private static Instant toInstant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, BarAlignment.NANOS_PER_SECOND),
                Math.floorMod(nanos, BarAlignment.NANOS_PER_SECOND));
    }

    private static long toNanos(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds >= Long.MAX_VALUE / BarAlignment.NANOS_PER_SECOND) {
            return Long.MAX_VALUE;
        }
        if (seconds <= Long.MIN_VALUE / BarAlignment.NANOS_PER_SECOND) {
            return Long.MIN_VALUE;
        }
        return seconds * BarAlignment.NANOS_PER_SECOND + instant.getNano();
    }
}
