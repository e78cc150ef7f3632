package io.quantagent.backtest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void percentagesAndRatiosHaveTwoDecimalsAndSeparators() {
        assertThat(Formats.percent(0.1234)).isEqualTo("12.34 %");
        assertThat(Formats.percent(-12.5)).isEqualTo("-1,250.00 %");
        assertThat(Formats.ratio(1.2345)).isEqualTo("1.23");
        assertThat(Formats.money(1234567.891)).isEqualTo("1,234,567.89");
        assertThat(Formats.multiple(5.0117)).isEqualTo("5.01 \u00d7");
    }

    @Test
    void hugeNumbersAreScientificAndNonFiniteOnesAreNamed() {
        assertThat(Formats.percent(2.4e22)).isEqualTo("2.400e+24 %");
        assertThat(Formats.ratio(Double.POSITIVE_INFINITY)).isEqualTo("\u221e");
        assertThat(Formats.ratio(Double.NEGATIVE_INFINITY)).isEqualTo("\u2212\u221e");
        assertThat(Formats.percent(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void pricesPrintExactlyUpToEightDecimals() {
        assertThat(Formats.plain(43250.12)).isEqualTo("43250.12");
        assertThat(Formats.plain(0.00012)).isEqualTo("0.00012");
        assertThat(Formats.plain(100.0)).isEqualTo("100");
        assertThat(Formats.plain(1016.9044884490872)).isEqualTo("1016.90448845");
    }

    @Test
    void timesAreUtcWithSecondsOnlyWhenNeeded() {
        long nanos = Instant.parse("2024-05-01T13:45:00Z").getEpochSecond() * 1_000_000_000L;
        assertThat(Formats.time(nanos)).isEqualTo("2024-05-01 13:45");
        assertThat(Formats.time(nanos + 7_000_000_000L)).isEqualTo("2024-05-01 13:45:07");
    }

    @Test
    void durationsUseTheirTwoLargestUnits() {
        assertThat(Formats.duration(Duration.ofHours(147))).isEqualTo("6 d 3 h");
        assertThat(Formats.duration(Duration.ofMinutes(135))).isEqualTo("2 h 15 m");
        assertThat(Formats.duration(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(Formats.share(2, 4)).isEqualTo("2 / 4 (50.00 %)");
        assertThat(Formats.share(0, 0)).isEqualTo("n/a");
    }
}
