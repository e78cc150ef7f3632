package io.quantagent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The files of {@code quantagent backtest --json} on the bundled trades, and what it prints. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BacktestCommandTest {

    private static final Path TRADES = Path.of(System.getProperty("qa.samples"), "bitstamp_trades_from_20131125_usd.csv");
    private static final String CONFIG = Path.of("..", "configs", "backtest.yaml").toString();
    private static final List<String> RUNS = List.of("run", "buy_and_hold", "random", "ta4j_macd");

    @TempDir
    static Path dir;

    private Path runDir;
    private String stdout;
    private JsonNode summary;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = QuantAgentCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    void backtestTheBundledTradesAsJson() throws Exception {
        runDir = dir.resolve("run");
        Run r = run("backtest", "--config", CONFIG, "--data", TRADES.toString(), "--out", runDir.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        stdout = r.out();
        summary = new ObjectMapper().readTree(runDir.resolve("summary.json").toFile());
    }

    @Test
    void theTableShowsNoAnnualRateForARunOfDays() throws Exception {
        Path slice = dir.resolve("slice.csv");
        try (var lines = Files.lines(TRADES)) {
            Files.write(slice, lines.limit(20_000).toList());
        }
        Run r = run("backtest", "--config", CONFIG, "--data", slice.toString(), "--out", dir.resolve("text").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Total return", "the run covers 1.").containsPattern("CAGR +n/a +n/a +n/a +n/a");
    }

    @Test
    void dailyBarsGivenWithDataRunAtTheirOwnLengthAndSaySo() throws Exception {
        Path bars = Path.of(System.getProperty("qa.samples"), "appleinc_bars_from_20130101_usd.csv");
        Path out = dir.resolve("daily");
        Run r = run("backtest", "--config", CONFIG, "--data", bars.toString(), "--out", out.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("note: " + bars + " holds 1d bars, longer than bars.timeframe 1m in " + CONFIG
                + "; running at 1d");
        assertThat(new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("timeframe").asText())
                .isIn("1d", "PT24H", "1 day");
    }

    @Test
    void dailyBarsInTheConfigurationUnderAMinuteTimeframeAreRefusedNamingTheKey() throws Exception {
        Path bars = Path.of(System.getProperty("qa.samples"), "appleinc_bars_from_20130101_usd.csv");
        Path config = dir.resolve("daily.yaml");
        Files.writeString(config, "data:\n  - path: " + bars + "\nbars:\n  timeframe: 1m\n");
        Run r = run("backtest", "--config", config.toString(), "--out", dir.resolve("refused").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(config + ": bars.timeframe: 1m is shorter than the 1d bars of " + bars);
        assertThat(dir.resolve("refused")).doesNotExist();
    }

    @Test
    void writesTheRunFolderLayout() {
        assertThat(runDir.resolve("journal")).isDirectory();
        assertThat(runDir.resolve("baselines/random/journal")).isDirectory();
        assertThat(runDir.resolve("summary.json")).isRegularFile();
        assertThat(runDir.resolve("trades.csv")).isRegularFile();
        assertThat(runDir.resolve("equity.csv")).isRegularFile();
        assertThat(runDir.resolve("report.html")).isRegularFile();
    }

    @Test
    void jsonPrintsTheSummaryFile() throws Exception {
        assertThat(new ObjectMapper().readTree(stdout)).isEqualTo(summary);
        assertThat(stdout).doesNotContain("Total return");
    }

    @Test
    void theSummaryHasOurMetricsAndTheThreeBaselines() {
        assertThat(summary.get("metrics").fieldNames()).toIterable().containsExactlyElementsOf(RUNS);
        for (String id : RUNS) {
            JsonNode m = summary.get("metrics").get(id);
            assertThat(m.get("totalReturn").isNumber()).as(id).isTrue();
            assertThat(m.get("maxDrawdown").isNumber()).as(id).isTrue();
            assertThat(m.get("trades").asInt()).as(id).isPositive();
            assertThat(m.get("finalEquity").asDouble()).as(id).isPositive();
        }
        assertThat(summary.get("names").get("ta4j_macd").asText()).isEqualTo("ta4j MACD");
        assertThat(summary.get("metrics").get("run").get("directionalAccuracy").isNumber()).isTrue();
        assertThat(summary.get("metrics").get("buy_and_hold").get("trades").asInt()).isEqualTo(1);
        assertThat(summary.get("counts").get("inputs").asLong()).isEqualTo(100_001);
        assertThat(summary.get("speed").get("eventsPerSecond").asLong()).isPositive();
        assertThat(summary.get("configuration").asText()).contains("timeframe: 1m");
        assertThat(summary.get("instruments").get(0).asText()).isEqualTo("bitstamp_trades_from_20131125_usd");
    }

    @Test
    void tradesCsvHasOneRowPerTrade() throws Exception {
        List<String> lines = Files.readAllLines(runDir.resolve("trades.csv"), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).startsWith("number,instrument,side,entry_time,entry_price,exit_time");
        assertThat(lines).hasSize(1 + summary.get("metrics").get("run").get("trades").asInt());
        String[] first = lines.get(1).split(",", -1);
        assertThat(first).hasSize(15);
        Instant.parse(first[3]);
        assertThat(first[4]).matches("[0-9]+(\\.[0-9]+)?");
        assertThat(first[14]).isIn("stop", "target", "signal", "end");
    }

    @Test
    void equityCsvEndsAtTheFinalEquity() throws Exception {
        List<String> lines = Files.readAllLines(runDir.resolve("equity.csv"), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("time,equity,cash,position_notional,drawdown");
        assertThat(lines).hasSize(1 + 9_399);
        String[] last = lines.getLast().split(",");
        Instant.parse(last[0]);
        assertThat(Double.parseDouble(last[1]))
                .isEqualTo(summary.get("metrics").get("run").get("finalEquity").asDouble());
    }

    @Test
    void theReportShowsTheBaselinesNextToOurs() throws Exception {
        String html = Files.readString(runDir.resolve("report.html"));
        assertThat(html).contains("<th>buy and hold</th>", "<th>random</th>", "<th>ta4j MACD</th>",
                "id=\"attribution\"", "id=\"trades\"");
    }

    @Test
    void aBadConfigurationKeyFailsNamingTheKey() throws Exception {
        Path config = dir.resolve("dice.yaml");
        Files.writeString(config, "agents:\n  fusion:\n    mode: dice\n");
        Run r = run("backtest", "--config", config.toString(), "--data", TRADES.toString(), "--out",
                dir.resolve("dice").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("dice.yaml:3", "agents.fusion.mode", "random").doesNotContain("\tat ");
    }

    @Test
    void aBadDataFileFailsWithItsFileAndLine() throws Exception {
        Path bad = dir.resolve("broken.csv");
        Files.writeString(bad, "timestamp,price,amount\n1385337600,800.01,0.1\n1385337601,abc,0.1\n");
        Run r = run("backtest", "--config", CONFIG, "--data", bad.toString(), "--out", dir.resolve("bad").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("broken.csv:3").doesNotContain("\tat ");
    }
}
