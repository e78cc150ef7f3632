package io.quantagent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.config.ConfigLoader;
import io.quantagent.engine.config.EngineConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quantagent config check} and {@code quantagent config defaults}, run in-process. */
class ConfigCommandTest {

    /** Tests run in the cli module's folder; the shipped files are at the repository root. */
    private static final String BACKTEST = Path.of("..", "configs", "backtest.yaml").toString();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return QuantAgentCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void validFileIsOkWithASummaryOfItsSections() {
        int exit = run("config", "check", BACKTEST);

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith(BACKTEST + ": ok\n")
                .contains("  bars: 1m in UTC\n", "  agents.fusion: trading (min strength 0.5)\n",
                        "  [0] BTC/USD from cli/target/samples/bitstamp_trades_from_20131125_usd.csv (trades, timestamps epoch-s");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void everyProblemIsPrintedWithItsPlaceAndTheExitCodeIsOne() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                agents:
                  indicator:
                    rsiPeriodd: 14
                pipeline:
                  ringSize: 1000
                """);

        int exit = run("config", "check", file.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(
                file + ":3:5: agents.indicator.rsiPeriodd: unknown key; did you mean 'rsiPeriod'?\n"
                        + file + ":5:3: pipeline.ringSize: must be a power of two (such as 1024, 65536), was 1000\n"
                        + file + ": invalid, 2 problems\n");
    }

    @Test
    void eachFileIsCheckedAndOneBadFileFailsTheRun() throws IOException {
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, "bars:\n  timeframe: 4h\n");
        Path missing = dir.resolve("missing.yaml");

        int exit = run("config", "check", good.toString(), missing.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains(good + ": ok\n", "  bars: 4h in UTC\n",
                missing + ": no such file\n", missing + ": invalid, 1 problem\n");
    }

    @Test
    void warningsAreShownForAValidFile() throws IOException {
        Path file = dir.resolve("open.yaml");
        Files.writeString(file, """
                data:
                  - path: no/such/prices.csv
                paper:
                  http:
                    host: 0.0.0.0
                    allowNonLoopback: true
                """);

        int exit = run("config", "check", file.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains(file + ": ok\n",
                file + ":2:5: warning: data[0].path: no such file: ",
                file + ":5:5: warning: paper.http.host: the daemon will listen on 0.0.0.0");
    }

    @Test
    void defaultsArePrintedAsAConfigurationTheLoaderReadsBackEqual() throws IOException {
        int exit = run("config", "defaults");

        assertThat(exit).isZero();
        Path file = dir.resolve("defaults.yaml");
        Files.writeString(file, out.toString());
        assertThat(ConfigLoader.load(file).config()).isEqualTo(EngineConfig.defaults());
        assertThat(out.toString()).contains("rsiPeriod: 14", "controlTokenEnv: QUANTAGENT_TOKEN");
    }

    @Test
    void configWithoutSubcommandOrFileIsAUsageError() {
        assertThat(run("config")).isEqualTo(QuantAgentCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("Missing subcommand: check or defaults");

        assertThat(run("config", "check")).isEqualTo(QuantAgentCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("Missing required parameter: 'FILE'");
    }
}
