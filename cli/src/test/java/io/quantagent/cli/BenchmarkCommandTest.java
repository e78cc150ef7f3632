package io.quantagent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quantagent benchmark}, run in-process over the bundled QuantAgent windows. */
class BenchmarkCommandTest {

    /** Tests run in the cli module's folder; the bundled windows are at the repository root. */
    private static final String WINDOWS = Path.of("..", "data", "quantagent-bench-1h").toString();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return QuantAgentCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void printsOneRowPerAssetAndTheMeanAndWritesTheSameAsJson() throws Exception {
        Path json = dir.resolve("accuracy.json");
        int exit = run("benchmark", "--data", WINDOWS, "--json", json.toString());

        assertThat(exit).as(err.toString()).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).startsWith("asset").contains("ours", "random", "linreg", "gain");
        for (String asset : new String[] {"btc", "cl", "dax", "dji", "es", "nq", "qqq", "spx", "mean"}) {
            assertThat(out.toString()).containsPattern("(?m)^" + asset + " +(100|800) +\\d+\\.\\d%");
        }
        assertThat(out.toString()).contains("800 windows, 46 seen + 3 horizon bars each");

        JsonNode rows = new ObjectMapper().readTree(json.toFile());
        assertThat(rows).hasSize(9);
        assertThat(rows.get(8).get("asset").asText()).isEqualTo("mean");
        assertThat(rows.get(0).get("windows").asInt()).isEqualTo(100);
        double ours = rows.get(0).get("ours").asDouble();
        // Accuracies are whole correct calls over 300 horizon bars per asset.
        assertThat(ours * 300).isCloseTo(Math.rint(ours * 300), org.assertj.core.api.Assertions.within(1e-6));
        double random = rows.get(0).get("random").asDouble();
        assertThat(rows.get(0).get("gainOverRandom").asDouble()).isCloseTo((ours - random) / random,
                org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void aMissingFolderIsOneClearLineAndExitCode1() {
        int exit = run("benchmark", "--data", dir.resolve("nope").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("nope: not a directory").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aBadTimeFrameIsAUsageError() {
        assertThat(run("benchmark", "--data", WINDOWS, "--timeframe", "7m")).isEqualTo(2);
        assertThat(err.toString()).contains("--timeframe");
    }
}
