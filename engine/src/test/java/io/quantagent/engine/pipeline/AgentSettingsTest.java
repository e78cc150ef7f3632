package io.quantagent.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.agents.fusion.FusionMode;
import io.quantagent.agents.indicator.IndicatorParameters;
import io.quantagent.agents.risk.RiskParameters;
import io.quantagent.agents.trend.TrendParameters;
import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.FusionConfig;
import io.quantagent.engine.config.PatternConfig;
import io.quantagent.engine.data.Scales;
import org.junit.jupiter.api.Test;

/** The configuration's agent sections as the agents' parameters. */
class AgentSettingsTest {

    private final EngineConfig defaults = EngineConfig.defaults();

    @Test
    void theDefaultIndicatorAndTrendSectionsAreThePapersParameters() {
        assertThat(AgentSettings.indicator(defaults.agents().indicator())).isEqualTo(IndicatorParameters.defaults());
        assertThat(AgentSettings.trend(defaults.agents().trend())).isEqualTo(TrendParameters.defaults());
    }

    @Test
    void theRiskAgentsLotIsOneQuantityUnitAndItsLimitsComeFromTheSection() {
        RiskParameters risk = AgentSettings.risk(defaults.agents().risk(), new Scales(2, 3));
        assertThat(risk.lotSize()).isEqualTo(0.001);
        assertThat(risk.riskFraction()).isEqualTo(0.01);
        assertThat(risk.maxStalenessNanos()).isEqualTo(300_000_000_000L);
        assertThat(risk.stopAtrMultiple()).isEqualTo(1.5);
    }

    @Test
    void theFusionModeAndMinimumStrengthBecomeTheRulesModeAndMinimumConfidence() {
        var fusion = AgentSettings.fusion(new FusionConfig(FusionConfig.Mode.TRADING, 0.4));
        assertThat(fusion.mode()).isEqualTo(FusionMode.TRADING);
        assertThat(fusion.minConfidence()).isEqualTo(0.4);
        assertThat(AgentSettings.fusion(FusionConfig.defaults()).mode()).isEqualTo(FusionMode.BENCHMARK);
    }

    @Test
    void theConfigurationAcceptsExactlyThePatternLookBacksTheAgentCanUse() {
        assertThatThrownBy(() -> new PatternConfig(19, 1.0, 0.5))
                .isInstanceOf(ConfigException.class).hasMessageContaining("lookbackBars: must be between 20 and 1000");
        assertThat(AgentSettings.pattern(new PatternConfig(20, 1.0, 0.5)).lookbackBars()).isEqualTo(20);
    }
}
