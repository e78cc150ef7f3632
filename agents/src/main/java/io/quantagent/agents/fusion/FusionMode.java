package io.quantagent.agents.fusion;

/** What a fusion decision is for. */
public enum FusionMode {
    /** The paper's accuracy protocol: always LONG or SHORT; risk vetoes are recorded but do not flatten. */
    BENCHMARK,
    /** Trading: may stay flat (no signal, too little confidence, or a risk veto). */
    TRADING
}
