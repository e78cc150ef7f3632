package io.quantagent.agents.pattern;

import io.quantagent.agents.Direction;

/**
 * {@link ChartPattern#ISLAND_REVERSAL}: bars cut off by a gap on each side. An island below the bars around
 * it (found on the bars) is bullish; one above them (found on the mirrored bars) bearish.
 */
final class IslandReversalRule implements PatternRule {

    /** The island holds at most this many bars. */
    static final int MAX_ISLAND_BARS = 10;
    /** Bars before the island over which the move into it is measured. */
    static final int APPROACH_BARS = 10;

    private final PatternParameters parameters;
    private final PatternMatch candidate = new PatternMatch(ChartPattern.ISLAND_REVERSAL);

    IslandReversalRule(PatternParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public void evaluate(BarView bars, BarView mirrored, PatternMatches matches) {
        detect(bars, matches);
        detect(mirrored, matches);
    }

    private void detect(BarView view, PatternMatches matches) {
        int last = view.last();
        double minHeight = parameters.minHeightAtr() * view.atr;
        for (int end = last - 1; end >= 1; end--) {
            double afterLow = view.low[end + 1];
            double islandHigh = Double.NEGATIVE_INFINITY;
            double islandLow = Double.POSITIVE_INFINITY;
            for (int start = end; start >= 1 && start > end - MAX_ISLAND_BARS; start--) {
                islandHigh = Math.max(islandHigh, view.high[start]);
                islandLow = Math.min(islandLow, view.low[start]);
                if (afterLow <= islandHigh) {
                    break;
                }
                double beforeLow = view.low[start - 1];
                if (beforeLow <= islandHigh) {
                    continue;
                }
                if (end + 2 <= last && view.minLow(end + 2, last) <= islandHigh) {
                    continue; // the second gap was filled: the reversal failed
                }
                double approach = view.maxHigh(Math.max(0, start - APPROACH_BARS), start - 1) - islandLow;
                if (approach < minHeight) {
                    continue; // no move into the island: nothing to reverse
                }
                double gap = Math.min(beforeLow, afterLow) - islandHigh;
                double shape = 0.5 + 0.5 * Scores.unit(gap / (0.5 * view.atr));

                candidate.clear(ChartPattern.ISLAND_REVERSAL, last);
                candidate.confidence = Scores.confidence(shape, approach / (2 * minHeight), true);
                candidate.direction = view.direction(Direction.LONG);
                candidate.breakoutLevel = view.price(islandHigh);
                candidate.startIndex = start;
                candidate.endIndex = end;
                candidate.signalIndex = end + 1;
                candidate.confirmed = true;
                matches.offer(candidate);
            }
        }
    }
}
