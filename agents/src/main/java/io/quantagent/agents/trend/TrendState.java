package io.quantagent.agents.trend;

/** Which way the channel of trendlines points. */
public enum TrendState {
    /** The normalized slope is above the sideways band. */
    UP,
    /** The normalized slope is below the sideways band. */
    DOWN,
    /** The normalized slope is within the sideways band (also before warm-up). */
    SIDEWAYS
}
