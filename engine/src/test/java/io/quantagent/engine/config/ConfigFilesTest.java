package io.quantagent.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped files in configs/ are valid and say what their comments claim. */
class ConfigFilesTest {

    /** Tests run in the engine module's folder; the files are at the repository root. */
    private static final Path CONFIGS = Path.of("..", "configs");

    @Test
    void everyShippedFileIsValidAndHasNoWarnings() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(CONFIGS)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("backtest.yaml", "paper.yaml", "bench.yaml");
        for (Path file : files) {
            LoadedConfig loaded = ConfigLoader.load(file);
            assertThat(loaded.warnings()).as(file.toString()).isEmpty();
            assertThat(loaded.source()).isEqualTo(file.toString());
        }
    }

    @Test
    void backtestReadsTheBitstampTradesIntoOneMinuteBarsInTradingMode() {
        EngineConfig config = ConfigLoader.load(CONFIGS.resolve("backtest.yaml")).config();

        assertThat(config.data()).hasSize(1);
        DataInput input = config.data().get(0);
        assertThat(input.path()).isEqualTo(Path.of("cli/target/samples/bitstamp_trades_from_20131125_usd.csv"));
        assertThat(input.format()).isEqualTo(DataInput.Format.TRADES);
        assertThat(input.instrument()).isEqualTo("BTC/USD");
        assertThat(input.timestampFormat()).isEqualTo("epoch-s");
        assertThat(config.bars().timeframe()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.agents().fusion().mode()).isEqualTo(FusionConfig.Mode.TRADING);
        assertThat(config.agents().indicator()).isEqualTo(IndicatorConfig.defaults());
        assertThat(config.broker().startingCash()).isEqualByComparingTo(new BigDecimal("100000"));
    }

    @Test
    void paperReplaysTheSameFileAtSixtyTimesOnLoopback() {
        EngineConfig config = ConfigLoader.load(CONFIGS.resolve("paper.yaml")).config();
        EngineConfig backtest = ConfigLoader.load(CONFIGS.resolve("backtest.yaml")).config();

        assertThat(config.data().get(0).path()).isEqualTo(backtest.data().get(0).path());
        assertThat(config.paper().feeds()).extracting(FeedConfig::kind).containsExactly(FeedConfig.Kind.REPLAY);
        assertThat(config.paper().replay().speed()).isEqualTo(60.0);
        assertThat(config.paper().http().loopbackOnly()).isTrue();
        assertThat(config.paper().http().controlTokenEnv()).isEqualTo("QUANTAGENT_TOKEN");
    }

    @Test
    void benchPinsTheTwoCorePipeline() {
        PipelineConfig pipeline = ConfigLoader.load(CONFIGS.resolve("bench.yaml")).config().pipeline();

        assertThat(pipeline.topology()).isEqualTo(PipelineConfig.Topology.SEQUENTIAL);
        assertThat(pipeline.waitStrategy()).isEqualTo(PipelineConfig.WaitStrategy.YIELDING);
        assertThat(pipeline.ringSize()).isEqualTo(16_384);
    }
}
