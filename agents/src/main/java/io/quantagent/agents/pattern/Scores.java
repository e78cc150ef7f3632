package io.quantagent.agents.pattern;

/** How the rules turn their measurements into a confidence in [0, 1]. */
final class Scores {

    private Scores() {
    }

    /** The value clamped into [0, 1]; NaN becomes 0. */
    static double unit(double value) {
        if (!(value > 0)) {
            return 0;
        }
        return value >= 1 ? 1 : value;
    }

    /**
     * The confidence of a match: {@code shape * (0.55 + 0.15 * size + 0.30 * confirmed)}, each term clamped
     * into [0, 1]. The shape (how closely the geometry fits the rule) gates everything; an unconfirmed match
     * is worth at most 0.70, a confirmed one up to 1.
     */
    static double confidence(double shape, double size, boolean confirmed) {
        return unit(shape) * (0.55 + 0.15 * unit(size) + (confirmed ? 0.30 : 0));
    }
}
