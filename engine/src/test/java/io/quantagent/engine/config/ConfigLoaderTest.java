package io.quantagent.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad configuration is rejected with its file, line, column and key, and all at once. */
class ConfigLoaderTest {

    @TempDir
    Path dir;

    private static List<String> problems(String yaml) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.parse(yaml, "test.yaml"));
        assertThat(e).as("expected a ConfigException for:%n%s", yaml).isNotNull();
        return e.problems().stream().map(ConfigProblem::toString).toList();
    }

    @Test
    void unknownKeyNamesFileLineColumnPathAndTheNearestValidKey() throws IOException {
        Path file = dir.resolve("backtest.yaml");
        Files.writeString(file, """
                bars:
                  timeframe: 1m
                agents:
                  indicator:
                    rsiPeriodd: 10
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ":5:5: agents.indicator.rsiPeriodd: unknown key; did you mean 'rsiPeriod'?");
    }

    @Test
    void suggestionIgnoresCaseAndUnderscores() {
        assertThat(problems("agents:\n  trend:\n    lookback_bars: 30\n"))
                .containsExactly("test.yaml:3:5: agents.trend.lookback_bars: unknown key; did you mean 'lookbackBars'?");
    }

    @Test
    void keyAtTheWrongLevelPointsToWhereItBelongs() {
        assertThat(problems("agents:\n  rsiPeriod: 10\n"))
                .containsExactly("test.yaml:2:3: agents.rsiPeriod: unknown key here; did you mean agents.indicator.rsiPeriod?");
    }

    @Test
    void unknownKeyWithNothingCloseListsTheValidKeys() {
        assertThat(problems("journal:\n  compression: lz4\n"))
                .containsExactly("test.yaml:2:3: journal.compression: unknown key; valid keys here: dir, fsync");
    }

    @Test
    void aSecretInTheFileIsRefusedWithoutRepeatingIt() {
        List<String> problems = problems("paper:\n  http:\n    token: hunter2-s3cret\n");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("test.yaml:3:5: paper.http.token: unknown key; secrets never go in")
                .contains("controlTokenEnv").doesNotContain("hunter2");
    }

    @Test
    void tokenValueInControlTokenEnvIsRefusedWithoutRepeatingIt() {
        List<String> problems = problems("paper:\n  http:\n    controlTokenEnv: hunter2-s3cret\n");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("test.yaml:3:5: paper.http.controlTokenEnv: must be the name of an environment variable")
                .doesNotContain("hunter2");
    }

    @Test
    void wrongScalarTypesAreRejectedWithWhatWasExpected() {
        assertThat(problems("""
                agents:
                  indicator:
                    rsiPeriod: abc
                    macdFast: 12.5
                    rsiOverbought: true
                journal:
                  fsync: 1
                """)).containsExactly(
                "test.yaml:3:5: agents.indicator.rsiPeriod: expected a whole number, was 'abc'",
                "test.yaml:4:5: agents.indicator.macdFast: expected a whole number, was 12.5",
                "test.yaml:5:5: agents.indicator.rsiOverbought: expected a number, was true",
                "test.yaml:7:3: journal.fsync: expected true or false, was 1");
    }

    @Test
    void aQuotedNumberReadsAsTheNumberLikeAnUnquotedOne() {
        EngineConfig config = ConfigLoader.parse("agents:\n  indicator:\n    rsiPeriod: \"21\"\n    rsiOverbought: '75.5'\n",
                "test.yaml").config();

        assertThat(config.agents().indicator().rsiPeriod()).isEqualTo(21);
        assertThat(config.agents().indicator().rsiOverbought()).isEqualTo(75.5);
    }

    @Test
    void sectionWhereAListOrMappingIsExpectedIsRejected() {
        assertThat(problems("data: prices.csv\nagents: 5\n")).containsExactly(
                "test.yaml:1:1: data: expected a list ('- item' lines or [a, b]), was 'prices.csv'",
                "test.yaml:2:1: agents: expected a section of 'key: value' lines, was 5");
    }

    @Test
    void outOfRangeValueNamesTheRangeAndTheValue() {
        assertThat(problems("agents:\n  indicator:\n    rsiPeriod: 0\n"))
                .containsExactly("test.yaml:3:5: agents.indicator.rsiPeriod: must be between 2 and 500, was 0");
    }

    @Test
    void rulesBetweenKeysAreChecked() {
        assertThat(problems("""
                agents:
                  indicator:
                    macdFast: 30
                    macdSlow: 26
                  risk:
                    rewardRiskMin: 1.7
                    rewardRiskMax: 1.3
                broker:
                  slippageBps: 2
                  slippageTicks: 1
                """)).containsExactly(
                "test.yaml:4:5: agents.indicator.macdSlow: must be greater than macdFast (30), was 26",
                "test.yaml:7:5: agents.risk.rewardRiskMax: must be at least rewardRiskMin (1.7), was 1.3",
                "test.yaml:10:3: broker.slippageTicks: set slippageBps or slippageTicks, not both (slippageBps is 2)");
    }

    @Test
    void everyProblemOfTheFileIsReportedInOnePassInFileOrder() {
        assertThat(problems("""
                bars:
                  timeframe: 7m
                agents:
                  indicator:
                    rsiPeriodd: 14
                    rsiPeriod: 1
                  risk:
                    riskFraction: 0.5
                pipeline:
                  ringSize: 1000
                  waitStrategy: busy_spin
                paper:
                  http:
                    port: 70000
                """)).containsExactly(
                "test.yaml:2:3: bars.timeframe: must divide a day evenly (1m, 5m, 15m, 1h, 4h, 1d, ...), was 7m",
                "test.yaml:5:5: agents.indicator.rsiPeriodd: unknown key; did you mean 'rsiPeriod'?",
                "test.yaml:6:5: agents.indicator.rsiPeriod: must be between 2 and 500, was 1",
                "test.yaml:8:5: agents.risk.riskFraction: must be greater than 0 and at most 0.1, was 0.5",
                "test.yaml:10:3: pipeline.ringSize: must be a power of two (such as 1024, 65536), was 1000",
                "test.yaml:11:3: pipeline.waitStrategy: must be one of blocking, sleeping, yielding, busy-spin, auto; "
                        + "was 'busy_spin'; did you mean 'busy-spin'?",
                "test.yaml:14:5: paper.http.port: must be between 1 and 65535, was 70000");
    }

    @Test
    void missingRequiredKeyIsNamedWithItsListItem() {
        assertThat(problems("data:\n  - path: a.csv\n  - format: trades\n"))
                .containsExactly("test.yaml:3:5: data[1].path: required key is missing");
    }

    @Test
    void keyInsideAListItemIsReportedWithTheItemsIndex() {
        assertThat(problems("""
                data:
                  - path: a.csv
                  - path: b.csv
                    format: ohclv
                  - path: c.csv
                    zone: Europe/Pariss
                    priceDecimals: 13
                """)).containsExactly(
                "test.yaml:4:5: data[1].format: must be one of auto, quantagent, ohlcv, trades, binance-klines, "
                        + "binance-trades; was 'ohclv'; did you mean 'ohlcv'?",
                "test.yaml:6:5: data[2].zone: unknown time zone 'Europe/Pariss'; did you mean 'Europe/Paris'?",
                "test.yaml:7:5: data[2].priceDecimals: must be between 0 and 12, was 13");
    }

    @Test
    void emptyListItemIsReported() {
        assertThat(problems("data:\n  - path: a.csv\n  -\n"))
                .containsExactly("test.yaml:3:4: data[1]: has no value; expected a section of 'key: value' lines");
    }

    @Test
    void keyWithoutValueIsReported() {
        assertThat(problems("agents:\n  indicator:\n    rsiPeriod:\nbars:\n  timeframe: 1m\n"))
                .containsExactly("test.yaml:3:5: agents.indicator.rsiPeriod: has no value; expected a whole number");
    }

    @Test
    void liveFeedNeedsSymbolsAndAFeedNeedsAKind() {
        assertThat(problems("paper:\n  feeds:\n    - kind: binance\n    - symbols: [BTC-USD]\n")).containsExactly(
                "test.yaml:3:7: paper.feeds[0].symbols: a binance feed needs at least one symbol, such as BTCUSDT",
                "test.yaml:4:7: paper.feeds[1].kind: required key is missing");
    }

    @Test
    void badDurationsAndTimestampFormatsAreExplained() {
        assertThat(problems("""
                data:
                  - path: a.csv
                    timestampFormat: epoch_ms
                bars:
                  sessionOffset: 5 minutes
                broker:
                  latency: 5
                """)).containsExactly(
                "test.yaml:3:5: data[0].timestampFormat: must be one of auto, iso, epoch, epoch-s, epoch-ms, epoch-us, "
                        + "epoch-ns or a java.time pattern such as 'yyyy-MM-dd HH:mm:ss', was 'epoch_ms'; did you mean 'epoch-ms'?",
                "test.yaml:5:3: bars.sessionOffset: '5 minutes' is not a duration; write it like 250ms, 5m, 1h30m or PT1H",
                "test.yaml:7:3: broker.latency: expected a duration such as 250ms, 5m or PT1H, was 5");
    }

    @Test
    void nonLoopbackHostIsAnErrorUnlessAllowedAndThenAWarning() {
        assertThat(problems("paper:\n  http:\n    host: 0.0.0.0\n")).containsExactly(
                "test.yaml:3:5: paper.http.host: '0.0.0.0' is not a loopback address; the daemon listens on loopback "
                        + "only unless paper.http.allowNonLoopback is true");

        LoadedConfig allowed = ConfigLoader.parse("paper:\n  http:\n    host: 0.0.0.0\n    allowNonLoopback: true\n", "test.yaml");

        assertThat(allowed.warnings()).extracting(ConfigProblem::toString).singleElement().asString()
                .startsWith("test.yaml:3:5: paper.http.host: the daemon will listen on 0.0.0.0, beyond loopback");
    }

    @Test
    void duplicateKeyIsAnError() {
        assertThat(problems("bars:\n  timeframe: 1m\nbars:\n  zone: UTC\n"))
                .containsExactly("test.yaml:3:1: bars: duplicate key (first at line 1); write each key once");
    }

    @Test
    void emptyFileIsOneClearLine() throws IOException {
        Path file = dir.resolve("empty.yaml");
        Files.writeString(file, "# nothing but a comment\n");

        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ": the file is empty;")
                .hasMessageNotContaining("\n");
    }

    @Test
    void invalidYamlIsOneLineWithWhereTheParserStopped() {
        assertThat(problems("bars:\n  timeframe: [1m,\nagents: {}\n"))
                .singleElement().asString()
                .isEqualTo("test.yaml:4:1: not valid YAML: expected ',' or ']', but got <stream end> "
                        + "(while parsing a flow sequence that starts at line 2, column 14)");
    }

    @Test
    void aDataFileGivenAsConfigurationIsNotMistakenForOne() {
        assertThat(problems("timestamp,price,amount\n1385337600,800.01,0.1\n")).containsExactly(
                "test.yaml:1:1: not a configuration: expected sections (data, bars, agents, pipeline, broker, risk, "
                        + "journal, paper, bench) as 'key: value' lines, found 'timestamp,price,amount 1385337600,800.01,0.1'");
    }

    @Test
    void binaryFileIsNotYaml() throws IOException {
        Path file = dir.resolve("image.yaml");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff});

        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessage(file + ": not a YAML file: it is not UTF-8 text");
    }

    @Test
    void dataFileGivenAsConfigurationIsRefusedBySize() throws IOException {
        Path file = dir.resolve("trades.csv");
        Files.writeString(file, "timestamp,price,amount\n1385337600,800.01,0.1\n".repeat(30_000));

        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessage(file + ": too large for a configuration file (1318 KiB; the limit is 1024 KiB): is it a data file?");
    }

    @Test
    void secondDocumentIsRejected() {
        assertThat(problems("bars: {timeframe: 1m}\n---\nbars: {timeframe: 5m}\n"))
                .containsExactly("test.yaml:3:1: a second YAML document ('---'); a configuration is one document");
    }

    @Test
    void missingFileAndFolderAreOneLineEach() {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> ConfigLoader.load(missing)).isInstanceOf(ConfigException.class)
                .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> ConfigLoader.load(Path.of("no-such-folder", "x.yaml"))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("no-such-folder/x.yaml: no such file (relative to the working directory ");
        assertThatThrownBy(() -> ConfigLoader.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessage(dir + ": is a folder, not a configuration file");
    }

    @Test
    void leftOutKeysAndEmptySectionsTakeTheirDefaults() {
        EngineConfig config = ConfigLoader.parse("""
                agents:
                bars:
                  timeframe: 4h
                data:
                  - path: data/ETH-USD.csv
                """, "test.yaml").config();

        assertThat(config.agents()).isEqualTo(AgentsConfig.defaults());
        assertThat(config.bars()).isEqualTo(new BarsConfig(Duration.ofHours(4), ZoneId.of("UTC"), Duration.ZERO));
        DataInput input = config.data().get(0);
        assertThat(input.instrument()).isEqualTo("ETH-USD");
        assertThat(input.format()).isEqualTo(DataInput.Format.AUTO);
        assertThat(input.badRows()).isEqualTo(DataInput.BadRows.FAIL);
        assertThat(input.scales()).isEqualTo(new io.quantagent.engine.data.Scales(8, 8));
        assertThat(input.timestampFormat()).isEqualTo("auto");
        assertThat(config.withData(List.of())).isEqualTo(EngineConfig.defaults().withBars(config.bars()));
    }

    @Test
    void moneyIsReadExactlyFromNumbersAndQuotedDecimals() {
        BrokerConfig broker = ConfigLoader.parse("broker:\n  startingCash: \"100000.10\"\n  feeBps: 7.5\n", "test.yaml")
                .config().broker();

        assertThat(broker.startingCash()).isEqualTo(new BigDecimal("100000.1"));
        assertThat(broker.feeBps()).isEqualTo(new BigDecimal("7.5"));
    }

    @Test
    void durationsAcceptShortAndIsoForms() {
        EngineConfig config = ConfigLoader.parse("""
                bars:
                  timeframe: PT4H
                  sessionOffset: 2h
                agents:
                  risk:
                    maxStaleness: 90s
                broker:
                  latency: 250ms
                """, "test.yaml").config();

        assertThat(config.bars().timeframe()).isEqualTo(Duration.ofHours(4));
        assertThat(config.bars().sessionOffset()).isEqualTo(Duration.ofHours(2));
        assertThat(config.agents().risk().maxStaleness()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.broker().latency()).isEqualTo(Duration.ofMillis(250));
    }
}
