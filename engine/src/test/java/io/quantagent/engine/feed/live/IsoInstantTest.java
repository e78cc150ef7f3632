package io.quantagent.engine.feed.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class IsoInstantTest {

    private static long nanos(String text) {
        return IsoInstant.parseNanos(text.toCharArray(), 0, text.length());
    }

    private static long epochNanos(Instant instant) {
        return TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
    }

    @Test
    void readsCoinbaseTradeTimes() {
        assertThat(nanos("2023-10-04T18:58:44.143436Z"))
                .isEqualTo(epochNanos(Instant.parse("2023-10-04T18:58:44.143436Z")));
        assertThat(nanos("2019-08-14T20:42:27.265Z")).isEqualTo(1_565_815_347_265_000_000L);
        assertThat(nanos("2024-02-29T00:00:00Z")).isEqualTo(epochNanos(Instant.parse("2024-02-29T00:00:00Z")));
        assertThat(nanos("2023-02-09T20:32:50.714964855Z")).isEqualTo(1_675_974_770_714_964_855L);
    }

    @Test
    void appliesOffsets() {
        assertThat(nanos("2024-01-01T01:30:00+01:30")).isEqualTo(nanos("2024-01-01T00:00:00Z"));
        assertThat(nanos("2023-12-31T22:00:00.5-02:00")).isEqualTo(nanos("2024-01-01T00:00:00.5Z"));
    }

    @Test
    void rejectsWhatIsNotAnInstant() {
        for (String bad : new String[] {"", "2023-10-04", "2023-10-04T18:58:44", "2023-13-01T00:00:00Z",
            "2023-02-29T00:00:00Z", "2023-10-04T24:00:00Z", "2023-10-04T18:60:00Z", "2023-10-04T18:58:44.Z",
            "2023-10-04T18:58:44.1234567891Z", "2023-10-04T18:58:44Zjunk", "1969-12-31T23:59:59Z",
            "2023-1O-04T18:58:44Z", "yesterday at noon, roughly"}) {
            assertThat(nanos(bad)).as(bad).isEqualTo(IsoInstant.INVALID);
        }
    }

    @Property
    void agreesWithJavaTime(@ForAll @LongRange(min = 0, max = 9_000_000_000L) long epochSecond,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nano, @ForAll @IntRange(min = 0, max = 9) int digits,
            @ForAll @IntRange(min = -12 * 60, max = 14 * 60) int offsetMinutes) {
        int kept = digits == 0 ? 0 : (int) (nano / (long) Math.pow(10, 9 - digits) * (long) Math.pow(10, 9 - digits));
        Instant instant = Instant.ofEpochSecond(epochSecond, kept);
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
        String pattern = "yyyy-MM-dd'T'HH:mm:ss" + (digits == 0 ? "" : "." + "S".repeat(digits)) + "xxx";
        String text = OffsetDateTime.ofInstant(instant, offset).format(DateTimeFormatter.ofPattern(pattern));
        long expected = epochNanos(instant);
        if (text.startsWith("1969")) {
            assertThat(nanos(text)).isEqualTo(IsoInstant.INVALID);
        } else {
            assertThat(nanos(text)).as(text).isEqualTo(expected);
        }
    }
}
