package io.quantagent.engine.bars;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Test oracle: the bar grid computed straight from its definition, slowly. UTC: multiples of the time frame
 * plus the session offset. Zone: a bar starts at the first instant the local clock reads a grid time (session
 * offset plus k time frames after local midnight); the bar containing t is the one of the last grid time whose
 * first instant is not after t, found by binary search over k.
 */
final class ReferenceGrid {

    private static final long NANOS = 1_000_000_000L;
    private static final long SEARCH_SPAN = 30L * 3_600 * NANOS;

    private final long step;
    private final long sessionOffset;
    private final ZoneId zone;
    private final ZoneRules rules;

    ReferenceGrid(long stepNanos, long sessionOffsetNanos, ZoneId zone) {
        this.step = stepNanos;
        this.sessionOffset = sessionOffsetNanos;
        this.zone = zone;
        this.rules = zone == null ? null : zone.getRules();
    }

    static ReferenceGrid utc(long stepNanos, long sessionOffsetNanos) {
        return new ReferenceGrid(stepNanos, sessionOffsetNanos, null);
    }

    long start(long t) {
        if (zone == null) {
            return Math.floorDiv(t - sessionOffset, step) * step + sessionOffset;
        }
        return firstInstantAt(lastGridIndexAtOrBefore(t));
    }

    long end(long t) {
        if (zone == null) {
            return start(t) + step;
        }
        return firstInstantAt(lastGridIndexAtOrBefore(t) + 1);
    }

    private long lastGridIndexAtOrBefore(long t) {
        long approxLocal = t + rules.getOffset(instant(t)).getTotalSeconds() * NANOS;
        long k0 = Math.floorDiv(approxLocal - sessionOffset, step);
        long span = SEARCH_SPAN / step + 2;
        long lo = k0 - span;
        long hi = k0 + span;
        if (firstInstantAt(lo) > t || firstInstantAt(hi) <= t) {
            throw new AssertionError("reference search range too small at " + instant(t) + " in " + zone);
        }
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (firstInstantAt(mid) <= t) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private long firstInstantAt(long gridIndex) {
        long localNanos = sessionOffset + gridIndex * step;
        LocalDateTime local = LocalDateTime.ofEpochSecond(Math.floorDiv(localNanos, NANOS),
                (int) Math.floorMod(localNanos, NANOS), ZoneOffset.UTC);
        ZoneOffsetTransition transition = rules.getTransition(local);
        if (transition != null && transition.isGap()) {
            return nanos(transition.getInstant());
        }
        return nanos(ZonedDateTime.ofLocal(local, zone, null).toInstant());
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
    }

    static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS), instant.getNano());
    }
}
