package io.quantagent.backtest.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.agents.Direction;
import io.quantagent.engine.data.BadRowException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccuracyBenchmarkTest {

    static Path bundledWindows() throws URISyntaxException {
        return Path.of(AccuracyBenchmarkTest.class.getResource("/quantagent-bench").toURI());
    }

    private final AgentPredictors agents = new AgentPredictors(AccuracyBenchmark.paperParameters(), Duration.ofHours(1));

    @Test
    void loadsEveryAssetFolderWithItsWindowsInOrder() throws Exception {
        Map<String, List<BenchmarkWindow>> windows = BenchmarkWindows.load(bundledWindows());
        assertThat(windows).containsOnlyKeys("btc", "spx");
        assertThat(windows.get("btc")).extracting(BenchmarkWindow::index).containsExactly(1, 2, 3);
        BenchmarkWindow first = windows.get("btc").get(0);
        assertThat(first.size()).isEqualTo(100);
        // BTC_1h_1.csv, first row: 2025-03-29 08:00:00,82462.7,82527.7,82145.22,82293.56,634.07629
        assertThat(first.close()[0]).isEqualTo(82462.7);
        assertThat(first.high()[0]).isEqualTo(82527.7);
        assertThat(first.low()[0]).isEqualTo(82145.22);
        assertThat(first.open()[0]).isEqualTo(82293.56);
        assertThat(first.volume()[0]).isEqualTo(634.07629);
        assertThat(first.closeTimeNanos()[1] - first.closeTimeNanos()[0]).isEqualTo(Duration.ofHours(1).toNanos());
    }

    @Test
    void decisionsDoNotDependOnTheHorizonBars() throws Exception {
        for (List<BenchmarkWindow> asset : BenchmarkWindows.load(bundledWindows()).values()) {
            for (BenchmarkWindow w : asset) {
                BenchmarkWindow crash = withHorizonScaled(w, 0.5);
                BenchmarkWindow rally = withHorizonScaled(w, 2.0);
                for (DirectionPredictor p : List.of(agents.fused(), agents.indicatorOnly(), agents.patternOnly(),
                        agents.trendOnly(), Baselines.linearRegression())) {
                    Direction original = AgentPredictors.call(p, w);
                    assertThat(AgentPredictors.call(p, crash)).isEqualTo(original);
                    assertThat(AgentPredictors.call(p, rally)).isEqualTo(original);
                }
                // The horizon change is real: the scoring sees it.
                assertThat(AccuracyProtocol.correctCalls(crash, Direction.LONG)).isZero();
                assertThat(AccuracyProtocol.correctCalls(rally, Direction.LONG)).isEqualTo(3);
            }
        }
    }

    @Test
    void theFusedDecisionAlwaysCallsLongOrShort() throws Exception {
        for (List<BenchmarkWindow> asset : BenchmarkWindows.load(bundledWindows()).values()) {
            for (BenchmarkWindow w : asset) {
                assertThat(AgentPredictors.call(agents.fused(), w)).isNotEqualTo(Direction.NEUTRAL);
            }
        }
    }

    @Test
    void theTableHasOneRowPerAssetAndTheMean() throws Exception {
        Map<String, List<BenchmarkWindow>> windows = BenchmarkWindows.load(bundledWindows());
        List<AccuracyRow> rows = new AccuracyBenchmark(AccuracyBenchmark.paperParameters(), Duration.ofHours(1)).run(windows);
        assertThat(rows).extracting(AccuracyRow::asset).containsExactly("btc", "spx", "mean");
        for (AccuracyRow r : rows) {
            assertThat(r.ours()).isBetween(0.0, 1.0);
            assertThat(r.random()).isBetween(0.0, 1.0);
        }
        // Scores are whole calls: 3 windows x 3 horizon bars per asset.
        AccuracyRow btc = rows.get(0);
        assertThat(btc.ours() * 9).isCloseTo(Math.rint(btc.ours() * 9), org.assertj.core.api.Assertions.within(1e-9));
        // The same run twice gives the same table.
        assertThat(new AccuracyBenchmark(AccuracyBenchmark.paperParameters(), Duration.ofHours(1)).run(windows)).isEqualTo(rows);
    }

    @Test
    void aBadRowStopsTheRunWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Path asset = Files.createDirectories(dir.resolve("xyz"));
        Files.writeString(asset.resolve("XYZ_1h_1.csv"), "Datetime,Close,High,Low,Open,Volume\n"
                + "2025-03-29 08:00:00,10,11,9,10,1\n"
                + "2025-03-29 09:00:00,10,9,11,10,1\n");
        assertThatThrownBy(() -> BenchmarkWindows.load(dir))
                .isInstanceOf(BadRowException.class)
                .hasMessageContaining("XYZ_1h_1.csv:3:");
    }

    @Test
    void aFolderWithoutWindowsIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> BenchmarkWindows.load(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no benchmark windows found");
        assertThatThrownBy(() -> BenchmarkWindows.load(dir.resolve("missing")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a directory");
    }

    /** The same window with its three horizon bars at {@code factor} times the last seen close. */
    private static BenchmarkWindow withHorizonScaled(BenchmarkWindow w, double factor) {
        double[] o = w.open().clone();
        double[] h = w.high().clone();
        double[] l = w.low().clone();
        double[] c = w.close().clone();
        double lastSeen = c[w.size() - 4];
        for (int i = w.size() - 3; i < w.size(); i++) {
            c[i] = lastSeen * factor;
            o[i] = c[i];
            h[i] = c[i];
            l[i] = c[i];
        }
        return new BenchmarkWindow(w.asset(), w.file(), w.index(), w.closeTimeNanos(), o, h, l, c, w.volume());
    }
}
