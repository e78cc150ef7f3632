package io.quantagent.agents.fusion;

/** What a fusion decision is for. */
public enum FusionMode {
    /** The paper's accuracy protocol: always LONG or SHORT; risk vetoes are recorded but do not flatten. */
    BENCHMARK,
    /** Trading: may stay flat (no signal, too little confidence, or a risk veto). */
    TRADING,
    /**
     * A baseline: the direction and confidence are drawn from a deterministic hash of the seed, the instrument and
     * the bar's close time instead of the agents' views; then the trading rules apply as in {@link #TRADING}.
     */
    RANDOM
}
