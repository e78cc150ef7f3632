package io.quantagent.engine.risk;

/** Why an order was refused: by the broker's validation of the order itself, or by a pre-trade risk check. */
public enum RejectReason {
    /** The instrument id is not one the account knows. */
    UNKNOWN_INSTRUMENT,
    /** The quantity is zero or negative. */
    INVALID_QUANTITY,
    /** A price is zero or negative, or a bracket's prices are not ordered stop, entry, target. */
    INVALID_PRICE,
    /** The order's amount could not be represented as a fixed-point {@code long}. */
    NOTIONAL_OUT_OF_RANGE,
    /** The broker's order pool is full. */
    TOO_MANY_OPEN_ORDERS,
    /** A check needs the last trade price of the instrument and there has been no trade yet. */
    NO_REFERENCE_PRICE,
    /** The limit or stop price is further from the last trade than the price band allows. */
    PRICE_BAND,
    /** The position the order could reach exceeds the instrument's maximum quantity. */
    MAX_POSITION,
    /** The position the order could reach exceeds the instrument's maximum notional. */
    MAX_NOTIONAL,
    /** The gross exposure the order could reach exceeds the account's maximum notional. */
    MAX_TOTAL_NOTIONAL,
    /** More orders in the last minute of event time than the order-rate limit allows. */
    ORDER_RATE,
    /** The daily loss limit was reached: only orders that reduce a position are accepted until the next UTC day. */
    DAILY_LOSS_LIMIT,
    /** The drawdown kill switch is engaged: only orders that reduce a position are accepted until it is reset. */
    KILL_SWITCH,
    /** The instrument is halted: only orders that reduce its position are accepted until it is resumed. */
    INSTRUMENT_HALTED
}
