package io.quantagent.agents.fusion;

import io.quantagent.agents.Direction;
import io.quantagent.agents.DirectionalReport;

/**
 * One agent's readings as the fusion rule saw them, kept in a {@link Decision}: the report's direction,
 * strength, recency and bar time, and the recency-weighted score the rule gave it.
 */
public final class AgentReading implements DirectionalReport {

    private Direction direction = Direction.NEUTRAL;
    private double strength;
    private int barsSinceSignal = Integer.MAX_VALUE;
    private long barCloseTimeNanos;
    private Direction scoreDirection = Direction.NEUTRAL;
    private double score;

    AgentReading() {
    }

    void set(DirectionalReport report, Direction side, double sideScore) {
        direction = report.direction();
        strength = report.strength();
        barsSinceSignal = report.barsSinceSignal();
        barCloseTimeNanos = report.barCloseTimeNanos();
        scoreDirection = side;
        score = sideScore;
    }

    void copyFrom(AgentReading other) {
        direction = other.direction;
        strength = other.strength;
        barsSinceSignal = other.barsSinceSignal;
        barCloseTimeNanos = other.barCloseTimeNanos;
        scoreDirection = other.scoreDirection;
        score = other.score;
    }

    /** The report's direction. */
    @Override
    public Direction direction() {
        return direction;
    }

    /** The report's strength, as reported. */
    @Override
    public double strength() {
        return strength;
    }

    /** The report's bars since its signal, as reported. */
    @Override
    public int barsSinceSignal() {
        return barsSinceSignal;
    }

    /** The report's bar close time. */
    @Override
    public long barCloseTimeNanos() {
        return barCloseTimeNanos;
    }

    /** The side the score counts towards: the report's direction, or the momentum's for a neutral indicator. */
    public Direction scoreDirection() {
        return scoreDirection;
    }

    /**
     * The score the rule gave this report, in [0, 1]: its strength decayed by recency (and, for the indicator,
     * adjusted by the momentum); see {@link FusionRule}.
     */
    public double score() {
        return score;
    }
}
