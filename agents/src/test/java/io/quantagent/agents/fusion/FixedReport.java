package io.quantagent.agents.fusion;

import io.quantagent.agents.Direction;
import io.quantagent.agents.DirectionalReport;

/** A fixed directional report, standing in for the Indicator, Pattern and Trend agents' reports. */
record FixedReport(Direction direction, double strength, int barsSinceSignal, long barCloseTimeNanos)
        implements DirectionalReport {

    static final long BAR_TIME = 1_700_000_000_000_000_000L;

    static FixedReport longView(double strength, int barsSinceSignal) {
        return new FixedReport(Direction.LONG, strength, barsSinceSignal, BAR_TIME);
    }

    static FixedReport shortView(double strength, int barsSinceSignal) {
        return new FixedReport(Direction.SHORT, strength, barsSinceSignal, BAR_TIME);
    }

    static FixedReport neutral() {
        return new FixedReport(Direction.NEUTRAL, 0, Integer.MAX_VALUE, BAR_TIME);
    }
}
