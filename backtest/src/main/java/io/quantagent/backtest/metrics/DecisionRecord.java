package io.quantagent.backtest.metrics;

import io.quantagent.agents.Direction;
import java.util.Locale;

/**
 * One fused decision and the directional views of the agents that fed it.
 *
 * @param timeNanos when it was made: the close time of the bar it was made on, epoch nanoseconds UTC
 * @param instrument the instrument it is about
 * @param decision the fused direction (NEUTRAL when it did not call a direction)
 * @param indicator the Indicator agent's direction at that moment
 * @param pattern the Pattern agent's direction
 * @param trend the Trend agent's direction
 */
public record DecisionRecord(
        long timeNanos, String instrument, Direction decision, Direction indicator, Direction pattern, Direction trend) {

    /** Checks that nothing is missing. */
    public DecisionRecord {
        if (instrument == null || decision == null || indicator == null || pattern == null || trend == null) {
            throw new IllegalArgumentException("decision at " + timeNanos + " ns: instrument and directions must be given"
                    + " (use NEUTRAL for no view)");
        }
    }

    /** The view of the given agent. */
    public Direction view(Agent agent) {
        return switch (agent) {
            case INDICATOR -> indicator;
            case PATTERN -> pattern;
            case TREND -> trend;
        };
    }

    /** The directional agents whose views a decision records. */
    public enum Agent {
        /** The Indicator agent (RSI, MACD, Stochastic, ROC, Williams %R). */
        INDICATOR,
        /** The Pattern agent (chart patterns). */
        PATTERN,
        /** The Trend agent (support and resistance lines). */
        TREND;

        /** The agent's name for tables: "Indicator", "Pattern", "Trend". */
        public String title() {
            String name = name();
            return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
        }
    }
}
