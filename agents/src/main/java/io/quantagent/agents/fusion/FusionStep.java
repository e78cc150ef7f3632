package io.quantagent.agents.fusion;

/** The step of the fusion rule that settled a decision. */
public enum FusionStep {
    /** At least two reports have a view and every report with a view points the same way. */
    AGREEMENT,
    /** The reports disagree (or too few have a view): the stronger, more recent side won by the margin. */
    MOMENTUM,
    /** Neither of the above: the sign of the trend slope. */
    TREND_SLOPE,
    /** Benchmark mode only: nothing decided, so the indicator momentum's sign, else LONG. */
    TIE_BREAK,
    /** Trading mode only: the rule found no direction, so flat. */
    NO_SIGNAL,
    /** Trading mode only: a direction was found with less than the minimum confidence, so flat. */
    LOW_CONFIDENCE,
    /** Trading mode only: the Risk agent vetoed the entry, so flat. */
    VETO,
    /** Random mode only: the direction and confidence were drawn from the seeded hash. */
    RANDOM
}
