package io.quantagent.agents.pattern;

/**
 * {@link ChartPattern#DOUBLE_TOP} on the bars and {@link ChartPattern#DOUBLE_BOTTOM} on the mirrored bars:
 * two equal peaks with a trough between them (see the rule there).
 */
final class DoubleTopRule implements PatternRule {

    private final PatternParameters parameters;
    private final PatternMatch candidate = new PatternMatch(ChartPattern.DOUBLE_TOP);

    DoubleTopRule(PatternParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public void evaluate(BarView bars, BarView mirrored, PatternMatches matches) {
        detect(bars, ChartPattern.DOUBLE_TOP, matches);
        detect(mirrored, ChartPattern.DOUBLE_BOTTOM, matches);
    }

    private void detect(BarView view, ChartPattern pattern, PatternMatches matches) {
        SwingPoints swings = view.swings;
        double tolerance = parameters.levelToleranceAtr() * view.atr;
        double minHeight = parameters.minHeightAtr() * view.atr;
        int last = view.last();
        // The second peak must be confirmed: the point after it exists.
        for (int j = swings.count() - 4; j >= 0; j--) {
            if (!swings.isHigh(j)) {
                continue;
            }
            int firstIndex = swings.index(j);
            int secondIndex = swings.index(j + 2);
            double first = swings.price(j);
            double trough = swings.price(j + 1);
            double second = swings.price(j + 2);
            double difference = Math.abs(first - second);
            double level = 0.5 * (first + second);
            double depth = Math.min(first, second) - trough;
            if (secondIndex - firstIndex < parameters.minSeparationBars() || difference > tolerance
                    || depth < minHeight) {
                continue;
            }
            if (j >= 2 && Math.abs(swings.price(j - 2) - level) <= tolerance) {
                continue; // a third peak at the level before: a triple top or a rectangle
            }
            if (j + 4 < swings.count() && Math.abs(swings.price(j + 4) - level) <= tolerance) {
                continue; // a third peak at the level after
            }
            double top = Math.max(first, second);
            if (secondIndex < last && view.maxHigh(secondIndex + 1, last) > top + tolerance) {
                continue;
            }
            int confirmation = view.firstCloseBelow(secondIndex + 1, trough);
            boolean confirmed = confirmation >= 0;
            double separation = Scores.unit((secondIndex - firstIndex) / (2.0 * parameters.minSeparationBars()));
            double shape = 0.7 * (1 - difference / tolerance) + 0.3 * separation;

            candidate.clear(pattern, last);
            candidate.confidence = Scores.confidence(shape, depth / (2 * minHeight), confirmed);
            candidate.direction = pattern.bias();
            candidate.neckline = view.price(trough);
            candidate.breakoutLevel = candidate.neckline;
            candidate.startIndex = firstIndex;
            candidate.endIndex = secondIndex;
            candidate.signalIndex = confirmed ? confirmation : secondIndex;
            candidate.confirmed = confirmed;
            matches.offer(candidate);
        }
    }
}
