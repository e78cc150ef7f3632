package io.quantagent.backtest.accuracy;

import io.quantagent.agents.Direction;
import java.util.List;

/**
 * How one predictor did on one asset's windows.
 *
 * @param windows windows in the run
 * @param called windows where the predictor had an opinion (LONG or SHORT)
 * @param correct correct horizon-bar calls over the called windows
 */
public record PredictorScore(int windows, int called, long correct) {

    /** Correct calls over 3 x called windows; NaN when it never had an opinion. */
    public double accuracy() {
        return called == 0 ? Double.NaN : (double) correct / (AccuracyProtocol.HORIZON_BARS * (long) called);
    }

    /** Share of the windows where it had an opinion. */
    public double coverage() {
        return windows == 0 ? Double.NaN : (double) called / windows;
    }

    /** Scores a predictor over windows. */
    public static PredictorScore of(List<BenchmarkWindow> windowList, DirectionPredictor predictor) {
        Tally tally = new Tally();
        for (BenchmarkWindow window : windowList) {
            tally.add(window, predictor.predict(AccuracyProtocol.seenBars(window)));
        }
        return tally.score(windowList.size());
    }

    /** Correct calls and windows called, one window at a time. */
    static final class Tally {
        private int called;
        private long correct;

        /** Scores one window's call (a NEUTRAL call is not counted as called). */
        void add(BenchmarkWindow window, Direction call) {
            if (call != Direction.NEUTRAL) {
                called++;
                correct += AccuracyProtocol.correctCalls(window, call);
            }
        }

        /** The score over {@code windows} windows. */
        PredictorScore score(int windows) {
            return new PredictorScore(windows, called, correct);
        }
    }
}
