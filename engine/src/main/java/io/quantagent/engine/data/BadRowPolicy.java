package io.quantagent.engine.data;

/** What a reader does with a row it rejects. Either way the row is reported, never dropped silently. */
public enum BadRowPolicy {
    /** Stop at the first bad row by throwing {@link BadRowException}: the default, for backtests. */
    FAIL_FAST,
    /** Count the bad row, keep its message (up to a limit) and go on with the next one. */
    SKIP
}
