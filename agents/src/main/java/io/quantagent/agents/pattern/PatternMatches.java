package io.quantagent.agents.pattern;

/** The best candidate of every pattern in one evaluation, in pre-allocated slots indexed by pattern. */
final class PatternMatches {

    private final PatternMatch[] slots;

    PatternMatches() {
        ChartPattern[] patterns = ChartPattern.values();
        slots = new PatternMatch[patterns.length];
        for (ChartPattern pattern : patterns) {
            slots[pattern.ordinal()] = new PatternMatch(pattern);
        }
    }

    void clear(int windowLastIndex) {
        for (PatternMatch slot : slots) {
            slot.clear(slot.pattern, windowLastIndex);
        }
    }

    /** Keeps the candidate if it beats the pattern's best so far (ties keep the earlier one). */
    void offer(PatternMatch candidate) {
        PatternMatch slot = slots[candidate.pattern.ordinal()];
        if (candidate.confidence > slot.confidence) {
            slot.copyFrom(candidate);
        }
    }

    PatternMatch get(ChartPattern pattern) {
        return slots[pattern.ordinal()];
    }

    /**
     * The match with the highest confidence at or above the minimum (and above 0), ties going to the pattern
     * declared first in {@link ChartPattern}; null when there is none.
     */
    PatternMatch best(double minConfidence) {
        PatternMatch best = null;
        for (PatternMatch slot : slots) {
            if (slot.confidence > 0 && slot.confidence >= minConfidence
                    && (best == null || slot.confidence > best.confidence)) {
                best = slot;
            }
        }
        return best;
    }

    int countAtLeast(double minConfidence) {
        int count = 0;
        for (PatternMatch slot : slots) {
            if (slot.confidence > 0 && slot.confidence >= minConfidence) {
                count++;
            }
        }
        return count;
    }
}
