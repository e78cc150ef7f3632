package io.quantagent.engine.execution;

import io.quantagent.engine.risk.RejectReason;
import io.quantagent.engine.risk.RiskEventKind;
import java.util.ArrayList;
import java.util.List;

/** Keeps every broker event as a value, in order, for assertions. */
class RecordingListener implements ExecutionListener {

    record Accepted(long id, int instrument, Side side, OrderType type, TimeInForce timeInForce, long price,
            long quantity, long parentId, long timeNanos) {
    }

    record Rejected(long id, int instrument, RejectReason reason, long timeNanos) {
    }

    record Filled(long id, int instrument, Side side, long price, long quantity, long fee, long timeNanos) {
    }

    record Cancelled(long id, int instrument, CancelReason reason, long timeNanos) {
    }

    record Risk(RiskEventKind kind, int instrument, long value, long timeNanos) {
    }

    final List<Object> events = new ArrayList<>();

    @Override
    public void onOrderAccepted(long orderId, int instrument, Side side, OrderType type, TimeInForce timeInForce,
            long price, long quantity, long parentId, long timeNanos) {
        events.add(new Accepted(orderId, instrument, side, type, timeInForce, price, quantity, parentId, timeNanos));
    }

    @Override
    public void onOrderRejected(long orderId, int instrument, RejectReason reason, long timeNanos) {
        events.add(new Rejected(orderId, instrument, reason, timeNanos));
    }

    @Override
    public void onFill(long orderId, int instrument, Side side, long price, long quantity, long fee, long timeNanos) {
        events.add(new Filled(orderId, instrument, side, price, quantity, fee, timeNanos));
    }

    @Override
    public void onOrderCancelled(long orderId, int instrument, CancelReason reason, long timeNanos) {
        events.add(new Cancelled(orderId, instrument, reason, timeNanos));
    }

    @Override
    public void onRiskEvent(RiskEventKind kind, int instrument, long value, long timeNanos) {
        events.add(new Risk(kind, instrument, value, timeNanos));
    }

    <T> List<T> all(Class<T> type) {
        List<T> selected = new ArrayList<>();
        for (Object event : events) {
            if (type.isInstance(event)) {
                selected.add(type.cast(event));
            }
        }
        return selected;
    }

    List<Filled> fills() {
        return all(Filled.class);
    }

    List<Cancelled> cancels() {
        return all(Cancelled.class);
    }

    List<Rejected> rejects() {
        return all(Rejected.class);
    }

    /** The events after the first {@code n}, to look at what one step did. */
    List<Object> since(int n) {
        return new ArrayList<>(events.subList(n, events.size()));
    }
}
