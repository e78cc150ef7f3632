package io.quantagent.agents.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.data.Offset;

class TrendlineFitterProperties {

    private static final double TOLERANCE = 1e-5;
    private static final double MIN_STEP = 1e-4;
    /** Room for rounding when a line's value is recomputed from slope and intercept (prices up to 1000). */
    private static final double ROUNDING = 1e-9;

    private final TrendlineFitter fitter = new TrendlineFitter(TrendParameters.defaults());

    @Property(tries = 300)
    void closeLinesBoundEveryClose(@ForAll("closes") double[] close) {
        TrendLines lines = new TrendLines();
        fitter.fitCloses(close, close.length, lines);
        for (int i = 0; i < close.length; i++) {
            assertThat(lines.supportAt(i)).as("support at %d", i).isLessThanOrEqualTo(close[i] + TOLERANCE + ROUNDING);
            assertThat(lines.resistanceAt(i)).as("resistance at %d", i)
                    .isGreaterThanOrEqualTo(close[i] - TOLERANCE - ROUNDING);
        }
        assertThat(lines.supportAt(lines.supportPivot())).isCloseTo(close[lines.supportPivot()], offset());
        assertThat(lines.resistanceAt(lines.resistancePivot())).isCloseTo(close[lines.resistancePivot()], offset());
    }

    @Property(tries = 300)
    void highLowLinesBoundEveryLowAndHigh(@ForAll("bars") List<Ohlc> bars) {
        Window w = Window.of(bars);
        TrendLines lines = new TrendLines();
        fitter.fitHighLow(w.high, w.low, w.close, w.size(), lines);
        for (int i = 0; i < w.size(); i++) {
            assertThat(lines.supportAt(i)).as("support at %d", i).isLessThanOrEqualTo(w.low[i] + TOLERANCE + ROUNDING);
            assertThat(lines.resistanceAt(i)).as("resistance at %d", i)
                    .isGreaterThanOrEqualTo(w.high[i] - TOLERANCE - ROUNDING);
        }
        assertThat(lines.supportAt(lines.supportPivot())).isCloseTo(w.low[lines.supportPivot()], offset());
        assertThat(lines.resistanceAt(lines.resistancePivot())).isCloseTo(w.high[lines.resistancePivot()], offset());
    }

    @Property(tries = 200)
    void noValidCloseLineThroughThePivotHasASmallerSquaredDistance(@ForAll("smallCloses") double[] close) {
        TrendLines lines = new TrendLines();
        fitter.fitCloses(close, close.length, lines);
        assertNoBetterSlope(true, lines.supportPivot(), lines.supportSlope(), lines.supportSlopePrecision(), close);
        assertNoBetterSlope(false, lines.resistancePivot(), lines.resistanceSlope(),
                lines.resistanceSlopePrecision(), close);
    }

    @Property(tries = 200)
    void noValidHighLowLineThroughThePivotHasASmallerSquaredDistance(@ForAll("smallBars") List<Ohlc> bars) {
        Window w = Window.of(bars);
        TrendLines lines = new TrendLines();
        fitter.fitHighLow(w.high, w.low, w.close, w.size(), lines);
        assertNoBetterSlope(true, lines.supportPivot(), lines.supportSlope(), lines.supportSlopePrecision(), w.low);
        assertNoBetterSlope(false, lines.resistancePivot(), lines.resistanceSlope(),
                lines.resistanceSlopePrecision(), w.high);
    }

    @Property(tries = 200)
    void agreesWithALiteralPortOfThePapersCode(@ForAll long seed, @ForAll @IntRange(min = 5, max = 60) int n) {
        Window w = Window.randomWalk(n, seed);
        TrendLines lines = new TrendLines();

        fitter.fitCloses(w.close, n, lines);
        double[] reference = ReferenceTrendlines.fitSingle(w.close);
        assertSameLines(lines, reference, w.close, w.close);

        fitter.fitHighLow(w.high, w.low, w.close, n, lines);
        reference = ReferenceTrendlines.fitHighLow(w.high, w.low, w.close);
        assertSameLines(lines, reference, w.low, w.high);
    }

