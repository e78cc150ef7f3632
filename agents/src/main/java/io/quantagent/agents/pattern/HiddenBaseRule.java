package io.quantagent.agents.pattern;

import io.quantagent.agents.Direction;

/** {@link ChartPattern#HIDDEN_BASE}: a quiet flat base after a decline, pressed from below (see the rule there). */
final class HiddenBaseRule implements PatternRule {

    /** The breakout attempt must be in the last this many bars, after the base. */
    static final int ATTEMPT_BARS = 5;
    /** The base's mean true range must be at most this fraction of the mean true range of the bars before it. */
    static final double MAX_QUIETNESS = 0.8;
    /** An attempt reaches the top quarter of the base. */
    static final double ATTEMPT_ZONE = 0.25;

    private final PatternParameters parameters;
    private final PatternMatch candidate = new PatternMatch(ChartPattern.HIDDEN_BASE);

    HiddenBaseRule(PatternParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public void evaluate(BarView bars, BarView mirrored, PatternMatches matches) {
        int last = bars.last();
        double maxWidth = 2 * parameters.levelToleranceAtr() * bars.atr;
        double minHeight = parameters.minHeightAtr() * bars.atr;
        for (int end = last - 1; end >= last - ATTEMPT_BARS && end >= parameters.minBaseBars(); end--) {
            double top = bars.high[end];
            double bottom = bars.low[end];
            int start = end;
            while (start > 0 && Math.max(top, bars.high[start - 1]) - Math.min(bottom, bars.low[start - 1])
                    <= maxWidth) {
                start--;
                top = Math.max(top, bars.high[start]);
                bottom = Math.min(bottom, bars.low[start]);
            }
            if (end - start + 1 < parameters.minBaseBars() || start == 0) {
                continue;
            }
            double decline = bars.maxHigh(0, start - 1) - top;
            if (decline < minHeight) {
                continue;
            }
            if (Math.abs(closeSlope(bars, start, end)) > parameters.flatSlopeAtr() * bars.atr) {
                continue; // drifting, not flat
            }
            double baseRange = 0;
            double baseVolume = 0;
            for (int i = start; i <= end; i++) {
                baseRange += bars.trueRange[i];
                baseVolume += bars.volume[i];
            }
            double earlierRange = 0;
            for (int i = 0; i < start; i++) {
                earlierRange += bars.trueRange[i];
            }
            int length = end - start + 1;
            double quietness = (baseRange / length) / (earlierRange / start);
            if (quietness > MAX_QUIETNESS) {
                continue;
            }
            double attemptHigh = bars.maxHigh(end + 1, last);
            if (attemptHigh < top - ATTEMPT_ZONE * (top - bottom)) {
                continue;
            }
            boolean failed = false;
            double attemptVolume = 0;
            for (int i = end + 1; i <= last; i++) {
                failed |= bars.close[i] < bottom;
                attemptVolume = Math.max(attemptVolume, bars.volume[i]);
            }
            if (failed) {
                continue;
            }
            int confirmation = bars.firstCloseAbove(end + 1, top);
            boolean confirmed = confirmation >= 0;
            double meanVolume = baseVolume / length;
            double volumeScore = meanVolume > 0 ? Scores.unit(attemptVolume / (1.5 * meanVolume)) : 0.5;
            double shape = 0.4 * Scores.unit((MAX_QUIETNESS - quietness) / (0.5 * MAX_QUIETNESS))
                    + 0.3 * Scores.unit(length / (2.0 * parameters.minBaseBars())) + 0.3 * volumeScore;

            candidate.clear(ChartPattern.HIDDEN_BASE, last);
            candidate.confidence = Scores.confidence(shape, decline / (2 * minHeight), confirmed);
            candidate.direction = Direction.LONG;
            candidate.neckline = top;
            candidate.breakoutLevel = top;
            candidate.upperLevel = top;
            candidate.lowerLevel = bottom;
            candidate.startIndex = start;
            candidate.endIndex = end;
            candidate.signalIndex = confirmed ? confirmation : end;
            candidate.confirmed = confirmed;
            matches.offer(candidate);
        }
    }

    /** The least-squares slope of the closes of bars [from, to] per bar. */
    private static double closeSlope(BarView bars, int from, int to) {
        int n = to - from + 1;
        double meanX = 0.5 * (from + to);
        double meanY = 0;
        for (int i = from; i <= to; i++) {
            meanY += bars.close[i];
        }
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = from; i <= to; i++) {
            double dx = i - meanX;
            sxy += dx * (bars.close[i] - meanY);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }
}
