package io.quantagent.engine.pipeline;

import io.quantagent.agents.Direction;
import io.quantagent.agents.fusion.Decision;

/**
 * The aggregator's output on this event (written by the aggregator stage only): the fused decision and the
 * order intent drawn from it. The intent has a direction when the decision has one and its bracket levels
 * exist; its prices are fixed-point at the instrument's price scale. Sizing is the execution stage's job.
 */
public final class DecisionSection {

    private final Decision decision = new Decision();
    boolean decided;
    Direction intent = Direction.NEUTRAL;
    long entryPrice;
    long stopPrice;
    long targetPrice;

    void clear() {
        decided = false;
        intent = Direction.NEUTRAL;
        entryPrice = 0;
        stopPrice = 0;
        targetPrice = 0;
    }

    void decide(Decision latest) {
        decision.copyFrom(latest);
        decided = true;
    }

    void intend(Direction direction, long entry, long stop, long target) {
        intent = direction;
        entryPrice = entry;
        stopPrice = stop;
        targetPrice = target;
    }

    /** Whether the aggregator decided on this event (after a bar close with every report present). */
    public boolean decided() {
        return decided;
    }

    /** The decision (a copy owned by the slot; valid when {@link #decided()}). */
    public Decision decision() {
        return decision;
    }

    /** The direction to be in: LONG or SHORT, or NEUTRAL for no intent. */
    public Direction intent() {
        return intent;
    }

    /** The reference entry price of the intent. */
    public long entryPrice() {
        return entryPrice;
    }

    /** The stop-loss price of the intent. */
    public long stopPrice() {
        return stopPrice;
    }

    /** The take-profit price of the intent. */
    public long targetPrice() {
        return targetPrice;
    }
}
