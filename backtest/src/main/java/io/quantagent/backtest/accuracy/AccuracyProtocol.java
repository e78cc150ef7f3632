package io.quantagent.backtest.accuracy;

import io.quantagent.agents.Direction;

/**
 * The paper's directional-accuracy protocol. Of each window, the last {@link #WINDOW_BARS} bars are used: the
 * first {@link #SEEN_BARS} are shown to the predictor, the last {@link #HORIZON_BARS} are the forecast horizon.
 * A call is correct for a horizon bar when the sign of (that bar's close minus the last seen close) agrees with
 * LONG (+) or SHORT (-); an unchanged close is correct for neither. Accuracy is correct calls over
 * 3 x windows called.
 */
public final class AccuracyProtocol {
    /** Bars the predictor sees. */
    public static final int SEEN_BARS = 46;
    /** Bars of the forecast horizon. */
    public static final int HORIZON_BARS = 3;
    /** Bars used from the end of each window. */
    public static final int WINDOW_BARS = SEEN_BARS + HORIZON_BARS;

    private AccuracyProtocol() {
    }

    /** The seen part of a window (its last 49 bars, minus the last 3). */
    public static SeenBars seenBars(BenchmarkWindow window) {
        requireLongEnough(window);
        int start = window.size() - WINDOW_BARS;
        return new SeenBars(
                slice(window.closeTimeNanos(), start),
                slice(window.open(), start),
                slice(window.high(), start),
                slice(window.low(), start),
                slice(window.close(), start),
                slice(window.volume(), start),
                SEEN_BARS);
    }

    /** How many of the horizon bars moved in {@code direction} from the last seen close (0 to 3). */
    public static int correctCalls(BenchmarkWindow window, Direction direction) {
        requireLongEnough(window);
        if (direction == Direction.NEUTRAL) {
            return 0;
        }
        double[] close = window.close();
        int lastSeen = window.size() - HORIZON_BARS - 1;
        int correct = 0;
        for (int i = lastSeen + 1; i < window.size(); i++) {
            double change = close[i] - close[lastSeen];
            if (Math.signum(change) == direction.sign()) {
                correct++;
            }
        }
        return correct;
    }

    private static void requireLongEnough(BenchmarkWindow window) {
        if (window.size() < WINDOW_BARS) {
            throw new IllegalArgumentException(window.file() + ": " + window.size() + " bars, the protocol needs at least " + WINDOW_BARS);
        }
    }

    private static long[] slice(long[] values, int start) {
        long[] out = new long[SEEN_BARS];
        System.arraycopy(values, start, out, 0, SEEN_BARS);
        return out;
    }

    private static double[] slice(double[] values, int start) {
        double[] out = new double[SEEN_BARS];
        System.arraycopy(values, start, out, 0, SEEN_BARS);
        return out;
    }
}
