package io.quantagent.engine.execution;

/**
 * One order at the paper broker: a pooled, reused object, read through its accessors. The broker hands out
 * a reference only while the order is open ({@link PaperBroker#order(long)}); after the market event that
 * ends it the object is recycled for another order, so do not keep it.
 */
public final class Order {

    long id;
    int instrument;
    Side side;
    OrderType type;
    TimeInForce timeInForce;
    long price;
    long quantity;
    long filledQuantity;
    OrderState state;
    long parentId;
    long siblingId;
    long submitTimeNanos;
    long arrivalTimeNanos;
    long cancelAtNanos;
    CancelReason cancelReason;
    /** Sequence number of the first market event this order may match on. */
    long eligibleFromEvent;
    /** For a bracket entry: its exits; for an exit: the other exit. */
    Order stopLoss;
    Order takeProfit;
    Order sibling;
    /** Links of the instrument's order list, in id order. */
    Order previous;
    Order next;

    Order() {
    }

    void reset() {
        id = 0;
        instrument = 0;
        side = null;
        type = null;
        timeInForce = null;
        price = 0;
        quantity = 0;
        filledQuantity = 0;
        state = null;
        parentId = 0;
        siblingId = 0;
        submitTimeNanos = 0;
        arrivalTimeNanos = 0;
        cancelAtNanos = Long.MAX_VALUE;
        cancelReason = null;
        eligibleFromEvent = 0;
        stopLoss = null;
        takeProfit = null;
        sibling = null;
        previous = null;
        next = null;
    }

    /** The order id: a sequence assigned by the broker, so the same input gives the same ids. */
    public long id() {
        return id;
    }

    /** The instrument id. */
    public int instrument() {
        return instrument;
    }

    /** Buy or sell. */
    public Side side() {
        return side;
    }

    /** Market, limit or stop. */
    public OrderType type() {
        return type;
    }

    /** Good till cancelled or immediate or cancel. */
    public TimeInForce timeInForce() {
        return timeInForce;
    }

    /** The limit price (limit orders) or the stop price (stop orders); 0 for market orders. */
    public long price() {
        return price;
    }

    /** The quantity ordered (positive). */
    public long quantity() {
        return quantity;
    }

    /** The quantity filled so far (0 or the whole quantity: the paper venue fills an order at once). */
    public long filledQuantity() {
        return filledQuantity;
    }

    /** Where the order is in its life. */
    public OrderState state() {
        return state;
    }

    /** For a bracket's stop-loss or take-profit, the id of its entry; otherwise 0. */
    public long parentId() {
        return parentId;
    }

    /** For a bracket's stop-loss or take-profit, the id of the other exit (one cancels other); otherwise 0. */
    public long siblingId() {
        return siblingId;
    }

    /** The decision time the order was submitted at. */
    public long submitTimeNanos() {
        return submitTimeNanos;
    }

    /** The event time from which the order is at the venue: submit time plus latency. */
    public long arrivalTimeNanos() {
        return arrivalTimeNanos;
    }

    /** Whether a cancellation is on its way to the venue. */
    public boolean cancelRequested() {
        return cancelAtNanos != Long.MAX_VALUE;
    }

    @Override
    public String toString() {
        return "Order[" + id + " " + side + " " + type + " " + timeInForce + " " + quantity + " @ " + price + " "
                + state + (parentId != 0 ? " parent " + parentId : "") + "]";
    }
}
