package io.quantagent.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TimestampParserTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static long parse(TimestampParser parser, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return parser.parse(bytes, 0, bytes.length);
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    @Test
    void readsTheQuantAgentDateTimeInUtcByDefault() {
        TimestampParser parser = new TimestampParser(TimestampFormat.AUTO, ZoneOffset.UTC);
        assertThat(parse(parser, "2025-03-29 08:00:00")).isEqualTo(nanos(Instant.parse("2025-03-29T08:00:00Z")));
        assertThat(parser.error).isEqualTo(TimestampParser.OK);
    }

    @Test
    void readsLocalTimesInTheGivenZoneAcrossDaylightSaving() {
        TimestampParser parser = new TimestampParser(TimestampFormat.TEXT, NEW_YORK);
        assertThat(parse(parser, "2023-03-10 09:30:00"))
                .isEqualTo(nanos(Instant.parse("2023-03-10T14:30:00Z")));
        assertThat(parse(parser, "2023-03-13 09:30:00"))
                .isEqualTo(nanos(Instant.parse("2023-03-13T13:30:00Z")));
        assertThat(parse(parser, "2023-03-12 02:30:00")).isEqualTo(
                nanos(ZonedDateTime.of(LocalDateTime.parse("2023-03-12T02:30:00"), NEW_YORK).toInstant()));
    }

    @Test
    void followsATransitionInsideAQuarterHour() {
        TimestampParser parser = new TimestampParser(TimestampFormat.TEXT, NEW_YORK);
        for (String time : new String[] {"12:00:00", "12:03:57", "12:03:58", "12:10:00"}) {
            LocalDateTime local = LocalDateTime.parse("1883-11-18T" + time);
            assertThat(parse(parser, "1883-11-18 " + time)).as(time)
                    .isEqualTo(ZonedDateTime.of(local, NEW_YORK).toEpochSecond() * 1_000_000_000L);
        }
    }

    @Test
    void readsIsoWithOffsetsAndFractions() {
        TimestampParser parser = new TimestampParser(TimestampFormat.TEXT, NEW_YORK);
        assertThat(parse(parser, "2024-01-02T03:04:05Z")).isEqualTo(nanos(Instant.parse("2024-01-02T03:04:05Z")));
        assertThat(parse(parser, "2024-01-02T03:04:05.123456789+02:00"))
                .isEqualTo(nanos(Instant.parse("2024-01-02T01:04:05.123456789Z")));
        assertThat(parse(parser, "2024-01-02T03:04-0130")).isEqualTo(nanos(Instant.parse("2024-01-02T04:34:00Z")));
        assertThat(parse(parser, "2024-01-02 03:04:05.5+05")).isEqualTo(nanos(Instant.parse("2024-01-01T22:04:05.5Z")));
    }

    @Test
    void readsPlainDatesAsLocalMidnight() {
        TimestampParser parser = new TimestampParser(TimestampFormat.AUTO, NEW_YORK);
        assertThat(parse(parser, "2013-01-02"))
                .isEqualTo(nanos(LocalDate.of(2013, 1, 2).atStartOfDay(NEW_YORK).toInstant()));
    }

    @Test
    void rejectsImpossibleDatesAndTimes() {
        TimestampParser parser = new TimestampParser(TimestampFormat.AUTO, ZoneOffset.UTC);
        for (String bad : new String[] {"2025-02-29", "2025-13-01 00:00:00", "2025-01-01 24:00:00",
                "2025-01-01 10:61:00", "2025-01-01X10:00:00", "2025-01-01 10:00:00+25:00", "yesterday", "2025-1-1"}) {
            parse(parser, bad);
            assertThat(parser.error).as(bad).isEqualTo(TimestampParser.UNRECOGNISED);
        }
    }

    @Test
    void rejectsYearsBeyondEpochNanoseconds() {
        TimestampParser parser = new TimestampParser(TimestampFormat.AUTO, ZoneOffset.UTC);
        parse(parser, "2300-01-01");
        assertThat(parser.error).isEqualTo(TimestampParser.OUT_OF_RANGE);
        parse(parser, "9000000000000");
        assertThat(parser.error).isEqualTo(TimestampParser.OK);
        parse(parser, "99999999999999");
        assertThat(parser.error).isEqualTo(TimestampParser.OUT_OF_RANGE);
        parse(parser, "9000000000000000000");
        assertThat(parser.error).isEqualTo(TimestampParser.OK);
        parse(parser, "9999999999999999999");
        assertThat(parser.error).isEqualTo(TimestampParser.OUT_OF_RANGE);
    }

    @Test
    void tellsEpochUnitsByMagnitude() {
        TimestampParser parser = new TimestampParser(TimestampFormat.EPOCH, ZoneOffset.UTC);
        long expected = 1_704_067_200_000_000_000L;
        assertThat(parse(parser, "1704067200")).isEqualTo(expected);
        assertThat(parser.unitNanos).isEqualTo(1_000_000_000L);
        assertThat(parse(parser, "1704067200000")).isEqualTo(expected);
        assertThat(parser.unitNanos).isEqualTo(1_000_000L);
        assertThat(parse(parser, "1704067200000000")).isEqualTo(expected);
        assertThat(parser.unitNanos).isEqualTo(1_000L);
        assertThat(parse(parser, "1704067200000000000")).isEqualTo(expected);
        assertThat(parser.unitNanos).isEqualTo(1L);
    }

    @Test
    void readsEpochFractionsExactly() {
        TimestampParser seconds = new TimestampParser(TimestampFormat.EPOCH_SECONDS, ZoneOffset.UTC);
        assertThat(parse(seconds, "1385337600.25")).isEqualTo(1_385_337_600_250_000_000L);
        TimestampParser millis = new TimestampParser(TimestampFormat.EPOCH_MILLIS, ZoneOffset.UTC);
        assertThat(parse(millis, "1385337600")).isEqualTo(1_385_337_600_000_000L);
        parse(millis, "1.0000001");
        assertThat(millis.error).isEqualTo(TimestampParser.TOO_PRECISE);
    }

    @Test
    void readsAPattern() {
        TimestampParser parser = new TimestampParser(TimestampFormat.pattern("dd/MM/yyyy HH:mm"), NEW_YORK);
        assertThat(parse(parser, "02/01/2024 09:30")).isEqualTo(nanos(Instant.parse("2024-01-02T14:30:00Z")));
        parse(parser, "2024-01-02 09:30");
        assertThat(parser.error).isEqualTo(TimestampParser.UNRECOGNISED);
    }

    @Property
    void agreesWithJavaTimeForEverySecondInRange(
            @ForAll @LongRange(min = -9_000_000_000L, max = 9_000_000_000L) long epochSecond) {
        TimestampParser parser = new TimestampParser(TimestampFormat.TEXT, NEW_YORK);
        LocalDateTime local = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        String text = local.toLocalDate() + " " + local.toLocalTime().withNano(0);
        if (local.getSecond() == 0) {
            text += ":00";
        }
        long expected = ZonedDateTime.of(local, NEW_YORK).toEpochSecond() * 1_000_000_000L;
        assertThat(parse(parser, text)).isEqualTo(expected);
    }
}
