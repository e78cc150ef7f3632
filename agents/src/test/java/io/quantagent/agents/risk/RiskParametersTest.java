package io.quantagent.agents.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskParametersTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        RiskParameters p = RiskParameters.defaults();

        assertThat(p.atrPeriod()).isEqualTo(14);
        assertThat(p.stopAtrMultiple()).isEqualTo(1.5);
        assertThat(p.rewardRiskMin()).isEqualTo(1.2);
        assertThat(p.rewardRiskMax()).isEqualTo(1.8);
        assertThat(p.riskFraction()).isEqualTo(0.01);
        assertThat(p.maxDrawdown()).isEqualTo(0.2);
        assertThat(p.maxExposure()).isEqualTo(1.0);
        assertThat(p.maxStalenessNanos()).isEqualTo(5L * 60 * 1_000_000_000L);
    }

    @Test
    void rejectsRewardRiskBoundsOutsideThePapersRange() {
        assertThatThrownBy(() -> withRewardRisk(1.1, 1.8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rewardRiskMin");
        assertThatThrownBy(() -> withRewardRisk(1.2, 1.9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rewardRiskMax");
        assertThatThrownBy(() -> withRewardRisk(1.2, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rewardRiskMax");
    }

    @Test
    void rejectsAMinimumAboveTheMaximum() {
        assertThatThrownBy(() -> withRewardRisk(1.6, 1.4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not exceed");
    }

    @Test
    void acceptsAFixedRatioInsideTheRange() {
        assertThat(withRewardRisk(1.5, 1.5).rewardRiskMax()).isEqualTo(1.5);
    }

    @Test
    void rejectsOtherOutOfRangeSettingsByName() {
        RiskParameters d = RiskParameters.defaults();
        assertThatThrownBy(() -> new RiskParameters(0, 20, 1.5, 1.2, 1.8, 0.01, 0.2, 1, 1, 1, 0.05))
                .hasMessageContaining("atrPeriod");
        assertThatThrownBy(() -> new RiskParameters(14, 1, 1.5, 1.2, 1.8, 0.01, 0.2, 1, 1, 1, 0.05))
                .hasMessageContaining("volatilityWindow");
        assertThatThrownBy(() -> new RiskParameters(14, 20, 0, 1.2, 1.8, 0.01, 0.2, 1, 1, 1, 0.05))
                .hasMessageContaining("stopAtrMultiple");
        assertThatThrownBy(() -> new RiskParameters(14, 20, 1.5, 1.2, 1.8, 1.5, 0.2, 1, 1, 1, 0.05))
                .hasMessageContaining("riskFraction");
        assertThatThrownBy(() -> new RiskParameters(14, 20, 1.5, 1.2, 1.8, 0.01, 0, 1, 1, 1, 0.05))
                .hasMessageContaining("maxDrawdown");
        assertThatThrownBy(() -> new RiskParameters(14, 20, 1.5, 1.2, 1.8, 0.01, 0.2, -1, 1, 1, 0.05))
                .hasMessageContaining("maxExposure");
        assertThatThrownBy(() -> new RiskParameters(14, 20, 1.5, 1.2, 1.8, 0.01, 0.2, 1, 0, 1, 0.05))
                .hasMessageContaining("maxStalenessNanos");
        assertThatThrownBy(() -> d.withLotSize(0)).hasMessageContaining("lotSize");
        assertThatThrownBy(() -> new RiskParameters(14, 20, 1.5, 1.2, 1.8, 0.01, 0.2, 1, 1, 1, Double.NaN))
                .hasMessageContaining("maxVolatility");
    }

    private static RiskParameters withRewardRisk(double min, double max) {
        RiskParameters d = RiskParameters.defaults();
        return new RiskParameters(d.atrPeriod(), d.volatilityWindow(), d.stopAtrMultiple(), min, max,
                d.riskFraction(), d.maxDrawdown(), d.maxExposure(), d.maxStalenessNanos(), d.lotSize(),
                d.maxVolatility());
    }
}
