package io.quantagent.engine.execution;

/** A fixed set of pre-allocated orders, handed out and taken back without allocating. */
final class OrderPool {

    private final Order[] free;
    private int freeCount;

    OrderPool(int capacity) {
        free = new Order[capacity];
        for (int i = 0; i < capacity; i++) {
            Order order = new Order();
            order.reset();
            free[i] = order;
        }
        freeCount = capacity;
    }

    /** How many orders can still be handed out. */
    int available() {
        return freeCount;
    }

    /** A reset order; the caller has checked {@link #available()}. */
    Order acquire() {
        Order order = free[--freeCount];
        free[freeCount] = null;
        return order;
    }

    void release(Order order) {
        order.reset();
        free[freeCount++] = order;
    }
}
