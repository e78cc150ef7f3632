package io.quantagent.agents.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndicatorParametersTest {

    @Test
    void defaultsAreThePapersSettings() {
        IndicatorParameters p = IndicatorParameters.defaults();
        assertThat(p.rsiPeriod()).isEqualTo(14);
        assertThat(p.rsiOverbought()).isEqualTo(70);
        assertThat(p.rsiOversold()).isEqualTo(30);
        assertThat(new int[] {p.macdFastPeriod(), p.macdSlowPeriod(), p.macdSignalPeriod()})
                .containsExactly(12, 26, 9);
        assertThat(new int[] {p.stochasticPeriod(), p.stochasticKSmoothing(), p.stochasticDPeriod()})
                .containsExactly(14, 3, 3);
        assertThat(p.stochasticOverbought()).isEqualTo(80);
        assertThat(p.stochasticOversold()).isEqualTo(20);
        assertThat(p.rocPeriod()).isEqualTo(10);
        assertThat(p.williamsRPeriod()).isEqualTo(14);
        assertThat(p.williamsROverbought()).isEqualTo(-20);
        assertThat(p.williamsROversold()).isEqualTo(-80);
    }

    @Test
    void warmUpBarsOfTheDefaults() {
        IndicatorParameters p = IndicatorParameters.defaults();
        assertThat(p.rsiWarmUpBars()).isEqualTo(15);
        assertThat(p.macdWarmUpBars()).isEqualTo(27);
        assertThat(p.macdSignalWarmUpBars()).isEqualTo(36);
        assertThat(p.stochasticKWarmUpBars()).isEqualTo(16);
        assertThat(p.stochasticDWarmUpBars()).isEqualTo(18);
        assertThat(p.rocWarmUpBars()).isEqualTo(11);
        assertThat(p.williamsRWarmUpBars()).isEqualTo(14);
        assertThat(p.warmUpBars()).isEqualTo(36);
    }

    @Test
    void warmUpIsTheLongestOfTheIndicators() {
        IndicatorParameters p = new IndicatorParameters(50, 70, 30, 3, 5, 2, 4, 2, 2, 80, 20, 60, 7, -20, -80);
        assertThat(p.warmUpBars()).isEqualTo(61);
    }

    @Test
    void rejectsAFastMacdPeriodThatIsNotFaster() {
        assertThatThrownBy(() -> new IndicatorParameters(14, 70, 30, 26, 26, 9, 14, 3, 3, 80, 20, 10, 14, -20, -80))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("macdSlowPeriod");
    }

    @Test
    void rejectsPeriodsBelowTheirMinimum() {
        assertThatThrownBy(() -> new IndicatorParameters(1, 70, 30, 12, 26, 9, 14, 3, 3, 80, 20, 10, 14, -20, -80))
                .hasMessageContaining("rsiPeriod");
        assertThatThrownBy(() -> new IndicatorParameters(14, 70, 30, 12, 26, 0, 14, 3, 3, 80, 20, 10, 14, -20, -80))
                .hasMessageContaining("macdSignalPeriod");
        assertThatThrownBy(() -> new IndicatorParameters(14, 70, 30, 12, 26, 9, 14, 0, 3, 80, 20, 10, 14, -20, -80))
                .hasMessageContaining("stochasticKSmoothing");
        assertThatThrownBy(() -> new IndicatorParameters(14, 70, 30, 12, 26, 9, 14, 3, 3, 80, 20, 0, 14, -20, -80))
                .hasMessageContaining("rocPeriod");
    }

    @Test
    void rejectsZonesThatAreOutOfRangeOrInverted() {
        assertThatThrownBy(() -> new IndicatorParameters(14, 30, 70, 12, 26, 9, 14, 3, 3, 80, 20, 10, 14, -20, -80))
                .hasMessageContaining("rsiOversold");
        assertThatThrownBy(() -> new IndicatorParameters(14, 70, 30, 12, 26, 9, 14, 3, 3, 101, 20, 10, 14, -20, -80))
                .hasMessageContaining("stochasticOversold");
        assertThatThrownBy(() -> new IndicatorParameters(14, 70, 30, 12, 26, 9, 14, 3, 3, 80, 20, 10, 14, 20, -80))
                .hasMessageContaining("williamsROversold");
        assertThatThrownBy(() -> new IndicatorParameters(14, Double.NaN, 30, 12, 26, 9, 14, 3, 3, 80, 20, 10, 14,
                -20, -80)).isInstanceOf(IllegalArgumentException.class);
    }
}
