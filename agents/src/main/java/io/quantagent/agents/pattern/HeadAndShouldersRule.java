package io.quantagent.agents.pattern;

/**
 * {@link ChartPattern#HEAD_AND_SHOULDERS} on the bars and {@link ChartPattern#INVERSE_HEAD_AND_SHOULDERS} on
 * the mirrored bars: five consecutive swing points peak, trough, head, trough, peak (see the rule there).
 */
final class HeadAndShouldersRule implements PatternRule {

    private final PatternParameters parameters;
    private final PatternMatch candidate = new PatternMatch(ChartPattern.HEAD_AND_SHOULDERS);

    HeadAndShouldersRule(PatternParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public void evaluate(BarView bars, BarView mirrored, PatternMatches matches) {
        detect(bars, ChartPattern.HEAD_AND_SHOULDERS, matches);
        detect(mirrored, ChartPattern.INVERSE_HEAD_AND_SHOULDERS, matches);
    }

    private void detect(BarView view, ChartPattern pattern, PatternMatches matches) {
        SwingPoints swings = view.swings;
        double minHeight = parameters.minHeightAtr() * view.atr;
        int last = view.last();
        // The right shoulder must be confirmed: the point after it exists.
        for (int j = swings.count() - 6; j >= 0; j--) {
            if (!swings.isHigh(j)) {
                continue;
            }
            int leftIndex = swings.index(j);
            int trough1Index = swings.index(j + 1);
            int headIndex = swings.index(j + 2);
            int trough2Index = swings.index(j + 3);
            int rightIndex = swings.index(j + 4);
            double left = swings.price(j);
            double trough1 = swings.price(j + 1);
            double head = swings.price(j + 2);
            double trough2 = swings.price(j + 3);
            double right = swings.price(j + 4);

            double slope = (trough2 - trough1) / (trough2Index - trough1Index);
            double height = head - neckline(trough1, trough1Index, slope, headIndex);
            if (height < minHeight || Math.abs(trough2 - trough1) > 0.5 * height) {
                continue;
            }
            if (head - Math.max(left, right) < 0.15 * height) {
                continue;
            }
            double leftHeight = left - neckline(trough1, trough1Index, slope, leftIndex);
            double rightHeight = right - neckline(trough1, trough1Index, slope, rightIndex);
            if (Math.min(leftHeight, rightHeight) < 0.25 * height) {
                continue;
            }
            double shoulderSymmetry = 1 - Math.abs(leftHeight - rightHeight) / Math.max(leftHeight, rightHeight);
            if (shoulderSymmetry < 0.5) {
                continue;
            }
            if (rightIndex < last && view.maxHigh(rightIndex + 1, last) > head) {
                continue;
            }
            int confirmation = -1;
            for (int i = rightIndex + 1; i <= last; i++) {
                if (view.close[i] < neckline(trough1, trough1Index, slope, i)) {
                    confirmation = i;
                    break;
                }
            }
            double timeSymmetry = (double) Math.min(headIndex - leftIndex, rightIndex - headIndex)
                    / Math.max(headIndex - leftIndex, rightIndex - headIndex);
            double flatness = 1 - Math.abs(trough2 - trough1) / (0.5 * height);
            double shape = 0.5 * shoulderSymmetry + 0.25 * timeSymmetry + 0.25 * flatness;
            boolean confirmed = confirmation >= 0;

            candidate.clear(pattern, last);
            candidate.confidence = Scores.confidence(shape, height / (2 * minHeight), confirmed);
            candidate.direction = pattern.bias();
            double necklineNow = view.price(neckline(trough1, trough1Index, slope, last));
            candidate.neckline = necklineNow;
            candidate.breakoutLevel = necklineNow;
            candidate.startIndex = leftIndex;
            candidate.endIndex = rightIndex;
            candidate.signalIndex = confirmed ? confirmation : rightIndex;
            candidate.confirmed = confirmed;
            matches.offer(candidate);
        }
    }

    private static double neckline(double trough1, int trough1Index, double slope, int index) {
        return trough1 + slope * (index - trough1Index);
    }
}
