package io.quantagent.agents.pattern;

/** {@link ChartPattern#V_SHAPED_REVERSAL}: a sharp decline into a single low and a sharp rise (see the rule there). */
final class VReversalRule implements PatternRule {

    /** The rise must recover at least this fraction of the decline to count as a V in progress. */
    static final double MIN_RECOVERY = 0.4;
    /** A close above low + this fraction of the decline confirms the reversal. */
    static final double CONFIRMING_RECOVERY = 0.75;
    /** Each leg must move at least this many ATRs per bar. */
    static final double MIN_SPEED_ATR = 0.5;
    /** Bars on each side of the low over which the tip's sharpness is measured. */
    static final int TIP_BARS = 3;

    private final PatternParameters parameters;
    private final PatternMatch candidate = new PatternMatch(ChartPattern.V_SHAPED_REVERSAL);

    VReversalRule(PatternParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public void evaluate(BarView bars, BarView mirrored, PatternMatches matches) {
        SwingPoints swings = bars.swings;
        double minHeight = parameters.minHeightAtr() * bars.atr;
        double minSpeed = MIN_SPEED_ATR * bars.atr;
        double tolerance = parameters.levelToleranceAtr() * bars.atr;
        int last = bars.last();
        for (int j = swings.count() - 2; j >= 1; j--) {
            if (swings.isHigh(j)) {
                continue;
            }
            int topIndex = swings.index(j - 1);
            int lowIndex = swings.index(j);
            double top = swings.price(j - 1);
            double low = swings.price(j);
            double decline = top - low;
            if (decline < minHeight || bars.minLow(0, last) < low || bars.maxHigh(0, lowIndex) > top
                    || !singleLow(swings, j, tolerance)) {
                continue;
            }
            int riseIndex = lowIndex + 1;
            for (int i = lowIndex + 2; i <= last; i++) {
                if (bars.high[i] > bars.high[riseIndex]) {
                    riseIndex = i;
                }
            }
            double rise = bars.high[riseIndex] - low;
            if (rise < MIN_RECOVERY * decline) {
                continue;
            }
            double downSpeed = decline / (lowIndex - topIndex);
            double upSpeed = rise / (riseIndex - lowIndex);
            if (Math.min(downSpeed, upSpeed) < minSpeed) {
                continue;
            }
            int k = Math.min(TIP_BARS, Math.min(lowIndex - topIndex, riseIndex - lowIndex));
            double tip = Math.min((bars.close[lowIndex - k] - low) / (k * downSpeed),
                    (bars.close[lowIndex + k] - low) / (k * upSpeed));
            if (tip < 0.5) {
                continue;
            }
            double breakout = low + CONFIRMING_RECOVERY * decline;
            int confirmation = bars.firstCloseAbove(lowIndex + 1, breakout);
            boolean confirmed = confirmation >= 0;
            double shape = 0.4 * Scores.unit(rise / decline) + 0.3 * Scores.unit(tip)
                    + 0.3 * Math.min(downSpeed, upSpeed) / Math.max(downSpeed, upSpeed);

            candidate.clear(ChartPattern.V_SHAPED_REVERSAL, last);
            candidate.confidence = Scores.confidence(shape, decline / (2 * minHeight), confirmed);
            candidate.direction = ChartPattern.V_SHAPED_REVERSAL.bias();
            candidate.neckline = top;
            candidate.breakoutLevel = breakout;
            candidate.startIndex = topIndex;
            candidate.endIndex = riseIndex;
            candidate.signalIndex = confirmed ? confirmation : lowIndex;
            candidate.confirmed = confirmed;
            matches.offer(candidate);
        }
    }

    /** Whether every other swing low is more than the level tolerance above swing point {@code j}. */
    private static boolean singleLow(SwingPoints swings, int j, double tolerance) {
        for (int p = 0; p < swings.count(); p++) {
            if (p != j && !swings.isHigh(p) && swings.price(p) - swings.price(j) <= tolerance) {
                return false;
            }
        }
        return true;
    }
}
