package io.quantagent.agents.fusion;

import io.quantagent.agents.Direction;
import io.quantagent.agents.DirectionalReport;

/** A fixed directional report, standing in for the Indicator, Pattern and Trend agents' reports. */
record StubReport(Direction direction, double strength, int barsSinceSignal, long barCloseTimeNanos)
        implements DirectionalReport {

    static final long BAR_TIME = 1_700_000_000_000_000_000L;

    static StubReport longView(double strength, int barsSinceSignal) {
        return new StubReport(Direction.LONG, strength, barsSinceSignal, BAR_TIME);
    }

    static StubReport shortView(double strength, int barsSinceSignal) {
        return new StubReport(Direction.SHORT, strength, barsSinceSignal, BAR_TIME);
    }

    static StubReport neutral() {
        return new StubReport(Direction.NEUTRAL, 0, Integer.MAX_VALUE, BAR_TIME);
    }
}
