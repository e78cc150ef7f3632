package io.quantagent.agents.risk;

/**
 * Why the Risk agent forbids a new entry. When several apply, a report carries the first in declaration
 * order: market data first, then the account.
 */
public enum VetoReason {
    /** No veto: a new entry is allowed. */
    NONE,
    /** Too few bars for the ATR or the realised volatility, or no price yet. */
    NOT_WARMED_UP,
    /** The last trade or bar is older than the allowed staleness at the evaluation time. */
    STALE_DATA,
    /** The ATR is zero: no stop distance can be set (and no size derived from it). */
    ZERO_RANGE,
    /** Realised volatility above the maximum, or a long stop that would sit at or below zero. */
    VOLATILITY_TOO_HIGH,
    /** No positive equity has been given to size a position from. */
    NO_EQUITY,
    /** Equity has fallen from its peak by at least the maximum drawdown. */
    MAX_DRAWDOWN,
    /** The current exposure already uses the whole exposure limit. */
    MAX_EXPOSURE,
    /** The risk budget and the exposure left do not buy a single lot. */
    ZERO_SIZE
}
