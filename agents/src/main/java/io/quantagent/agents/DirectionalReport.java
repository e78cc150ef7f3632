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

    /**
     * Bars since the event behind the direction happened (0: on the bar just closed), for example a MACD
     * crossing, a pattern's breakout or a channel breakout; {@code Integer.MAX_VALUE} when neutral. The
     * aggregator prefers the stronger and more recent report when the reports disagree.
     */
    int barsSinceSignal();

    /** Close time (epoch nanoseconds) of the bar this report is about. */
    long barCloseTimeNanos();
}
