package io.quantagent.agents.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WilderAtrTest {

    private static final double EPS = 1e-12;

    @Test
    void isNaNUntilThePeriodIsFullThenTheMeanOfTheFirstTrueRanges() {
        WilderAtr atr = new WilderAtr(3);

        assertThat(atr.update(10, 8, 9)).isNaN();            // TR 2 (high - low on the first bar)
        assertThat(atr.trueRange()).isEqualTo(2.0);
        assertThat(atr.isWarm()).isFalse();
        assertThat(atr.update(9.5, 8.5, 9.2)).isNaN();       // TR max(1, 0.5, 0.5) = 1
        assertThat(atr.trueRange()).isEqualTo(1.0);
        assertThat(atr.isWarm()).isFalse();

        double third = atr.update(12, 9.5, 11.5);            // gap up: TR = 12 - 9.2 = 2.8
        assertThat(atr.trueRange()).isCloseTo(2.8, within(EPS));
        assertThat(atr.isWarm()).isTrue();
        assertThat(third).isCloseTo(29.0 / 15.0, within(EPS)); // (2 + 1 + 2.8) / 3
    }

    @Test
    void smoothsWithWildersRecurrenceAfterWarmUp() {
        WilderAtr atr = new WilderAtr(3);
        atr.update(10, 8, 9);
        atr.update(9.5, 8.5, 9.2);
        atr.update(12, 9.5, 11.5);

        // TR = max(1, |11 - 11.5|, |10 - 11.5|) = 1.5; ATR = (29/15 * 2 + 1.5) / 3 = 161/90
        assertThat(atr.update(11, 10, 10.2)).isCloseTo(161.0 / 90.0, within(EPS));
        assertThat(atr.trueRange()).isCloseTo(1.5, within(EPS));
        // TR = max(0.8, 0.2, 0.6) = 0.8; ATR = (161/90 * 2 + 0.8) / 3 = 197/135
        assertThat(atr.update(10.4, 9.6, 10)).isCloseTo(197.0 / 135.0, within(EPS));
        assertThat(atr.value()).isCloseTo(197.0 / 135.0, within(EPS));
    }

    @Test
    void periodOneIsTheTrueRangeItself() {
        WilderAtr atr = new WilderAtr(1);

        assertThat(atr.update(10, 8, 9)).isEqualTo(2.0);
        assertThat(atr.update(9.5, 9.4, 9.45)).isCloseTo(0.5, within(EPS)); // gap up: |9.5 - previous close 9|
    }

    @Test
    void rejectsAPeriodBelowOne() {
        assertThatThrownBy(() -> new WilderAtr(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period");
    }
}
