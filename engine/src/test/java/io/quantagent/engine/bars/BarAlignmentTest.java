package io.quantagent.engine.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarAlignmentTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static long nanos(String instant) {
        Instant i = Instant.parse(instant);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    static String instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L)).toString();
    }

    /** The bars, as "start/end" UTC texts, that a window visits from {@code from} until it reaches {@code to}. */
    static List<String> barsBetween(BarAlignment alignment, String from, String to) {
        BarWindow w = alignment.newWindow();
        List<String> out = new ArrayList<>();
        long t = nanos(from);
        long stop = nanos(to);
        while (t < stop) {
            w.moveTo(t);
            out.add(instant(w.start()) + "/" + instant(w.end()));
            t = w.end();
        }
        return out;
    }

    @Test
    void utcBarsStartAtMultiplesOfTheTimeFrame() {
        BarWindow w = BarAlignment.utc(TimeFrame.FIVE_MINUTES).newWindow();
        w.moveTo(nanos("2024-05-01T10:07:31.250Z"));
        assertThat(instant(w.start())).isEqualTo("2024-05-01T10:05:00Z");
        assertThat(instant(w.end())).isEqualTo("2024-05-01T10:10:00Z");
        assertThat(w.contains(nanos("2024-05-01T10:05:00Z"))).isTrue();
        assertThat(w.contains(nanos("2024-05-01T10:09:59.999999999Z"))).isTrue();
        assertThat(w.contains(nanos("2024-05-01T10:10:00Z"))).isFalse();
    }

    @Test
    void timesBeforeTheEpochFloorDownwards() {
        BarAlignment hour = BarAlignment.utc(TimeFrame.ONE_HOUR);
        assertThat(instant(hour.barStart(nanos("1969-12-31T23:59:59.5Z")))).isEqualTo("1969-12-31T23:00:00Z");
        assertThat(instant(hour.barEnd(nanos("1969-12-31T23:59:59.5Z")))).isEqualTo("1970-01-01T00:00:00Z");
    }

    @Test
    void sessionOffsetShiftsTheGrid() {
        BarAlignment fourHoursFromOne = BarAlignment.utc(TimeFrame.FOUR_HOURS, Duration.ofHours(1));
        assertThat(barsBetween(fourHoursFromOne, "2024-05-01T00:30:00Z", "2024-05-01T09:00:00Z")).containsExactly(
                "2024-04-30T21:00:00Z/2024-05-01T01:00:00Z",
                "2024-05-01T01:00:00Z/2024-05-01T05:00:00Z",
                "2024-05-01T05:00:00Z/2024-05-01T09:00:00Z");
        assertThat(fourHoursFromOne.isBarStart(nanos("2024-05-01T13:00:00Z"))).isTrue();
        assertThat(fourHoursFromOne.isBarStart(nanos("2024-05-01T12:00:00Z"))).isFalse();
    }

    @Test
    void fixedOffsetZoneDailyBarsStartAtLocalMidnight() {
        BarAlignment india = BarAlignment.of(TimeFrame.ONE_DAY, ZoneOffset.ofHoursMinutes(5, 30), Duration.ZERO);
        assertThat(india.isFixedOffset()).isTrue();
        assertThat(instant(india.barStart(nanos("2024-05-01T12:00:00Z")))).isEqualTo("2024-04-30T18:30:00Z");
        assertThat(instant(india.barEnd(nanos("2024-05-01T12:00:00Z")))).isEqualTo("2024-05-01T18:30:00Z");
    }

    @Test
    void newYorkDailyBarsAt17AreTwentyThreeHoursOnSpringForwardAndTwentyFiveOnFallBack() {
        BarAlignment ny = BarAlignment.of(TimeFrame.ONE_DAY, NEW_YORK, Duration.ofHours(17));
        assertThat(ny.isFixedOffset()).isFalse();
        // 2024-03-10 02:00 EST -> 03:00 EDT; 2024-11-03 02:00 EDT -> 01:00 EST.
        assertThat(barsBetween(ny, "2024-03-08T23:00:00Z", "2024-03-11T22:00:00Z")).containsExactly(
                "2024-03-08T22:00:00Z/2024-03-09T22:00:00Z",
                "2024-03-09T22:00:00Z/2024-03-10T21:00:00Z",
                "2024-03-10T21:00:00Z/2024-03-11T21:00:00Z",
                "2024-03-11T21:00:00Z/2024-03-12T21:00:00Z");
        assertThat(barsBetween(ny, "2024-11-01T22:00:00Z", "2024-11-03T23:00:00Z")).containsExactly(
                "2024-11-01T21:00:00Z/2024-11-02T21:00:00Z",
                "2024-11-02T21:00:00Z/2024-11-03T22:00:00Z",
                "2024-11-03T22:00:00Z/2024-11-04T22:00:00Z");
    }

    @Test
    void hourlyBarsSkipTheMissingHourAndStretchTheRepeatedOne() {
        BarAlignment ny = BarAlignment.of(TimeFrame.ONE_HOUR, NEW_YORK, Duration.ZERO);
        // Spring forward: local 01:00 EST (06:00Z), then 03:00 EDT (07:00Z): no 02:00 bar.
        assertThat(barsBetween(ny, "2024-03-10T05:00:00Z", "2024-03-10T09:00:00Z")).containsExactly(
                "2024-03-10T05:00:00Z/2024-03-10T06:00:00Z",
                "2024-03-10T06:00:00Z/2024-03-10T07:00:00Z",
                "2024-03-10T07:00:00Z/2024-03-10T08:00:00Z",
                "2024-03-10T08:00:00Z/2024-03-10T09:00:00Z");
        // Fall back: the 01:00 bar covers 01:00 EDT to 02:00 EST, two hours.
        assertThat(barsBetween(ny, "2024-11-03T04:00:00Z", "2024-11-03T09:00:00Z")).containsExactly(
                "2024-11-03T04:00:00Z/2024-11-03T05:00:00Z",
                "2024-11-03T05:00:00Z/2024-11-03T07:00:00Z",
                "2024-11-03T07:00:00Z/2024-11-03T08:00:00Z",
                "2024-11-03T08:00:00Z/2024-11-03T09:00:00Z");
        // A time inside the second 01:xx (EST) belongs to the stretched 01:00 bar too.
        assertThat(instant(ny.barStart(nanos("2024-11-03T06:30:00Z")))).isEqualTo("2024-11-03T05:00:00Z");
    }

    @Test
    void fourHourBarsOffsetByOneHourInNewYorkAcrossBothChanges() {
        BarAlignment ny = BarAlignment.of(TimeFrame.FOUR_HOURS, NEW_YORK, Duration.ofHours(1));
        // Local 21:00, 01:00, 05:00, 09:00: the 01:00 bar is 3 h in March and 5 h in November.
        assertThat(barsBetween(ny, "2024-03-10T02:00:00Z", "2024-03-10T13:00:00Z")).containsExactly(
                "2024-03-10T02:00:00Z/2024-03-10T06:00:00Z",
                "2024-03-10T06:00:00Z/2024-03-10T09:00:00Z",
                "2024-03-10T09:00:00Z/2024-03-10T13:00:00Z");
        assertThat(barsBetween(ny, "2024-11-03T01:00:00Z", "2024-11-03T14:00:00Z")).containsExactly(
                "2024-11-03T01:00:00Z/2024-11-03T05:00:00Z",
                "2024-11-03T05:00:00Z/2024-11-03T10:00:00Z",
                "2024-11-03T10:00:00Z/2024-11-03T14:00:00Z");
    }

    @Test
    void halfHourShiftOfLordHowe() {
        // Australia/Lord_Howe: +10:30 standard, +11:00 summer; 2024-04-07 02:00 local (+11) -> 01:30 (+10:30).
        BarAlignment lordHowe = BarAlignment.of(TimeFrame.ONE_HOUR, ZoneId.of("Australia/Lord_Howe"), Duration.ZERO);
        assertThat(barsBetween(lordHowe, "2024-04-06T13:00:00Z", "2024-04-06T17:00:00Z")).containsExactly(
                "2024-04-06T13:00:00Z/2024-04-06T14:00:00Z", // 00:00-01:00 (+11)
                "2024-04-06T14:00:00Z/2024-04-06T15:30:00Z", // 01:00 (+11) to 02:00 (+10:30): 90 minutes
                "2024-04-06T15:30:00Z/2024-04-06T16:30:00Z",
                "2024-04-06T16:30:00Z/2024-04-06T17:30:00Z");
    }

    @Test
    void aSkippedDayHasNoDailyBar() {
        // Samoa skipped 2011-12-30: 2011-12-29 23:59:59 (-10) was followed by 2011-12-31 00:00 (+14).
        BarAlignment apia = BarAlignment.of(TimeFrame.ONE_DAY, ZoneId.of("Pacific/Apia"), Duration.ZERO);
        assertThat(barsBetween(apia, "2011-12-29T10:00:00Z", "2011-12-31T10:00:00Z")).containsExactly(
                "2011-12-29T10:00:00Z/2011-12-30T10:00:00Z",
                "2011-12-30T10:00:00Z/2011-12-31T10:00:00Z");
        assertThat(instant(apia.barStart(nanos("2011-12-30T09:59:59Z")))).isEqualTo("2011-12-29T10:00:00Z");
        assertThat(instant(apia.barStart(nanos("2011-12-30T10:00:00Z")))).isEqualTo("2011-12-30T10:00:00Z");
    }

    @Test
    void midnightSkippedByTheClockStartsTheDayAtTheJump() {
        // Sao Paulo 2018-11-04: 00:00 (-03) jumped to 01:00 (-02): that day's bar starts at the jump and lasts 23 h.
        BarAlignment saoPaulo = BarAlignment.of(TimeFrame.ONE_DAY, ZoneId.of("America/Sao_Paulo"), Duration.ZERO);
        assertThat(barsBetween(saoPaulo, "2018-11-03T12:00:00Z", "2018-11-04T12:00:00Z")).containsExactly(
                "2018-11-03T03:00:00Z/2018-11-04T03:00:00Z",
                "2018-11-04T03:00:00Z/2018-11-05T02:00:00Z");
    }

    @Test
    void movingBackwardsAcrossOffsetPeriodsGivesTheSameBars() {
        BarAlignment ny = BarAlignment.of(TimeFrame.FIFTEEN_MINUTES, NEW_YORK, Duration.ZERO);
        BarWindow w = ny.newWindow();
        w.moveTo(nanos("2024-07-01T12:07:00Z"));
        assertThat(instant(w.start())).isEqualTo("2024-07-01T12:00:00Z");
        w.moveTo(nanos("2024-01-01T12:07:00Z"));
        assertThat(instant(w.start())).isEqualTo("2024-01-01T12:00:00Z");
        w.moveTo(nanos("2024-11-03T06:20:00Z"));
        assertThat(instant(w.start())).isEqualTo("2024-11-03T05:45:00Z");
        assertThat(instant(w.end())).isEqualTo("2024-11-03T07:00:00Z");
    }

    @Test
    void rejectsSessionOffsetsOutsideOneDay() {
        assertThatThrownBy(() -> BarAlignment.utc(TimeFrame.ONE_DAY, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("session offset");
        assertThatThrownBy(() -> BarAlignment.of(TimeFrame.ONE_DAY, NEW_YORK, Duration.ofHours(24)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("session offset");
    }

    @Test
    void rejectsTimesOutsideTheLocatableRange() {
        BarWindow w = BarAlignment.utc(TimeFrame.ONE_DAY).newWindow();
        assertThatThrownBy(() -> w.moveTo(Long.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
        w.moveTo(BarAlignment.MAX_TIME_NANOS);
        assertThat(w.end()).isGreaterThan(BarAlignment.MAX_TIME_NANOS);
        w.moveTo(BarAlignment.MIN_TIME_NANOS);
        assertThat(w.start()).isLessThanOrEqualTo(BarAlignment.MIN_TIME_NANOS);
    }

    @Test
    void valueSemanticsAndText() {
        BarAlignment a = BarAlignment.of(TimeFrame.ONE_DAY, NEW_YORK, Duration.ofHours(17));
        assertThat(a).isEqualTo(BarAlignment.of(TimeFrame.parse("1d"), NEW_YORK, Duration.ofHours(17)))
                .hasSameHashCodeAs(BarAlignment.of(TimeFrame.parse("1d"), NEW_YORK, Duration.ofHours(17)))
                .isNotEqualTo(BarAlignment.of(TimeFrame.ONE_DAY, NEW_YORK, Duration.ofHours(18)));
        assertThat(a.toString()).isEqualTo("1d bars, America/New_York +PT17H");
        assertThat(BarAlignment.utc(TimeFrame.ONE_HOUR).toString()).isEqualTo("1h bars, UTC");
    }
}
