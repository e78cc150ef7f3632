package io.quantagent.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntervalTextTest {

    @Test
    void spellsDurationsByTheirNonZeroParts() {
        assertThat(IntervalText.format(0)).isEqualTo("0s");
        assertThat(IntervalText.format(3_600_000_000_000L)).isEqualTo("1h");
        assertThat(IntervalText.format(15 * 60_000_000_000L)).isEqualTo("15m");
        assertThat(IntervalText.format((2 * 24 + 18) * 3_600_000_000_000L)).isEqualTo("2d18h");
        assertThat(IntervalText.format(1_250_000_000L)).isEqualTo("1s250ms");
        assertThat(IntervalText.format(-60_000_000_000L)).isEqualTo("-1m");
    }
}
