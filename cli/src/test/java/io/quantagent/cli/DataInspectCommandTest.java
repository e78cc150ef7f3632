package io.quantagent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quantagent data inspect}, run in-process. */
class DataInspectCommandTest {

    private static final String QA_HEADER = "Datetime,Close,High,Low,Open,Volume\n";
    private static final String ROW_1 = "2025-03-29 08:00:00,82462.7,82527.7,82145.22,82293.56,634.07629\n";
    private static final String ROW_2 = "2025-03-29 09:00:00,82851.95,82863.49,82454.44,82462.69,578.26067\n";
    private static final String ROW_3 = "2025-03-29 10:00:00,82504.01,82882.01,82459.0,82851.95,452.6138\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return QuantAgentCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static Path bitstamp() {
        return Path.of(System.getProperty("qa.samples"), "bitstamp_trades_from_20131125_usd.csv");
    }

    @Test
    void describesACleanFileInAlignedLinesAndExitsZero() throws IOException {
        Path file = write("BTC_1h_7.csv", QA_HEADER + ROW_1 + ROW_2 + ROW_3);

        int exit = run("data", "inspect", file.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo(String.join("\n",
                "file:         " + file,
                "format:       quantagent",
                "instrument:   BTC",
                "rows:         3",
                "accepted:     3",
                "rejected:     0",
                "first:        2025-03-29T08:00:00Z",
                "last:         2025-03-29T10:00:00Z",
                "bar interval: 1h",
                "gaps:         0",
                "largest gap:  1h after 2025-03-29T08:00:00Z",
                "duplicates:   0",
                "anomalies:    0",
                ""));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void reportsEveryBadRowOnStderrUpToTheLimitThenCountsAndExitsOne() throws IOException {
        Path file = write("BTC_1h_7.csv", QA_HEADER + ROW_1
                + "2025-03-29 09:00:00,x,82863.49,82454.44,82462.69,578.26067\n"
                + "2025-03-29 09:00:00,82851.95,82863.49,82454.44,82462.69,-1\n"
                + ROW_2 + ROW_2 + ROW_3);

        int exit = run("data", "inspect", "--max-errors", "2", file.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(
                file + ":3: Close 'x' is not a number\n"
                        + file + ":4: Volume -1 is negative\n"
                        + "... and 1 more\n");
        assertThat(out.toString()).contains("rows:         6\n", "accepted:     3\n", "rejected:     3\n",
                "duplicates:   1\n");
    }

    @Test
    void printsAJsonArrayWithOneObjectPerFile() throws IOException {
        Path bars = write("BTC_1h_7.csv", QA_HEADER + ROW_1 + ROW_2 + ROW_3);

        int exit = run("data", "inspect", "--json", bars.toString(), bitstamp().toString());

        assertThat(exit).isZero();
        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        JsonNode first = array.get(0);
        assertThat(first.get("file").asText()).isEqualTo(bars.toString());
        assertThat(first.get("format").asText()).isEqualTo("quantagent");
        assertThat(first.get("instrument").asText()).isEqualTo("BTC");
        assertThat(first.get("rows").asLong()).isEqualTo(3);
        assertThat(first.get("barInterval").asText()).isEqualTo("1h");
        assertThat(first.get("firstTime").asText()).isEqualTo("2025-03-29T08:00:00Z");
        assertThat(first.get("problems")).isEmpty();
        JsonNode trades = array.get(1);
        assertThat(trades.get("format").asText()).isEqualTo("trades");
        assertThat(trades.get("instrument").asText()).isEqualTo("BTC/USD");
        assertThat(trades.get("rows").asLong()).isEqualTo(100_000);
        assertThat(trades.get("rejected").asLong()).isZero();
        assertThat(trades.get("firstTime").asText()).isEqualTo("2013-11-25T00:00:00Z");
        assertThat(trades.get("barInterval").isNull()).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void inspectsTheBitstampSampleAsTrades() {
        int exit = run("data", "inspect", bitstamp().toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("format:        trades\n", "instrument:    BTC/USD\n",
                "rows:          100000\n", "first:         2013-11-25T00:00:00Z\n",
                ":1375: trade with zero amount\n");
    }

    @Test
    void aMissingFileIsOneLineNamingItAndTheOtherFilesAreStillInspected() throws IOException {
        Path good = write("BTC_1h_7.csv", QA_HEADER + ROW_1);
        Path missing = dir.resolve("nope.csv");

        int exit = run("data", "inspect", missing.toString(), good.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(missing + ": no such file\n");
        assertThat(out.toString()).contains("file:         " + good + "\n");
    }

    @Test
    void aFileProblemIsReportedWithFileAndLineWithoutAStackTrace() throws IOException {
        Path empty = write("empty.csv", "");
        Path wrongHeader = write("BTC_1h_7.csv", "Date,Close,High,Low,Open,Volume\n" + ROW_1);

        int exit = run("data", "inspect", "--format", "quantagent", empty.toString(), wrongHeader.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(empty + ":1: empty file\n"
                + wrongHeader + ":1: wrong header: expected 'Datetime,Close,High,Low,Open,Volume', found"
                + " 'Date,Close,High,Low,Open,Volume'\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFileProblemBecomesAnErrorObjectInJson() throws IOException {
        Path empty = write("empty.csv", "");

        int exit = run("data", "inspect", "--json", empty.toString());

        assertThat(exit).isEqualTo(1);
        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertThat(array.get(0).get("file").asText()).isEqualTo(empty.toString());
        assertThat(array.get(0).get("error").asText()).isEqualTo(empty + ":1: empty file");
    }

    @Test
    void readsTimesInTheGivenZoneAndFormat() throws IOException {
        Path file = write("bars.csv", "Date,Open,High,Low,Close,Volume\n02.01.2024 09:30,10,11,9,10.5,100\n");

        int exit = run("data", "inspect", "--zone", "America/New_York", "--timestamp-format", "dd.MM.yyyy HH:mm",
                "--format", "ohlcv", file.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("first:        2024-01-02T09:30:00-05:00\n", "instrument:   unknown\n");
    }

    @Test
    void badOptionsExitWithTwo() throws IOException {
        Path file = write("BTC_1h_7.csv", QA_HEADER + ROW_1);

        assertThat(run("data", "inspect", "--format", "parquet", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'parquet' (expected auto, quantagent, ohlcv, trades,"
                + " binance-klines, binance-trades)");
        assertThat(run("data", "inspect", "--zone", "Mars/Olympus", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown time zone 'Mars/Olympus'");
        assertThat(run("data", "inspect", "--timestamp-format", "yyyy {", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("invalid timestamp pattern 'yyyy {'");
        assertThat(run("data", "inspect", "--max-errors", "-1", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--max-errors must be 0 or more, was -1");
        assertThat(run("data", "inspect")).isEqualTo(2);
        assertThat(run("data")).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
        assertThat(out.toString()).isEmpty();
    }
}
