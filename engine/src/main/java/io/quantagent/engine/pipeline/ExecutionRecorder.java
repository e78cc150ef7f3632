package io.quantagent.engine.pipeline;

import io.quantagent.engine.execution.CancelReason;
import io.quantagent.engine.execution.ExecutionListener;
import io.quantagent.engine.execution.OrderType;
import io.quantagent.engine.execution.Side;
import io.quantagent.engine.execution.TimeInForce;
import io.quantagent.engine.risk.RejectReason;
import io.quantagent.engine.risk.RiskEventKind;

/** The broker's listener: writes everything it reports into the current slot's execution section, and counts. */
final class ExecutionRecorder implements ExecutionListener {

    private ExecutionSection target;
    long ordersAccepted;
    long ordersRejected;
    long fills;
    long cancels;
    long riskEvents;

    void target(ExecutionSection section) {
        target = section;
    }

    void action(ExecutionAction action, int direction, long quantity, long equity, long stopDistance, long orderId,
            int instrument, long timeNanos) {
        target.add(ExecutionEventKind.ACTION, timeNanos, instrument, action.ordinal(), direction, quantity, equity,
                stopDistance, orderId, 0);
    }

    @Override
    public void onOrderAccepted(long orderId, int instrument, Side side, OrderType type, TimeInForce timeInForce,
            long price, long quantity, long parentId, long timeNanos) {
        ordersAccepted++;
        target.add(ExecutionEventKind.ORDER_ACCEPTED, timeNanos, instrument, orderId, side.ordinal(), type.ordinal(),
                timeInForce.ordinal(), price, quantity, parentId);
    }

    @Override
    public void onOrderRejected(long orderId, int instrument, RejectReason reason, long timeNanos) {
        ordersRejected++;
        target.add(ExecutionEventKind.ORDER_REJECTED, timeNanos, instrument, orderId, reason.ordinal(), 0, 0, 0, 0, 0);
    }

    @Override
    public void onFill(long orderId, int instrument, Side side, long price, long quantity, long fee, long timeNanos) {
        fills++;
        target.add(ExecutionEventKind.FILL, timeNanos, instrument, orderId, side.ordinal(), price, quantity, fee, 0, 0);
    }

    @Override
    public void onOrderCancelled(long orderId, int instrument, CancelReason reason, long timeNanos) {
        cancels++;
        target.add(ExecutionEventKind.ORDER_CANCELLED, timeNanos, instrument, orderId, reason.ordinal(), 0, 0, 0, 0,
                0);
    }

    @Override
    public void onRiskEvent(RiskEventKind kind, int instrument, long value, long timeNanos) {
        riskEvents++;
        target.add(ExecutionEventKind.RISK_EVENT, timeNanos, instrument, kind.ordinal(), value, 0, 0, 0, 0, 0);
    }
}
