package io.quantagent.backtest.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.quantagent.agents.Direction;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccuracyProtocolTest {

    /** A window of {@code n} bars whose closes are given by the function; other prices follow the close. */
    static BenchmarkWindow window(double[] closes) {
        int n = closes.length;
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = (i + 1) * 3_600_000_000_000L;
            o[i] = i == 0 ? closes[0] : closes[i - 1];
            h[i] = Math.max(o[i], closes[i]) + 0.5;
            l[i] = Math.min(o[i], closes[i]) - 0.5;
            v[i] = 10;
        }
        return new BenchmarkWindow("test", Path.of("TEST_1h_1.csv"), 1, t, o, h, l, closes.clone(), v);
    }

    static double[] closes(int n, double start, double step) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = start + i * step;
        }
        return c;
    }

    @Test
    void theSeenBarsAreTheFirst46OfTheLast49() {
        BenchmarkWindow w = window(closes(100, 100, 1));
        SeenBars seen = AccuracyProtocol.seenBars(w);
        assertThat(seen.size()).isEqualTo(46);
        assertThat(seen.close(0)).isEqualTo(100 + 51);
        assertThat(seen.close(45)).isEqualTo(100 + 96);
    }

    @Test
    void aCallIsCorrectForEachHorizonBarThatMovedItsWay() {
        double[] c = closes(60, 100, 0);
        int lastSeen = 60 - 4;
        c[lastSeen] = 100;
        c[lastSeen + 1] = 101; // up
        c[lastSeen + 2] = 99; // down
        c[lastSeen + 3] = 100; // unchanged: correct for neither
        BenchmarkWindow w = window(c);
        assertThat(AccuracyProtocol.correctCalls(w, Direction.LONG)).isEqualTo(1);
        assertThat(AccuracyProtocol.correctCalls(w, Direction.SHORT)).isEqualTo(1);
        assertThat(AccuracyProtocol.correctCalls(w, Direction.NEUTRAL)).isZero();
    }

    @Test
    void aWindowShorterThan49BarsIsRefusedWithItsFile() {
        assertThatThrownBy(() -> AccuracyProtocol.seenBars(window(closes(48, 100, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TEST_1h_1.csv")
                .hasMessageContaining("48 bars");
    }

    @Test
    void theLinearRegressionBaselineFollowsTheSlopeOfTheSeenCloses() {
        assertThat(Baselines.leastSquaresSlope(new double[] {1, 3, 5, 7})).isEqualTo(2.0);
        assertThat(Baselines.linearRegression().predict(AccuracyProtocol.seenBars(window(closes(60, 200, -1)))))
                .isEqualTo(Direction.SHORT);
        assertThat(Baselines.linearRegression().predict(AccuracyProtocol.seenBars(window(closes(60, 200, 1)))))
                .isEqualTo(Direction.LONG);
    }

    @Test
    void theRandomBaselineConvergesToTheMeanOfLongAndShort() {
        // Windows whose horizon goes up on all three bars, down on all three, or up, down, up.
        double[] up = closes(60, 100, 1);
        double[] down = closes(60, 200, -1);
        double[] mixed = closes(60, 100, 0);
        mixed[57] = 101;
        mixed[58] = 99;
        mixed[59] = 101;
        List<BenchmarkWindow> ws = List.of(window(up), window(down), window(mixed), window(up));
        double longAcc = PredictorScore.of(ws, Baselines.alwaysLong()).accuracy();
        double shortAcc = PredictorScore.of(ws, seen -> Direction.SHORT).accuracy();
        assertThat(longAcc).isEqualTo((3 + 0 + 2 + 3) / 12.0);
        assertThat(shortAcc).isEqualTo((0 + 3 + 1 + 0) / 12.0);
        double random = Baselines.randomAccuracy(ws, Baselines.RANDOM_SEEDS);
        assertThat(random).isCloseTo((longAcc + shortAcc) / 2, within(0.02));
        assertThat(Baselines.randomAccuracy(ws, 7)).isEqualTo(Baselines.randomAccuracy(ws, 7));
    }

    @Test
    void aPredictorWithoutAnOpinionIsScoredOnlyWhereItHasOne() {
        List<BenchmarkWindow> ws = List.of(window(closes(60, 100, 1)), window(closes(60, 200, -1)));
        PredictorScore score = PredictorScore.of(ws, seen -> seen.close(45) > seen.close(0) ? Direction.LONG : Direction.NEUTRAL);
        assertThat(score.called()).isEqualTo(1);
        assertThat(score.coverage()).isEqualTo(0.5);
        assertThat(score.accuracy()).isEqualTo(1.0);
    }

    @Test
    void theMeanRowAveragesTheAssetsAndSkipsMissingCells() {
        AccuracyRow a = new AccuracyRow("a", 10, 0.6, 0.5, 1.0, Double.NaN, 0.0, 0.4, 0.5, 0.5, 0.5, 0.5);
        AccuracyRow b = new AccuracyRow("b", 20, 0.4, 0.7, 0.5, 0.6, 0.2, 0.6, 0.5, 0.5, 0.5, 0.5);
        AccuracyRow mean = AccuracyBenchmark.mean(List.of(a, b));
        assertThat(mean.windows()).isEqualTo(30);
        assertThat(mean.ours()).isCloseTo(0.5, within(1e-12));
        assertThat(mean.indicator()).isCloseTo(0.6, within(1e-12));
        assertThat(mean.pattern()).isEqualTo(0.6);
        assertThat(mean.gainOverRandom()).isCloseTo(0.0, within(1e-12));
    }
}
