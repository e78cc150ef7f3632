package io.quantagent.backtest.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.backtest.metrics.MetricsSettings;
import io.quantagent.backtest.run.JournalRun;
import io.quantagent.engine.journal.FolderLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A two-point sweep over three hours of synthetic trades, run once and copied for each test that resumes it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SweepTest {

    private static final String GRID = "broker.feeBps: [100, 0]\n";

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private Path finished;
    private Sweep.Outcome firstOutcome;
    private final List<Long> firstProgress = new ArrayList<>();
    private Path out;
    private final List<Long> progressed = new ArrayList<>();

    @BeforeAll
    void runTheSweepOnce() throws Exception {
        finished = shared.resolve("finished");
        GridConfigs configs = TinyData.configs(shared, GRID);
        firstOutcome = new Sweep(configs, TinyData.feeds(3, 2), new Sweep.Settings(2, false, MetricsSettings.continuous()))
                .run(finished, "base.yaml", (p, m, done, total, ranNow, toRun, elapsed) -> firstProgress.add(p.index()));
    }

    @BeforeEach
    void copyTheFinishedSweep() throws Exception {
        out = dir.resolve("out");
        Files.createDirectories(out);
        try (Stream<Path> files = Files.list(finished)) {
            for (Path f : files.toList()) {
                Files.copy(f, out.resolve(f.getFileName()));
            }
        }
    }

    private Sweep.Outcome sweep(String grid) throws Exception {
        GridConfigs configs = TinyData.configs(dir, grid);
        Sweep sweep = new Sweep(configs, TinyData.feeds(3, 2), new Sweep.Settings(2, false, MetricsSettings.continuous()));
        return sweep.run(out, "base.yaml", (p, m, done, total, ranNow, toRun, elapsed) -> progressed.add(p.index()));
    }

    private List<String> lines(String file) throws Exception {
        return Files.readAllLines(out.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void aSecondSweepOnTheSameFolderIsRefusedWhileTheFirstHoldsIt() throws Exception {
        FolderLock first = FolderLock.acquire(out, "sweep.lock", "sweep", "give this one another --out");
        try {
            assertThatThrownBy(() -> sweep(GRID)).isInstanceOf(ResearchException.class)
                    .hasMessageContaining(out + " is in use by another sweep (pid " + ProcessHandle.current().pid())
                    .hasMessageContaining("another --out");
            assertThat(lines(SweepResults.JSONL)).hasSize(2);
        } finally {
            first.close();
        }
        assertThat(sweep(GRID).ran()).isZero();
    }

    @Test
    void everyPointIsRunAndStreamedToBothFiles() throws Exception {
        assertThat(firstOutcome.total()).isEqualTo(2);
        assertThat(firstOutcome.ran()).isEqualTo(2);
        assertThat(firstProgress).containsExactlyInAnyOrder(0L, 1L);
        List<String> csv = lines(SweepResults.CSV);
        assertThat(csv.get(0)).isEqualTo("index,broker.feeBps,total_return,sharpe,sortino,calmar,max_drawdown,trades,"
                + "win_rate,profit_factor,accuracy,fees,events_per_second");
        assertThat(csv).hasSize(3);
        assertThat(csv.subList(1, 3)).anySatisfy(l -> assertThat(l).startsWith("0,100,"))
                .anySatisfy(l -> assertThat(l).startsWith("1,0,"));
        assertThat(lines(SweepResults.JSONL)).hasSize(2);
        ResultRow free = SweepResults.top(out, 5, SweepResults.bySharpe()).stream().filter(r -> r.index() == 1)
                .findFirst().orElseThrow();
        ResultRow costly = SweepResults.top(out, 5, SweepResults.bySharpe()).stream().filter(r -> r.index() == 0)
                .findFirst().orElseThrow();
        assertThat(free.metrics().trades()).isPositive();
        assertThat(free.metrics().fees()).isZero();
        assertThat(costly.metrics().fees()).isPositive();
        assertThat(Files.readString(out.resolve(SweepManifest.FILE))).contains("\"points\" : 2", "broker.feeBps");
        assertThat(finished.resolve(Sweep.RUNNING)).as("journals of finished points are deleted").doesNotExist();
        assertThat(finished.resolve(Sweep.JOURNALS)).doesNotExist();
    }

    @Test
    void theTopPointsAreOrderedBySharpe() {
        assertThat(firstOutcome.top()).hasSize(2);
        assertThat(firstOutcome.top().get(0).metrics().sharpe())
                .isGreaterThan(firstOutcome.top().get(1).metrics().sharpe());
    }

    @Test
    void aRerunSkipsTheFinishedPoints() throws Exception {
        List<String> before = lines(SweepResults.JSONL);
        Path leftOver = Files.createDirectories(out.resolve(Sweep.RUNNING).resolve("point-1"));
        Files.writeString(leftOver.resolve("stale.cq4"), "left by a stopped sweep");
        progressed.clear();
        Sweep.Outcome again = sweep(GRID);
        assertThat(again.ran()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(progressed).isEmpty();
        assertThat(lines(SweepResults.JSONL)).isEqualTo(before);
        assertThat(lines(SweepResults.CSV)).hasSize(3);
        assertThat(leftOver).doesNotExist();
    }

    @Test
    void aChangedGridIsRefusedBeforeAnythingRuns() throws Exception {
        progressed.clear();
        assertThatThrownBy(() -> sweep("broker.feeBps: [100, 0, 50]\n"))
                .isInstanceOf(ResearchException.class)
                .hasMessageContaining("holds the results of another sweep: the grid changed")
                .hasMessageContaining("choose another --out");
        assertThat(progressed).isEmpty();
        assertThat(lines(SweepResults.JSONL)).hasSize(2);
    }

    @Test
    void aChangedBaseConfigurationIsRefused() throws Exception {
        Path base = TinyData.write(dir, "base.yaml", TinyData.BASE_YAML.replace("minStrength: 0.3", "minStrength: 0.35"));
        Path grid = TinyData.write(dir, "grid.yaml", GRID);
        GridConfigs changed = new GridConfigs(base, ParameterGrid.load(grid), List.of());
        Sweep sweep = new Sweep(changed, TinyData.feeds(3, 2), new Sweep.Settings(1, false, MetricsSettings.continuous()));
        assertThatThrownBy(() -> sweep.run(out, "base.yaml", (p, m, d, t, r, tr, e) -> { }))
                .hasMessageContaining("the base configuration changed");
    }

    @Test
    void aLastLineCutShortByACrashIsDroppedAndItsPointRunAgain() throws Exception {
        List<String> complete = lines(SweepResults.JSONL);
        String keep = complete.get(0) + "\n";
        String cut = complete.get(1).substring(0, complete.get(1).length() / 2);
        Files.writeString(out.resolve(SweepResults.JSONL), keep + cut, StandardCharsets.UTF_8);
        Files.writeString(out.resolve(SweepResults.CSV), "garbage,from,the,crash\n", StandardCharsets.UTF_8);
        progressed.clear();
        Sweep.Outcome again = sweep(GRID);
        assertThat(again.droppedPartialLine()).isTrue();
        assertThat(again.ran()).isEqualTo(1);
        List<String> after = lines(SweepResults.JSONL);
        assertThat(after).hasSize(2);
        assertThat(after.get(0)).isEqualTo(complete.get(0));
        ResultRow original = SweepResults.parse(SweepResults.JSON.readTree(complete.get(1)));
        ResultRow rerun = SweepResults.parse(SweepResults.JSON.readTree(after.get(1)));
        assertThat(rerun.index()).isEqualTo(original.index());
        assertThat(rerun.metrics().totalReturn()).isEqualTo(original.metrics().totalReturn());
        assertThat(rerun.metrics().trades()).isEqualTo(original.metrics().trades());
        List<String> csv = lines(SweepResults.CSV);
        assertThat(csv).hasSize(3).noneMatch(l -> l.contains("garbage"));
    }

    @Test
    void keptJournalsAreTheRunsTheResultsWereReadFrom() throws Exception {
        GridConfigs configs = TinyData.configs(dir, GRID);
        Path kept = dir.resolve("kept");
        new Sweep(configs, TinyData.feeds(3, 2), new Sweep.Settings(2, true, MetricsSettings.continuous()))
                .run(kept, "base.yaml", (p, m, d, t, r, tr, e) -> { });
        for (ResultRow row : SweepResults.top(kept, 5, SweepResults.bySharpe())) {
            Path journal = kept.resolve("journals").resolve("point-" + row.index());
            assertThat(JournalRun.read(journal).trades()).hasSize(row.metrics().trades());
        }
    }

    @Test
    void aCompleteLineOfAnotherGridIsRefusedWithItsLineNumber() throws Exception {
        List<String> complete = lines(SweepResults.JSONL);
        String forged = complete.get(1).replaceFirst("\"broker.feeBps\":\\d+", "\"broker.feeBps\":7");
        Files.writeString(out.resolve(SweepResults.JSONL), complete.get(0) + "\n" + forged + "\n");
        assertThatThrownBy(() -> sweep(GRID)).hasMessageContaining(SweepResults.JSONL + ":2: point")
                .hasMessageContaining("broker.feeBps=7");
    }
}
