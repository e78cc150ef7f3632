package io.quantagent.backtest.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.IntNode;
import io.quantagent.backtest.metrics.EquityPoint;
import io.quantagent.backtest.metrics.InstrumentBars;
import io.quantagent.backtest.metrics.MetricsSettings;
import io.quantagent.backtest.metrics.PriceBar;
import io.quantagent.backtest.metrics.RunData;
import java.util.ArrayList;
import io.quantagent.engine.bars.TimeFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalkForwardTest {

    private static final long H = TinyData.HOUR;
    private static final long M = TinyData.MINUTE;

    @TempDir
    Path dir;

    @Test
    void outOfSamplePartsTileTheSpanAfterTheFirstInSamplePart() {
        long start = TinyData.START + 17 * TinyData.SECOND;
        FeedSpan span = new FeedSpan(start, start + 10 * H, 1000);
        List<WalkForwardWindow> windows = WalkForwardWindow.tile(span, TimeFrame.ONE_MINUTE, Duration.ofHours(3),
                Duration.ofHours(2), Duration.ofHours(2));
        assertThat(windows).hasSize(4);
        assertThat(windows.getFirst().inSampleFrom()).isEqualTo(TinyData.START);
        assertThat(windows.getFirst().outOfSampleFrom()).isEqualTo(TinyData.START + 3 * H);
        for (int i = 1; i < windows.size(); i++) {
            assertThat(windows.get(i).outOfSampleFrom()).isEqualTo(windows.get(i - 1).outOfSampleTo());
            assertThat(windows.get(i).inSampleTo() - windows.get(i).inSampleFrom()).isEqualTo(3 * H);
            assertThat(windows.get(i).number()).isEqualTo(i + 1);
        }
        assertThat(windows.getLast().outOfSampleTo()).isEqualTo(span.lastNanos() + 1);
        assertThat(windows.getLast().partial()).isTrue();
        assertThat(windows.subList(0, 3)).noneMatch(WalkForwardWindow::partial);
    }

    @Test
    void aLongerStepLeavesGapsAndAShorterOneIsRefused() {
        FeedSpan span = new FeedSpan(TinyData.START, TinyData.START + 10 * H - 1, 1000);
        List<WalkForwardWindow> windows = WalkForwardWindow.tile(span, TimeFrame.ONE_MINUTE, Duration.ofHours(2),
                Duration.ofHours(1), Duration.ofHours(3));
        assertThat(windows).extracting(w -> (w.outOfSampleFrom() - TinyData.START) / H).containsExactly(2L, 5L, 8L);
        assertThatThrownBy(() -> WalkForwardWindow.tile(span, TimeFrame.ONE_MINUTE, Duration.ofHours(2),
                Duration.ofHours(2), Duration.ofHours(1))).hasMessageContaining("would overlap");
        assertThatThrownBy(() -> WalkForwardWindow.tile(span, TimeFrame.ONE_MINUTE, Duration.ofHours(10),
                Duration.ofHours(1), Duration.ofHours(1))).hasMessageContaining("shorten --in-sample");
    }

    @Test
    void eachWindowRunsTheInSampleBestOutOfSampleAndStitchesTheParts() throws Exception {
        GridConfigs configs = TinyData.configs(dir, "broker.feeBps: [100, 0]\nagents.fusion.minStrength: [0.3]\n");
        FeedFactory feeds = TinyData.feeds(2.5, 2);
        WalkForward.Settings settings = new WalkForward.Settings(Duration.ofMinutes(90), Duration.ofMinutes(30),
                Duration.ofMinutes(30), Objective.RETURN, 2, MetricsSettings.continuous());
        WalkForward.Result result = new WalkForward(configs, feeds, settings).run((w, n) -> { });

        assertThat(result.windows()).hasSize(2);
        PointRunner runner = new PointRunner(MetricsSettings.continuous());
        double chained = 1.0;
        for (WalkForward.WindowResult w : result.windows()) {
            WalkForwardWindow win = w.window();
            double[] inSample = new double[2];
            for (int i = 0; i < 2; i++) {
                GridPoint p = configs.grid().point(i);
                inSample[i] = runner.runInTemporaryFolder(configs.config(p),
                        feeds.window(win.inSampleFrom(), win.inSampleTo()).open(null)).figures().totalReturn();
            }
            long best = inSample[1] > inSample[0] ? 1 : 0;
            assertThat(w.chosen().index()).as("window %d: in-sample returns %s", win.number(), List.of(inSample[0],
                    inSample[1])).isEqualTo(best);
            assertThat(w.inSampleObjective()).isEqualTo(inSample[(int) best]);
            long firstBar = w.outOfSampleRun().instruments().getFirst().bars().getFirst().timeNanos();
            long lastBar = w.outOfSampleRun().instruments().getFirst().bars().getLast().timeNanos();
            assertThat(firstBar).isGreaterThan(win.outOfSampleFrom());
            assertThat(lastBar).isLessThanOrEqualTo(win.outOfSampleTo() + M);
            chained *= 1 + w.outOfSample().totalReturn();
        }
        assertThat(result.windows().get(0).window().outOfSampleFrom()).isEqualTo(TinyData.START + 90 * M);
        assertThat(result.windows().get(1).window().outOfSampleFrom()).isEqualTo(TinyData.START + 120 * M);
        List<EquityPoint> equity = result.stitched().equity();
        assertThat(equity.getFirst().equity()).isEqualTo(100_000.0);
        assertThat(result.stitchedMetrics().totalReturn()).isCloseTo(chained - 1, within(1e-9));
        assertThat(result.stitched().trades()).hasSize(result.windows().stream()
                .mapToInt(w -> w.outOfSample().trades()).sum());

        WalkForwardReport.write(dir.resolve("wf"), result, settings, configs.grid(), "base.yaml");
        List<String> csv = Files.readAllLines(dir.resolve("wf").resolve(WalkForwardReport.CSV));
        assertThat(csv).hasSize(4);
        assertThat(csv.get(0)).startsWith("window,in_sample_from,in_sample_to,out_of_sample_from,out_of_sample_to,partial,"
                + "broker.feeBps,agents.fusion.minStrength,in_sample_return,total_return");
        assertThat(csv.get(1)).startsWith("1,2024-01-01T00:00:00Z,2024-01-01T01:30:00Z,2024-01-01T01:30:00Z,"
                + "2024-01-01T02:00:00Z,false,");
        assertThat(csv.get(3)).startsWith("stitched,");
        String json = Files.readString(dir.resolve("wf").resolve(WalkForwardReport.JSON));
        assertThat(json).contains("\"objective\" : \"return\"", "\"stitched\"", "warm up inside the window");
    }

    /** A run of {@code bars} bars of {@code tf} after {@code start}, equity rising 1 % a bar from 1000. */
    private static RunData run(long start, int bars, TimeFrame tf) {
        List<PriceBar> priceBars = new ArrayList<>();
        List<EquityPoint> equity = new ArrayList<>();
        double e = 1000;
        for (int i = 1; i <= bars; i++) {
            long t = start + i * tf.nanos();
            priceBars.add(new PriceBar(t, 1, 1, 1, 1, 1));
            equity.add(new EquityPoint(t, e, e, 0));
            e *= 1.01;
        }
        return new RunData("r", tf, 1000, List.of(new InstrumentBars("X", priceBars)), equity, List.of(), List.of(), "");
    }

    private static WalkForward.WindowResult window(int n, RunData run) {
        GridPoint point = new GridPoint(0, List.of("k"), List.of(IntNode.valueOf(1)));
        return new WalkForward.WindowResult(new WalkForwardWindow(n, 0, 1, 2, false), point, 0, null, run);
    }

    @Test
    void stitchingChainsThePartsAndSamplesAtTheLongestBarLength() {
        RunData minutes = run(TinyData.START, 10, TimeFrame.ONE_MINUTE);
        RunData fives = run(TinyData.START + 10 * M, 3, TimeFrame.FIVE_MINUTES);
        RunData stitched = WalkForward.stitch(List.of(window(1, minutes), window(2, fives)), TimeFrame.ONE_MINUTE, 500);
        assertThat(stitched.timeFrame()).isEqualTo(TimeFrame.FIVE_MINUTES);
        assertThat(stitched.equity()).extracting(p -> (p.timeNanos() - TinyData.START) / M)
                .containsExactly(5L, 10L, 15L, 20L, 25L);
        double endOfFirst = 500 * Math.pow(1.01, 9);
        assertThat(stitched.equity().get(1).equity()).isCloseTo(endOfFirst, within(1e-9));
        assertThat(stitched.equity().get(2).equity()).isCloseTo(endOfFirst, within(1e-9));
        assertThat(stitched.equity().get(4).equity()).isCloseTo(endOfFirst * 1.01 * 1.01, within(1e-9));
        assertThat(stitched.equity().getFirst().equity()).isCloseTo(500 * Math.pow(1.01, 4), within(1e-9));
    }
}
