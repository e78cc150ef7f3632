package io.quantagent.agents.pattern;

/** The last bars of one instrument in a ring of pre-allocated arrays, oldest overwritten first. */
final class BarWindow {

    private final int capacity;
    private final long[] time;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private int next;
    private int size;

    BarWindow(int capacity) {
        this.capacity = capacity;
        time = new long[capacity];
        high = new double[capacity];
        low = new double[capacity];
        close = new double[capacity];
        volume = new double[capacity];
    }

    void add(long closeTimeNanos, double barHigh, double barLow, double barClose, double barVolume) {
        time[next] = closeTimeNanos;
        high[next] = barHigh;
        low[next] = barLow;
        close[next] = barClose;
        volume[next] = barVolume;
        next = next + 1 == capacity ? 0 : next + 1;
        if (size < capacity) {
            size++;
        }
    }

    boolean full() {
        return size == capacity;
    }

    int size() {
        return size;
    }

    void clear() {
        next = 0;
        size = 0;
    }

    /** Close time of the bar at chronological position {@code index} (0 is the oldest bar held). */
    long timeAt(int index) {
        return time[slot(index)];
    }

    /** Copies the bars, oldest first, into the view (negated and with highs and lows swapped if mirrored). */
    void copyInto(BarView view) {
        int start = size < capacity ? 0 : next;
        int slot = start;
        for (int i = 0; i < size; i++) {
            if (view.mirrored) {
                view.high[i] = -low[slot];
                view.low[i] = -high[slot];
                view.close[i] = -close[slot];
            } else {
                view.high[i] = high[slot];
                view.low[i] = low[slot];
                view.close[i] = close[slot];
            }
            view.volume[i] = volume[slot];
            slot = slot + 1 == capacity ? 0 : slot + 1;
        }
        view.size = size;
    }

    private int slot(int index) {
        int start = size < capacity ? 0 : next;
        int slot = start + index;
        return slot >= capacity ? slot - capacity : slot;
    }
}
