package io.quantagent.engine.execution;

/** How long an order stays working. */
public enum TimeInForce {
    /** Good till cancelled. */
    GTC,
    /** Immediate or cancel: cancelled if it does not fill on the first market event after it arrives. */
    IOC
}
