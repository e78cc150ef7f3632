package io.quantagent.agents;

/** Which way a report or a decision points. */
public enum Direction {
    LONG(1),
    SHORT(-1),
    /** No opinion (not warmed up, no pattern, sideways, or flat in trading mode). */
    NEUTRAL(0);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /** +1 for long, -1 for short, 0 for neutral. */
    public int sign() {
        return sign;
    }

    /** The direction of a signed number: positive is long, negative short, zero neutral. */
    public static Direction ofSign(double value) {
        return value > 0 ? LONG : value < 0 ? SHORT : NEUTRAL;
    }
}