    /**
     * The search stops within two of its last steps (each at most 2 * unit * minStep) of the best valid slope,
     * so with g the error's derivative at the slope found, nothing valid can be better by more than
     * |g| * 4 * unit * minStep. A grid of slopes over a wide range, evaluated as the paper does, must agree,
     * and its best valid slope must lie within the reported precision (plus one grid step) of the slope found.
     */
    private static void assertNoBetterSlope(boolean support, int pivot, double slope, double precision,
            double[] y) {
        double found = ReferenceTrendlines.checkTrendLine(support, pivot, slope, y);
        assertThat(found).as("the line found is valid").isGreaterThanOrEqualTo(0.0);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double gradient = 0;
        for (int i = 0; i < y.length; i++) {
            min = Math.min(min, y[i]);
            max = Math.max(max, y[i]);
            double k = i - pivot;
            gradient += 2 * k * (slope * k - (y[i] - y[pivot]));
        }
        double unit = (max - min) / y.length;
        double allowance = Math.abs(gradient) * 4 * unit * MIN_STEP + 1e-9 * (1 + found);
        double span = 2 * (max - min) + 1e-3;
        int points = 20_000;
        double gridStep = 2 * span / points;
        double bestSlope = Double.NaN;
        double bestError = Double.POSITIVE_INFINITY;
        for (int j = 0; j <= points; j++) {
            double candidate = slope - span + j * gridStep;
            double error = ReferenceTrendlines.checkTrendLine(support, pivot, candidate, y);
            if (error >= 0) {
                assertThat(error).as("%s slope %s against the slope found %s", support ? "support" : "resistance",
                        candidate, slope).isGreaterThanOrEqualTo(found - allowance);
                if (error < bestError) {
                    bestError = error;
                    bestSlope = candidate;
                }
            }
        }
        assertThat(precision).isCloseTo(2 * MIN_STEP * unit, within(1e-12 * (1 + unit)));
        if (!Double.isNaN(bestSlope)) {
            assertThat(Math.abs(bestSlope - slope)).as("distance to the best slope of the grid")
                    .isLessThanOrEqualTo(precision + gridStep + 1e-12);
        }
    }

    /** Same pivots, and slopes within the search's resolution of each other (both end near the same optimum). */
    private static void assertSameLines(TrendLines lines, double[] reference, double[] supportPrices,
            double[] resistancePrices) {
        assertThat(lines.supportPivot()).isEqualTo((int) reference[4]);
        assertThat(lines.resistancePivot()).isEqualTo((int) reference[5]);
        assertThat(lines.supportSlope()).isCloseTo(reference[0],
                within(4 * unit(supportPrices) * MIN_STEP + 1e-12));
        assertThat(lines.resistanceSlope()).isCloseTo(reference[2],
                within(4 * unit(resistancePrices) * MIN_STEP + 1e-12));
    }

    private static double unit(double[] y) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return (max - min) / y.length;
    }

    private static Offset<Double> offset() {
        return within(ROUNDING);
    }

    @Provide
    Arbitrary<double[]> closes() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(1, 1000).ofScale(2).array(double[].class).ofMinSize(2).ofMaxSize(60),
                Arbitraries.longs().flatMap(seed -> Arbitraries.integers().between(2, 60)
                        .map(n -> Window.randomWalk(n, seed).close)));
    }

    @Provide
    Arbitrary<double[]> smallCloses() {
        return Arbitraries.doubles().between(1, 1000).ofScale(2).array(double[].class).ofMinSize(5).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Ohlc>> bars() {
        return ohlc().list().ofMinSize(2).ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<Ohlc>> smallBars() {
        return ohlc().list().ofMinSize(5).ofMaxSize(8);
    }

    private static Arbitrary<Ohlc> ohlc() {
        Arbitrary<Double> close = Arbitraries.doubles().between(10, 1000).ofScale(2);
        Arbitrary<Double> wick = Arbitraries.doubles().between(0, 20).ofScale(2);
        return Combinators.combine(close, wick, wick).as((c, up, down) -> new Ohlc(c + up, c - down, c));
    }

    /** One bar's high, low and close. */
    record Ohlc(double high, double low, double close) {
    }

    /** Parallel arrays of highs, lows and closes. */
    record Window(double[] high, double[] low, double[] close) {

        int size() {
            return close.length;
        }

        static Window of(List<Ohlc> bars) {
            int n = bars.size();
            double[] high = new double[n];
            double[] low = new double[n];
            double[] close = new double[n];
            for (int i = 0; i < n; i++) {
                high[i] = bars.get(i).high();
                low[i] = bars.get(i).low();
                close[i] = bars.get(i).close();
            }
            return new Window(high, low, close);
        }

        static Window randomWalk(int n, long seed) {
            Random random = new Random(seed);
            double[] high = new double[n];
            double[] low = new double[n];
            double[] close = new double[n];
            double price = 100 + 50 * random.nextDouble();
            for (int i = 0; i < n; i++) {
                price += random.nextGaussian();
                close[i] = price;
                high[i] = price + 0.8 * random.nextDouble();
                low[i] = price - 0.8 * random.nextDouble();
            }
            return new Window(high, low, close);
        }
    }
}
