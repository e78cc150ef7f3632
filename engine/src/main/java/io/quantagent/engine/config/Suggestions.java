package io.quantagent.engine.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the valid word nearest to a misspelt one (Levenshtein distance, ignoring case). */
final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate, if it is close enough to be what the user meant. */
    static Optional<String> nearest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(word, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int limit = Math.max(2, word.length() / 3);
        if (best == null || bestDistance > limit || bestDistance >= Math.max(word.length(), best.length())) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** Edits (insert, delete, substitute one character) between two words, ignoring case. */
    static int distance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitute = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[y.length()];
    }
}
