package io.quantagent.agents;

/**
 * What the Indicator, Pattern and Trend agents each tell the aggregator after a bar closes.
 *
 * <p>Reports are mutable and reused by their agent (one per instrument), so that evaluation does not
 * allocate; a reader that keeps one past the next bar must copy it.
 */
public interface DirectionalReport {

    /** The report's view; {@link Direction#NEUTRAL} when it has none (including before warm-up). */
    Direction direction();

    /** How strongly the readings support the direction, in [0, 1]; 0 when neutral. */
    double strength();

    /** Close time (epoch nanoseconds) of the bar this report is about. */
    long barCloseTimeNanos();
}
