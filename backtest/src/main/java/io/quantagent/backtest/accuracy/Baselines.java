package io.quantagent.backtest.accuracy;

import io.quantagent.agents.Direction;
import java.util.List;
import java.util.SplittableRandom;

/** The paper's baselines: always long, seeded random calls, and the sign of a least-squares slope. */
public final class Baselines {
    /** Seeds averaged by the random baseline. */
    public static final int RANDOM_SEEDS = 1_000;

    private Baselines() {
    }

    /** Always LONG. */
    public static DirectionPredictor alwaysLong() {
        return seen -> Direction.LONG;
    }

    /** LONG when the least-squares slope of the seen closes is positive, SHORT when negative (LONG when flat). */
    public static DirectionPredictor linearRegression() {
        return seen -> leastSquaresSlope(seen.closes()) < 0 ? Direction.SHORT : Direction.LONG;
    }

    /** Slope of the least-squares line through (i, y[i]). */
    public static double leastSquaresSlope(double[] y) {
        int n = y.length;
        double meanX = (n - 1) / 2.0;
        double meanY = 0;
        for (double v : y) {
            meanY += v;
        }
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = i - meanX;
            sxy += dx * (y[i] - meanY);
            sxx += dx * dx;
        }
        return sxx == 0 ? 0 : sxy / sxx;
    }

    /**
     * Mean accuracy of uniformly random LONG/SHORT calls over {@code seeds} seeds (seed s = 1..seeds, one call per
     * window in the given order), each seed's accuracy being correct calls over 3 x windows.
     */
    public static double randomAccuracy(List<BenchmarkWindow> windows, int seeds) {
        if (windows.isEmpty()) {
            return Double.NaN;
        }
        int[] correctIfLong = new int[windows.size()];
        int[] correctIfShort = new int[windows.size()];
        for (int w = 0; w < windows.size(); w++) {
            correctIfLong[w] = AccuracyProtocol.correctCalls(windows.get(w), Direction.LONG);
            correctIfShort[w] = AccuracyProtocol.correctCalls(windows.get(w), Direction.SHORT);
        }
        double sum = 0;
        for (int s = 1; s <= seeds; s++) {
            SplittableRandom random = new SplittableRandom(s);
            long correct = 0;
            for (int w = 0; w < windows.size(); w++) {
                correct += random.nextBoolean() ? correctIfLong[w] : correctIfShort[w];
            }
            sum += (double) correct / (AccuracyProtocol.HORIZON_BARS * windows.size());
        }
        return sum / seeds;
    }
}
