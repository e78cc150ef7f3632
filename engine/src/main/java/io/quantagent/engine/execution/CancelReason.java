package io.quantagent.engine.execution;

/** Why an order was cancelled. */
public enum CancelReason {
    /** Cancellation was requested and reached the venue before the order filled. */
    REQUESTED,
    /** An immediate-or-cancel order did not fill on its first market event. */
    IOC_UNFILLED,
    /** The other exit of the same bracket filled (one cancels other). */
    OCO,
    /** The bracket's entry was cancelled, so its exits go too. */
    PARENT_CANCELLED,
    /** The account or instrument is reduce-only and this order would increase the position. */
    REDUCE_ONLY
}
