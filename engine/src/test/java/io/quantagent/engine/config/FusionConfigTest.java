package io.quantagent.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.agents.fusion.FusionMode;
import io.quantagent.engine.pipeline.AgentSettings;
import org.junit.jupiter.api.Test;

class FusionConfigTest {

    @Test
    void randomModeAndItsSeedAreRead() {
        FusionConfig fusion = ConfigLoader.parse("agents:\n  fusion:\n    mode: random\n    seed: 42\n", "random.yaml")
                .config().agents().fusion();

        assertThat(fusion.mode()).isEqualTo(FusionConfig.Mode.RANDOM);
        assertThat(fusion.seed()).isEqualTo(42);
        assertThat(AgentSettings.fusion(fusion).mode()).isEqualTo(FusionMode.RANDOM);
        assertThat(AgentSettings.fusion(fusion).seed()).isEqualTo(42);
    }

    @Test
    void theSeedDefaultsToOneAndIsWrittenWithTheDefaults() {
        assertThat(EngineConfig.defaults().agents().fusion().seed()).isEqualTo(1);
        assertThat(ConfigLoader.toYaml(EngineConfig.defaults())).contains("seed: 1");
        assertThat(AgentSettings.fusion(new FusionConfig(FusionConfig.Mode.TRADING, 0.4)).seed()).isEqualTo(1);
    }

    @Test
    void anUnknownModeNamesTheKeyAndTheChoicesIncludingRandom() {
        assertThatThrownBy(() -> ConfigLoader.parse("agents:\n  fusion:\n    mode: dice\n", "dice.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("agents.fusion.mode")
                .hasMessageContaining("random");
    }
}
