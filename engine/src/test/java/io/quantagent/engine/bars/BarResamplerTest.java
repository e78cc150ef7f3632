package io.quantagent.engine.bars;

import static io.quantagent.engine.bars.BarAlignmentTest.nanos;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BarResamplerTest {

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();
    private static final long HOUR = Duration.ofHours(1).toNanos();

    private final RecordingListener out = new RecordingListener();
    private final BarResampler fiveMinutes = new BarResampler(TimeFrame.ONE_MINUTE, TimeFrame.FIVE_MINUTES, out);

    /** A one-minute bar starting {@code minute} minutes after 10:00 UTC. */
    private boolean minuteBar(BarResampler r, int minute, long o, long h, long l, long c, long v, long n) {
        long open = nanos("2024-05-01T10:00:00Z") + minute * MINUTE;
        return r.add(open, open + MINUTE, o, h, l, c, v, n);
    }

    @Test
    void fiveMinuteBarTakesFirstOpenLastCloseExtremesAndSums() {
        minuteBar(fiveMinutes, 0, 100, 105, 99, 104, 10, 3);
        minuteBar(fiveMinutes, 1, 104, 110, 103, 108, 20, 5);
        minuteBar(fiveMinutes, 3, 108, 108, 95, 97, 5, 1);
        assertThat(out.bars).isEmpty();
        minuteBar(fiveMinutes, 4, 97, 101, 96, 100, 7, 2);

        assertThat(out.bars).containsExactly(new Bar().set(nanos("2024-05-01T10:00:00Z"),
                nanos("2024-05-01T10:05:00Z"), 100, 110, 95, 100, 42, 11));
    }

    @Test
    void aTargetBarMissingItsLastSourceBarClosesOnTheNextSourceBarOrOnTime() {
        minuteBar(fiveMinutes, 1, 100, 100, 100, 100, 1, 1);
        minuteBar(fiveMinutes, 2, 100, 100, 100, 100, 1, 1);
        assertThat(out.bars).isEmpty();
        minuteBar(fiveMinutes, 7, 100, 100, 100, 100, 1, 1);
        assertThat(out.bars).extracting(Bar::tradeCount).containsExactly(2L);

        fiveMinutes.onTime(nanos("2024-05-01T10:09:59Z"));
        assertThat(out.bars).hasSize(1);
        fiveMinutes.onTime(nanos("2024-05-01T10:10:00Z"));
        assertThat(out.bars).extracting(Bar::tradeCount).containsExactly(2L, 1L);
    }

    @Test
    void flushEmitsTheIncompleteTargetBar() {
        minuteBar(fiveMinutes, 6, 100, 101, 99, 100, 1, 1);
        fiveMinutes.flush();
        assertThat(out.bars).containsExactly(new Bar().set(nanos("2024-05-01T10:05:00Z"),
                nanos("2024-05-01T10:10:00Z"), 100, 101, 99, 100, 1, 1));
    }

    @Test
    void rejectsMisalignedBarsWithAReason() {
        long tenOClock = nanos("2024-05-01T10:00:00Z");
        assertThat(fiveMinutes.add(tenOClock + 1, tenOClock + 1 + MINUTE, 1, 1, 1, 1, 1, 1)).isFalse();
        assertThat(fiveMinutes.lastRejection()).isEqualTo(BarRejection.NOT_ALIGNED);
        assertThat(fiveMinutes.lastRejection().reason()).contains("not a bar boundary");
        assertThat(fiveMinutes.rejectedBars()).isEqualTo(1);
        assertThat(out.bars).isEmpty();
        assertThat(fiveMinutes.hasOpenBar()).isFalse();
    }

    @Test
    void rejectsAWrongCloseTimeButAcceptsAnUnknownOne() {
        long tenOClock = nanos("2024-05-01T10:00:00Z");
        assertThat(fiveMinutes.add(tenOClock, tenOClock + 2 * MINUTE, 1, 1, 1, 1, 1, 1)).isFalse();
        assertThat(fiveMinutes.lastRejection()).isEqualTo(BarRejection.WRONG_CLOSE_TIME);
        assertThat(fiveMinutes.add(tenOClock, Long.MIN_VALUE, 1, 1, 1, 1, 1, 1)).isTrue();
        fiveMinutes.flush();
        assertThat(out.last().tradeCount()).isEqualTo(1);
    }

    @Test
    void rejectsBarsOutOfOrderOrDuplicated() {
        assertThat(minuteBar(fiveMinutes, 2, 1, 1, 1, 1, 1, 1)).isTrue();
        assertThat(minuteBar(fiveMinutes, 2, 1, 1, 1, 1, 1, 1)).isFalse();
        assertThat(fiveMinutes.lastRejection()).isEqualTo(BarRejection.OUT_OF_ORDER);
        assertThat(minuteBar(fiveMinutes, 1, 1, 1, 1, 1, 1, 1)).isFalse();
        assertThat(fiveMinutes.rejectedBars()).isEqualTo(2);
        fiveMinutes.flush();
        assertThat(out.last().tradeCount()).isEqualTo(1);
    }

    @Test
    void rejectsBarsOfTargetIntervalsAlreadyPassed() {
        fiveMinutes.advanceTo(nanos("2024-05-01T10:06:00Z"));
        assertThat(minuteBar(fiveMinutes, 4, 1, 1, 1, 1, 1, 1)).isFalse();
        assertThat(fiveMinutes.lastRejection()).isEqualTo(BarRejection.OUT_OF_ORDER);
        assertThat(minuteBar(fiveMinutes, 5, 1, 1, 1, 1, 1, 1)).isTrue();
    }

    @Test
    void rejectsInconsistentValues() {
        assertThat(minuteBar(fiveMinutes, 0, 100, 99, 98, 99, 1, 1)).isFalse(); // high below open
        assertThat(fiveMinutes.lastRejection()).isEqualTo(BarRejection.INCONSISTENT_VALUES);
        assertThat(minuteBar(fiveMinutes, 0, 100, 101, 100, 99, 1, 1)).isFalse(); // low above close
        assertThat(minuteBar(fiveMinutes, 0, 100, 101, 99, 100, -1, 1)).isFalse();
        assertThat(minuteBar(fiveMinutes, 0, 100, 101, 99, 100, 1, -1)).isFalse();
        assertThat(fiveMinutes.rejectedBars()).isEqualTo(4);
    }

    @Test
    void rejectsASourceBarThatSpansTwoTargetBars() {
        // Hourly UTC bars cannot make Kolkata days: local midnight is at hh:30 UTC.
        BarResampler kolkataDays = new BarResampler(BarAlignment.utc(TimeFrame.ONE_HOUR),
                BarAlignment.of(TimeFrame.ONE_DAY, ZoneId.of("Asia/Kolkata"), Duration.ZERO), EmptyBarPolicy.SKIP, out);
        long hour = nanos("2024-05-01T18:00:00Z");
        assertThat(kolkataDays.add(hour, hour + HOUR, 1, 1, 1, 1, 1, 1)).isFalse();
        assertThat(kolkataDays.lastRejection()).isEqualTo(BarRejection.CROSSES_TARGET_BOUNDARY);
        assertThat(kolkataDays.add(hour + HOUR, hour + 2 * HOUR, 1, 1, 1, 1, 1, 1)).isTrue();
    }

    @Test
    void constructionRejectsATargetThatIsNotAMultipleOrNotOnSourceBoundaries() {
        assertThatThrownBy(() -> new BarResampler(TimeFrame.parse("15m"), TimeFrame.parse("40m"), out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole multiple");
        assertThatThrownBy(() -> new BarResampler(TimeFrame.FOUR_HOURS, TimeFrame.ONE_HOUR, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole multiple");
        assertThatThrownBy(() -> new BarResampler(BarAlignment.utc(TimeFrame.ONE_HOUR),
                BarAlignment.utc(TimeFrame.FOUR_HOURS, Duration.ofMinutes(30)), EmptyBarPolicy.SKIP, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source bar boundaries");
    }

    @Test
    void hourlyBarsToFourHoursOffsetByOneHour() {
        BarResampler fourHours = new BarResampler(BarAlignment.utc(TimeFrame.ONE_HOUR),
                BarAlignment.utc(TimeFrame.FOUR_HOURS, Duration.ofHours(1)), EmptyBarPolicy.SKIP, out);
        long midnight = nanos("2024-05-01T00:00:00Z");
        for (int h = 0; h < 9; h++) {
            fourHours.add(midnight + h * HOUR, midnight + (h + 1) * HOUR, 10 + h, 20 + h, 5 + h, 11 + h, 1, 1);
        }
        assertThat(out.bars).containsExactly(
                new Bar().set(midnight - 3 * HOUR, midnight + HOUR, 10, 20, 5, 11, 1, 1),
                new Bar().set(midnight + HOUR, midnight + 5 * HOUR, 11, 24, 6, 15, 4, 4),
                new Bar().set(midnight + 5 * HOUR, midnight + 9 * HOUR, 15, 28, 10, 19, 4, 4));
    }

    @Test
    void hourlyBarsToNewYorkDaysAtFivePmAcrossTheSpringForward() {
        BarResampler days = new BarResampler(BarAlignment.utc(TimeFrame.ONE_HOUR),
                BarAlignment.of(TimeFrame.ONE_DAY, ZoneId.of("America/New_York"), Duration.ofHours(17)),
                EmptyBarPolicy.SKIP, out);
        long start = nanos("2024-03-08T22:00:00Z"); // Friday 17:00 EST
        for (int h = 0; h < 24 + 23 + 24; h++) {
            assertThat(days.add(start + h * HOUR, start + (h + 1) * HOUR, 1, 1, 1, 1, 1, 1)).isTrue();
        }
        assertThat(out.bars).extracting(Bar::tradeCount).containsExactly(24L, 23L, 24L);
        assertThat(out.bars.get(1).closeTimeNanos()).isEqualTo(nanos("2024-03-10T21:00:00Z"));
    }

    @Test
    void zeroVolumeBarsWithAPriceRangeCountButFlatEmptyBarsOnlyMoveTime() {
        minuteBar(fiveMinutes, 0, 100, 100, 100, 100, 0, 0); // an empty interval's flat bar
        minuteBar(fiveMinutes, 1, 90, 95, 80, 85, 0, 0); // an index bar: prices without volume
        minuteBar(fiveMinutes, 4, 85, 85, 85, 85, 0, 0);
        assertThat(out.bars).containsExactly(new Bar().set(nanos("2024-05-01T10:00:00Z"),
                nanos("2024-05-01T10:05:00Z"), 90, 95, 80, 85, 0, 0));
    }

    @Test
    void flatPolicyEmitsFlatTargetBarsForEmptyTargetIntervals() {
        BarResampler flat = new BarResampler(BarAlignment.utc(TimeFrame.ONE_MINUTE),
                BarAlignment.utc(TimeFrame.FIVE_MINUTES), EmptyBarPolicy.FLAT, out);
        minuteBar(flat, 0, 100, 101, 100, 101, 1, 1);
        minuteBar(flat, 12, 90, 90, 90, 90, 1, 1);
        assertThat(out.bars).containsExactly(
                new Bar().set(nanos("2024-05-01T10:00:00Z"), nanos("2024-05-01T10:05:00Z"), 100, 101, 100, 101, 1, 1),
                new Bar().set(nanos("2024-05-01T10:05:00Z"), nanos("2024-05-01T10:10:00Z"), 101, 101, 101, 101, 0, 0));
    }

    @Test
    void chainsBehindAnAggregatorAndForwardsTime() {
        RecordingListener hourly = new RecordingListener();
        BarResampler toHours = new BarResampler(TimeFrame.FIVE_MINUTES, TimeFrame.ONE_HOUR, hourly);
        BarResampler toFive = new BarResampler(TimeFrame.ONE_MINUTE, TimeFrame.FIVE_MINUTES, toHours);
        BarAggregator minutes = new BarAggregator(BarAlignment.utc(TimeFrame.ONE_MINUTE), toFive);
        minutes.onTrade(nanos("2024-05-01T10:59:00Z"), 100, 1);
        minutes.onTrade(nanos("2024-05-01T11:30:00Z"), 100, 1);

        assertThat(hourly.bars).extracting(Bar::openTimeNanos).containsExactly(nanos("2024-05-01T10:00:00Z"));
        assertThat(hourly.times).contains(nanos("2024-05-01T11:00:00Z"));
    }
}
