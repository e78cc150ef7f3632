package io.quantagent.engine.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TimeFrameTest {

    @ParameterizedTest
    @CsvSource({
        "1s, 1, 1s",
        "30s, 30, 30s",
        "1m, 60, 1m",
        "5m, 300, 5m",
        "15m, 900, 15m",
        "1h, 3600, 1h",
        "4h, 14400, 4h",
        "1d, 86400, 1d",
        "PT1H, 3600, 1h",
        "pt15m, 900, 15m",
        "PT90M, 5400, 90m",
        "120m, 7200, 2h",
        "24h, 86400, 1d",
        "P1D, 86400, 1d",
    })
    void parsesShortAndIsoFormsAndPrintsTheShortForm(String text, long seconds, String shortForm) {
        TimeFrame tf = TimeFrame.parse(text);
        assertThat(tf.seconds()).isEqualTo(seconds);
        assertThat(tf.nanos()).isEqualTo(seconds * 1_000_000_000L);
        assertThat(tf.toString()).isEqualTo(shortForm);
        assertThat(TimeFrame.parse(tf.toString())).isEqualTo(tf);
    }

    @Test
    void sevenMinutesIsRejectedBecauseItDoesNotDivideADay() {
        assertThatThrownBy(() -> TimeFrame.parse("7m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'7m'")
                .hasMessageContaining("does not divide a day evenly");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "PT0.5S", "PT1.5S", "2d", "25h", "1w", "1M", "abc", "", "-1m", "PT-1H", "Pxyz"})
    void rejectsWhatIsNotAWholeNumberOfSecondsBetweenOneSecondAndOneDay(String text) {
        assertThatThrownBy(() -> TimeFrame.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void subSecondAndLongerThanADayAreNamedInTheMessage() {
        assertThatThrownBy(() -> TimeFrame.parse("PT0.5S")).hasMessageContaining("whole number of seconds");
        assertThatThrownBy(() -> TimeFrame.parse("0s")).hasMessageContaining("shorter than one second");
        assertThatThrownBy(() -> TimeFrame.parse("2d")).hasMessageContaining("longer than one day");
        assertThatThrownBy(() -> TimeFrame.of(Duration.ofMillis(1500))).hasMessageContaining("whole number of seconds");
        assertThatThrownBy(() -> TimeFrame.ofSeconds(7 * 60)).hasMessageContaining("does not divide a day evenly");
    }

    @Test
    void everyDivisorOfADayIsATimeFrameAndNothingElseIs() {
        int accepted = 0;
        for (long s = 1; s <= 86_400; s++) {
            boolean divides = 86_400 % s == 0;
            try {
                TimeFrame.ofSeconds(s);
                assertThat(divides).as("%d s accepted", s).isTrue();
                accepted++;
            } catch (IllegalArgumentException e) {
                assertThat(divides).as("%d s rejected", s).isFalse();
            }
        }
        assertThat(accepted).isEqualTo(96);
    }

    @Test
    void multiplesAndOrder() {
        assertThat(TimeFrame.FOUR_HOURS.isMultipleOf(TimeFrame.ONE_HOUR)).isTrue();
        assertThat(TimeFrame.ONE_DAY.isMultipleOf(TimeFrame.FOUR_HOURS)).isTrue();
        assertThat(TimeFrame.ONE_HOUR.isMultipleOf(TimeFrame.FOUR_HOURS)).isFalse();
        assertThat(TimeFrame.parse("40m").isMultipleOf(TimeFrame.parse("15m"))).isFalse();
        assertThat(TimeFrame.ONE_MINUTE).isLessThan(TimeFrame.FIVE_MINUTES);
        assertThat(TimeFrame.FIFTEEN_MINUTES.barsPerDay()).isEqualTo(96);
        assertThat(TimeFrame.ONE_HOUR.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(TimeFrame.of(Duration.ofMinutes(5))).isEqualTo(TimeFrame.FIVE_MINUTES).hasSameHashCodeAs(TimeFrame.FIVE_MINUTES);
    }
}
