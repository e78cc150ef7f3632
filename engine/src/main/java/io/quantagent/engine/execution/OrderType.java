package io.quantagent.engine.execution;

/** How an order's price is decided. */
public enum OrderType {
    /** At the next price the market offers, plus slippage. */
    MARKET,
    /** At its limit price or better, when the market touches it. */
    LIMIT,
    /** A market order that waits until the market touches its stop price. */
    STOP
}
