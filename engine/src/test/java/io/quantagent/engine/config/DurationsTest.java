package io.quantagent.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsShortCompoundAndIsoForms() {
        assertThat(Durations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(Durations.parse("15us")).isEqualTo(Duration.ofNanos(15_000));
        assertThat(Durations.parse("PT1H")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("pt0.5s")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("0")).isEqualTo(Duration.ZERO);
    }

    @Test
    void rejectsTextThatIsNotADuration() {
        for (String bad : new String[] {"", "5", "m", "5 minutes", "5min", "1h-5m", "PT", "99999999999999999999d", "106752d"}) {
            assertThatThrownBy(() -> Durations.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void writesTheShortestExactForm() {
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(Durations.format(Duration.ofMillis(1_500))).isEqualTo("1s500ms");
        assertThat(Durations.format(Duration.ofDays(2))).isEqualTo("2d");
    }

    @Property
    void formatThenParseGivesTheSameDuration(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long nanos) {
        Duration d = Duration.ofNanos(nanos);

        assertThat(Durations.parse(Durations.format(d))).isEqualTo(d);
    }
}
