package io.quantagent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep} and {@code walkforward}, in-process, on the first 15,000 bundled trades (about 28 hours). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResearchCommandsTest {

    private static final Path TRADES = Path.of(System.getProperty("qa.samples"), "bitstamp_trades_from_20131125_usd.csv");
    private static final String CONFIG = Path.of("..", "configs", "backtest.yaml").toString();
    private static final String GRID = "agents.fusion.minStrength: [0.3, 0.7]\n";

    @TempDir
    static Path dir;

    private Path data;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = QuantAgentCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    void slice() throws IOException {
        List<String> lines = Files.readAllLines(TRADES);
        data = dir.resolve("BTC-USD.csv");
        Files.write(data, lines.subList(0, 15_001));
    }

    private Path grid(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Run sweep(Path grid, Path out) {
        return run("sweep", "--config", CONFIG, "--grid", grid.toString(), "--data", data.toString(), "--out",
                out.toString(), "--threads", "2");
    }

    @Test
    void aSweepRunsEveryPointResumesAfterACrashAndRefusesAnotherGrid() throws IOException {
        Path grid = grid("grid.yaml", GRID);
        Path out = dir.resolve("sweep");
        Run first = sweep(grid, out);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("sweep: 2 points (2 values of agents.fusion.minStrength)", "[1/2] point ",
                "[2/2] point ", "done: 2 points run in", "top 2 of 2 by Sharpe:", "agents.fusion.minStrength=0.3",
                "agents.fusion.minStrength=0.7");
        assertThat(Files.readAllLines(out.resolve("results.csv"))).hasSize(3);
        assertThat(Files.readAllLines(out.resolve("results.jsonl"))).hasSize(2);

        Run again = sweep(grid, out);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("nothing to run: all 2 points are in the results", "top 2 of 2 by Sharpe:")
                .doesNotContain("[1/2]");

        List<String> jsonl = Files.readAllLines(out.resolve("results.jsonl"));
        Files.writeString(out.resolve("results.jsonl"), jsonl.get(0) + "\n" + jsonl.get(1).substring(0, 40));
        Run resumed = sweep(grid, out);
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("note: the last line of the results was cut short",
                "resuming: 1 of 2 points are already in the results; running the other 1", "[2/2] point ")
                .doesNotContain("[1/2]");
        assertThat(Files.readAllLines(out.resolve("results.csv"))).hasSize(3);

        Run changed = sweep(grid("grid2.yaml", "agents.fusion.minStrength: [0.3, 0.6]\n"), out);
        assertThat(changed.exit()).isEqualTo(1);
        assertThat(changed.err()).contains("holds the results of another sweep: the grid changed").doesNotContain("\tat ");
    }

    @Test
    void aMisspeltGridKeyIsReportedWithItsLineBeforeAnythingRuns() throws IOException {
        Path grid = grid("typo.yaml", "broker.feeBps: [5, 10]\nagents.fusion.minStrenght: [0.3, 0.7]\n");
        Path out = dir.resolve("typo-out");
        Run r = sweep(grid, out);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(grid + ":2:1: agents.fusion.minStrenght: unknown key; did you mean 'minStrength'?")
                .contains("4 of 4 points").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSweepWithoutAGridIsAUsageError() {
        Run r = run("sweep", "--config", CONFIG);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--grid=FILE'");
    }

    @Test
    void aWalkForwardReportsEveryOutOfSampleWindowAndTheStitchedCurve() throws IOException {
        Path out = dir.resolve("wf");
        Run r = run("walkforward", "--config", CONFIG, "--grid", grid("wf-grid.yaml", GRID).toString(), "--data",
                data.toString(), "--in-sample", "12h", "--out-of-sample", "8h", "--objective", "return", "--out",
                out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("walk-forward: 2 windows of 12h in sample + 8h out of sample, step 8h; 2 grid points",
                "window 1/2  in sample     2013-11-25 00:00 to 2013-11-25 12:00: best return ",
                "out of sample 2013-11-25 12:00 to 2013-11-25 20:00: return ",
                "window 2/2  in sample     2013-11-25 08:00 to 2013-11-25 20:00", "(partial: the data ends)",
                "out of sample, stitched (2013-11-25 12:00 to ");
        List<String> csv = Files.readAllLines(out.resolve("walkforward.csv"));
        assertThat(csv).hasSize(4);
        assertThat(csv.get(3)).startsWith("stitched,");
        assertThat(Files.readString(out.resolve("walkforward.json"))).contains("\"objective\" : \"return\"");
    }

    @Test
    void aBadDurationOrObjectiveIsAUsageError() throws IOException {
        Path grid = grid("g.yaml", GRID);
        Run duration = run("walkforward", "--grid", grid.toString(), "--in-sample", "12 parsecs", "--out-of-sample", "1h");
        assertThat(duration.exit()).isEqualTo(2);
        assertThat(duration.err()).contains("--in-sample:");
        Run objective = run("walkforward", "--grid", grid.toString(), "--in-sample", "12h", "--out-of-sample", "1h",
                "--objective", "luck");
        assertThat(objective.exit()).isEqualTo(2);
        assertThat(objective.err()).contains("unknown objective 'luck'");
    }
}
