package io.quantagent.engine.execution;

import io.quantagent.engine.risk.RejectReason;
import io.quantagent.engine.risk.RiskEventKind;
import io.quantagent.engine.risk.RiskEventListener;

/**
 * Receives everything the paper broker does, in order, on the execution thread: the journal and the
 * pipeline's order events. Arguments are primitives and enums so that nothing is allocated per event; prices
 * and quantities are at the instrument's scales, fees are amounts at
 * {@link io.quantagent.engine.portfolio.Money#DECIMALS}, times are event times (epoch nanoseconds, UTC).
 * When a fill is reported the portfolio already includes it. A listener may submit or cancel orders from a
 * callback; it must not feed market events back into the broker.
 */
public interface ExecutionListener extends RiskEventListener {

    /** A listener that ignores everything. */
    ExecutionListener NO_OP = new ExecutionListener() {
        @Override
        public void onOrderAccepted(long orderId, int instrument, Side side, OrderType type, TimeInForce timeInForce,
                long price, long quantity, long parentId, long timeNanos) {
        }

        @Override
        public void onOrderRejected(long orderId, int instrument, RejectReason reason, long timeNanos) {
        }

        @Override
        public void onFill(long orderId, int instrument, Side side, long price, long quantity, long fee,
                long timeNanos) {
        }

        @Override
        public void onOrderCancelled(long orderId, int instrument, CancelReason reason, long timeNanos) {
        }

        @Override
        public void onRiskEvent(RiskEventKind kind, int instrument, long value, long timeNanos) {
        }
    };

    /**
     * An order passed validation and pre-trade risk and is on its way to the venue (a bracket's exits are
     * reported too, right after their entry, with the entry's id as parent).
     *
     * @param price the limit or stop price, 0 for a market order
     * @param parentId the bracket entry's id for a bracket's exits, otherwise 0
     * @param timeNanos the decision time
     */
    void onOrderAccepted(long orderId, int instrument, Side side, OrderType type, TimeInForce timeInForce, long price,
            long quantity, long parentId, long timeNanos);

    /** An order was refused; it never lived. {@code instrument} is as given, even when it is unknown. */
    void onOrderRejected(long orderId, int instrument, RejectReason reason, long timeNanos);

    /** An order filled (always for its whole quantity) at {@code price}, paying {@code fee}. */
    void onFill(long orderId, int instrument, Side side, long price, long quantity, long fee, long timeNanos);

    /** An order was cancelled before it filled. */
    void onOrderCancelled(long orderId, int instrument, CancelReason reason, long timeNanos);
}
