package io.quantagent.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.engine.data.BadRowPolicy;
import io.quantagent.engine.data.MarketDataFormat;
import io.quantagent.engine.data.ReadOptions;
import io.quantagent.engine.data.Scales;
import io.quantagent.engine.data.TimestampFormat;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The defaults are the paper's parameters, survive a round trip through YAML, and records guard themselves. */
class EngineConfigTest {

    @Test
    void defaultsAreThePapersParameters() {
        EngineConfig d = EngineConfig.defaults();
        IndicatorConfig ind = d.agents().indicator();

        assertThat(List.of(ind.rsiPeriod(), ind.macdFast(), ind.macdSlow(), ind.macdSignal(), ind.stochasticK(),
                ind.stochasticSmooth(), ind.stochasticD(), ind.rocPeriod(), ind.williamsRPeriod()))
                .containsExactly(14, 12, 26, 9, 14, 3, 3, 10, 14);
        assertThat(List.of(ind.rsiOverbought(), ind.rsiOversold(), ind.stochasticOverbought(), ind.stochasticOversold(),
                ind.williamsROverbought(), ind.williamsROversold()))
                .containsExactly(70.0, 30.0, 80.0, 20.0, -20.0, -80.0);
        assertThat(d.agents().pattern().lookbackBars()).isEqualTo(40);
        assertThat(d.agents().trend().lookbackBars()).isEqualTo(50);
        assertThat(d.agents().risk().rewardRiskMin()).isEqualTo(1.2);
        assertThat(d.agents().risk().rewardRiskMax()).isEqualTo(1.8);
        assertThat(d.agents().fusion().mode()).isEqualTo(FusionConfig.Mode.BENCHMARK);
        assertThat(d.bars().timeframe()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void defaultsAreSafe() {
        HttpConfig http = EngineConfig.defaults().paper().http();

        assertThat(http.host()).isEqualTo("127.0.0.1");
        assertThat(http.loopbackOnly()).isTrue();
        assertThat(http.allowNonLoopback()).isFalse();
        assertThat(http.controlTokenEnv()).isEqualTo("QUANTAGENT_TOKEN");
        assertThat(EngineConfig.defaults().warnings()).isEmpty();
    }

    @Test
    void defaultsWrittenAsYamlReadBackEqual() {
        String yaml = ConfigLoader.toYaml(EngineConfig.defaults());

        assertThat(yaml).contains("rsiPeriod: 14", "waitStrategy: auto", "maxStaleness: 5m", "startingCash: 100000",
                "minStep: 0.0001", "dir: var/journal");
        assertThat(ConfigLoader.parse(yaml, "defaults.yaml").config()).isEqualTo(EngineConfig.defaults());
    }

    @Test
    void aFullConfigurationSurvivesTheRoundTrip() {
        EngineConfig config = EngineConfig.defaults()
                .withData(List.of(
                        DataInput.of(Path.of("data", "btc.csv"), DataInput.Format.TRADES, "BTC/USD"),
                        new DataInput(Path.of("/abs/eth.csv"), DataInput.Format.BINANCE_KLINES, "ETHUSDT",
                                java.time.ZoneId.of("Europe/London"), "yyyy-MM-dd HH:mm:ss", DataInput.BadRows.SKIP, 2, 4)))
                .withBroker(new BrokerConfig(new BigDecimal("2500.50"), "USDT", new BigDecimal("7.5"), BigDecimal.ZERO, 3,
                        Duration.ofMillis(250)))
                .withPaper(new PaperConfig(new HttpConfig("0.0.0.0", 9090, true, "QA_CONTROL"), new ReplayConfig(600, true),
                        List.of(new FeedConfig(FeedConfig.Kind.BINANCE, List.of("BTCUSDT", "ETHUSDT")), FeedConfig.replay())));

        LoadedConfig loaded = ConfigLoader.parse(ConfigLoader.toYaml(config), "round-trip.yaml");

        assertThat(loaded.config()).isEqualTo(config);
        assertThat(loaded.warnings()).hasSize(1);
    }

    @Test
    void dataInputBecomesTheReadersOptions() {
        DataInput input = new DataInput(Path.of("eth.csv"), DataInput.Format.BINANCE_KLINES, "ETHUSDT",
                java.time.ZoneId.of("Europe/London"), "epoch-ms", DataInput.BadRows.SKIP, 2, 4);

        ReadOptions options = input.readOptions();

        assertThat(options.format()).isEqualTo(MarketDataFormat.BINANCE_KLINES);
        assertThat(options.zone()).isEqualTo(java.time.ZoneId.of("Europe/London"));
        assertThat(options.timestampFormat()).isEqualTo(TimestampFormat.EPOCH_MILLIS);
        assertThat(options.scales()).isEqualTo(new Scales(2, 4));
        assertThat(options.policy()).isEqualTo(BadRowPolicy.SKIP);
        assertThat(DataInput.of(Path.of("a.csv"), DataInput.Format.AUTO, "A").readOptions().format()).isNull();
        assertThat(DataInput.of(Path.of("a.csv"), DataInput.Format.AUTO, "A").readOptions().policy())
                .isEqualTo(BadRowPolicy.FAIL_FAST);
    }

    @Test
    void everyFileFormatIsOneTheReadersKnow() {
        for (DataInput.Format format : DataInput.Format.values()) {
            if (format != DataInput.Format.AUTO) {
                assertThat(format.marketDataFormat().cliName()).isEqualTo(format.key());
            }
        }
        assertThat(DataInput.Format.values()).hasSize(MarketDataFormat.values().length + 1);
    }

    @Test
    void recordsRejectBadValuesWhenBuiltInCodeToo() {
        assertThatThrownBy(() -> new PatternConfig(5, 0, 2))
                .isInstanceOf(ConfigException.class)
                .hasMessage("lookbackBars: must be between 20 and 1000, was 5\n"
                        + "swingThreshold: must be greater than 0 and at most 10, was 0\n"
                        + "minConfidence: must be between 0 and 1, was 2");
        assertThatThrownBy(() -> new PipelineConfig(PipelineConfig.Topology.AUTO, null, 64))
                .isInstanceOf(ConfigException.class)
                .hasMessage("waitStrategy: must have a value");
    }

    @Test
    void equalAmountsMakeEqualConfigurations() {
        RiskLimitsConfig a = new RiskLimitsConfig(new BigDecimal("1000.00"), new BigDecimal("2000"), 100, 10, BigDecimal.TEN, 0.5);
        RiskLimitsConfig b = new RiskLimitsConfig(new BigDecimal("1000"), new BigDecimal("2000.0"), 100, 10, new BigDecimal("10.000"), 0.5);

        assertThat(a).isEqualTo(b);
    }

    @Test
    void summaryHasOneLinePerSectionWithItsValues() {
        EngineConfig config = EngineConfig.defaults()
                .withData(List.of(DataInput.of(Path.of("btc.csv"), DataInput.Format.TRADES, "BTC/USD")));

        assertThat(config.summary()).contains(
                "data: 1 input",
                "  [0] BTC/USD from btc.csv (trades, timestamps auto in UTC, bad rows: fail, 8/8 decimals)",
                "bars: 1h in UTC",
                "agents.indicator: RSI(14) 70/30, MACD(12, 26, 9), Stochastic(14, 3, 3) 80/20, ROC(10), Williams %R(14) -20/-80",
                "agents.risk: ATR(14), stop 1.5 ATR, reward/risk 1.2 to 1.8, 1 % of equity at risk per trade, "
                        + "max drawdown 20 %, stale after 5m",
                "agents.fusion: benchmark",
                "pipeline: topology auto, wait strategy auto, ring of 65536 slots",
                "journal: var/journal");
    }

    @Test
    void hostIsLoopbackOnlyByItsText() {
        assertThat(HttpConfig.loopback("127.0.0.1")).isTrue();
        assertThat(HttpConfig.loopback("127.1.2.3")).isTrue();
        assertThat(HttpConfig.loopback("localhost")).isTrue();
        assertThat(HttpConfig.loopback("[::1]")).isTrue();
        assertThat(HttpConfig.loopback("0.0.0.0")).isFalse();
        assertThat(HttpConfig.loopback("127.0.0.1.example.com")).isFalse();
        assertThat(HttpConfig.loopback("127.0.0.256")).isFalse();
        assertThat(HttpConfig.loopback("192.168.1.10")).isFalse();
    }

    @Test
    void autoPipelineIsSequentialBelowFourCoresAndNeverSpins() {
        PipelineConfig auto = PipelineConfig.defaults();

        assertThat(auto.effectiveTopology(2)).isEqualTo(PipelineConfig.Topology.SEQUENTIAL);
        assertThat(auto.effectiveTopology(4)).isEqualTo(PipelineConfig.Topology.PARALLEL);
        assertThat(auto.effectiveWaitStrategy(2, 1)).isEqualTo(PipelineConfig.WaitStrategy.YIELDING);
        assertThat(auto.effectiveWaitStrategy(2, 6)).isEqualTo(PipelineConfig.WaitStrategy.BLOCKING);
        PipelineConfig pinned = new PipelineConfig(PipelineConfig.Topology.PARALLEL, PipelineConfig.WaitStrategy.BUSY_SPIN, 1024);
        assertThat(pinned.effectiveTopology(2)).isEqualTo(PipelineConfig.Topology.PARALLEL);
        assertThat(pinned.effectiveWaitStrategy(2, 6)).isEqualTo(PipelineConfig.WaitStrategy.BUSY_SPIN);
    }
}
