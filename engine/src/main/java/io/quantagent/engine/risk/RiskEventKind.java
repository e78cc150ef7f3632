package io.quantagent.engine.risk;

/** A change of the risk state that the journal and the log must show. */
public enum RiskEventKind {
    /** Equity drawdown reached the kill-switch threshold: the account is reduce-only. Value: the drawdown amount. */
    KILL_SWITCH_ENGAGED,
    /** The kill switch was reset by an operator: new positions are allowed again. Value: equity at the reset. */
    KILL_SWITCH_RESET,
    /** The day's loss reached the daily loss limit: reduce-only until the next UTC day. Value: the day's loss. */
    DAILY_LOSS_LIMIT_REACHED,
    /** A new UTC day began after the daily loss limit had been reached. Value: equity at the start of the day. */
    DAILY_LOSS_LIMIT_CLEARED,
    /** An instrument was halted (reduce-only). Value: its position at the time. */
    INSTRUMENT_HALTED,
    /** A halted instrument was resumed. Value: its position at the time. */
    INSTRUMENT_RESUMED
}
