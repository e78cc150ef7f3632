package io.quantagent.backtest.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.PipelineConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridConfigsTest {

    @TempDir
    Path dir;

    @Test
    void eachPointIsTheBaseWithItsKeysSet() throws Exception {
        GridConfigs configs = TinyData.configs(dir, "agents.fusion.minStrength: [0.4, 0.8]\nbars.timeframe: [1m, 5m]\n"
                + "agents.trend.lookbackBars: [30]\n");
        EngineConfig last = configs.config(configs.grid().point(3));
        assertThat(last.agents().fusion().minStrength()).isEqualTo(0.8);
        assertThat(last.bars().timeframe()).isEqualTo(Duration.ofMinutes(5));
        assertThat(last.agents().trend().lookbackBars()).isEqualTo(30);
        assertThat(last.broker().feeBps()).isEqualByComparingTo("10");
        EngineConfig first = configs.config(configs.grid().point(0));
        assertThat(first.agents().fusion().minStrength()).isEqualTo(0.4);
        assertThat(first.bars().timeframe()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void everyPointOfTheBundledGridIsAValidBacktestConfiguration() {
        Path configs = Path.of(System.getProperty("user.dir")).getParent().resolve("configs");
        ParameterGrid grid = ParameterGrid.load(configs.resolve("grids").resolve("sweep.yaml"));
        GridConfigs points = new GridConfigs(configs.resolve("backtest.yaml"), grid, List.of());
        points.validateAll(20);
        assertThat(grid.size()).isEqualTo(135);
        assertThat(grid.keys()).contains("agents.fusion.minStrength", "bars.timeframe");
    }

    @Test
    void everyPointRunsSequentialWithABlockingWait() throws Exception {
        GridConfigs configs = TinyData.configs(dir, "broker.feeBps: [1, 2]\n");
        PipelineConfig pipeline = configs.config(configs.grid().point(1)).pipeline();
        assertThat(pipeline.topology()).isEqualTo(PipelineConfig.Topology.SEQUENTIAL);
        assertThat(pipeline.waitStrategy()).isEqualTo(PipelineConfig.WaitStrategy.BLOCKING);
    }

    @Test
    void aMisspeltKeyIsReportedAtItsLineInTheGridWithTheLoadersSuggestion() throws Exception {
        GridConfigs configs = TinyData.configs(dir, "broker.feeBps: [1, 2]\nagents.trend.lookbackBarz: [30, 50]\n");
        String grid = dir.resolve("grid.yaml").toString();
        assertThatThrownBy(() -> configs.validateAll(20))
                .isInstanceOf(ResearchException.class)
                .hasMessageContaining(grid + ":2:1: agents.trend.lookbackBarz: unknown key; did you mean 'lookbackBars'?")
                .hasMessageContaining("4 of 4 points");
    }

    @Test
    void aValueOutOfRangeNamesTheKeyAndTheFirstPointWithIt() throws Exception {
        GridConfigs configs = TinyData.configs(dir, "broker.feeBps: [1, 2]\nagents.trend.lookbackBars: [50, 2]\n");
        String grid = dir.resolve("grid.yaml").toString();
        assertThatThrownBy(() -> configs.validateAll(20))
                .hasMessageContaining(grid + ":2:1: agents.trend.lookbackBars:")
                .hasMessageContaining("(grid point 1: broker.feeBps=1, agents.trend.lookbackBars=2; 2 of 4 points)");
        assertThatThrownBy(() -> configs.config(configs.grid().point(1)))
                .hasMessageContaining("agents.trend.lookbackBars").hasMessageContaining("grid point 1");
        assertThat(configs.config(configs.grid().point(0)).agents().trend().lookbackBars()).isEqualTo(50);
    }

    @Test
    void anUnknownSectionIsPlacedAtTheGridKeyUnderIt() throws Exception {
        GridConfigs configs = TinyData.configs(dir, "agentz.trend.lookbackBars: [30]\n");
        assertThatThrownBy(() -> configs.validateAll(20)).hasMessageContaining("grid.yaml:1:1: agentz: unknown key");
    }

    @Test
    void aBadBaseConfigurationIsReportedInItsOwnFile() throws Exception {
        Path base = TinyData.write(dir, "bad-base.yaml", "bars:\n  timeframe: 7x\n");
        Path grid = TinyData.write(dir, "grid.yaml", "broker.feeBps: [1]\n");
        assertThatThrownBy(() -> new GridConfigs(base, ParameterGrid.load(grid), List.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("bad-base.yaml:2:");
    }

    @Test
    void theConfigurationFingerprintFollowsValuesNotComments() throws Exception {
        Path grid = TinyData.write(dir, "grid.yaml", "broker.feeBps: [1]\n");
        Path a = TinyData.write(dir, "a.yaml", TinyData.BASE_YAML);
        Path b = TinyData.write(dir, "b.yaml", "# another comment\n" + TinyData.BASE_YAML);
        Path c = TinyData.write(dir, "c.yaml", TinyData.BASE_YAML.replace("minStrength: 0.3", "minStrength: 0.4"));
        ParameterGrid g = ParameterGrid.load(grid);
        String fa = new GridConfigs(a, g, List.of()).configFingerprint();
        assertThat(new GridConfigs(b, g, List.of()).configFingerprint()).isEqualTo(fa);
        assertThat(new GridConfigs(c, g, List.of()).configFingerprint()).isNotEqualTo(fa);
    }
}
