package io.quantagent.engine.pipeline;

/**
 * The bars the bar stage closed on this event (written by the bar stage only): usually none, one when a tick
 * crosses a bar boundary, at most {@value #CAPACITY} when a bar input both completes a late bar and its own.
 * Oldest first.
 */
public final class BarSection {

    /** The most bars one event can close. */
    public static final int CAPACITY = 2;

    private final long[] openTime = new long[CAPACITY];
    private final long[] closeTime = new long[CAPACITY];
    private final long[] open = new long[CAPACITY];
    private final long[] high = new long[CAPACITY];
    private final long[] low = new long[CAPACITY];
    private final long[] close = new long[CAPACITY];
    private final long[] volume = new long[CAPACITY];
    private final long[] tradeCount = new long[CAPACITY];
    private int count;

    void clear() {
        count = 0;
    }

    void add(long openTimeNanos, long closeTimeNanos, long o, long h, long l, long c, long v, long trades) {
        if (count == CAPACITY) {
            throw new IllegalStateException("more than " + CAPACITY + " bars closed on one event");
        }
        int i = count++;
        openTime[i] = openTimeNanos;
        closeTime[i] = closeTimeNanos;
        open[i] = o;
        high[i] = h;
        low[i] = l;
        close[i] = c;
        volume[i] = v;
        tradeCount[i] = trades;
    }

    /** How many bars closed on this event. */
    public int count() {
        return count;
    }

    /** Bar {@code i}'s open time (inclusive). */
    public long openTimeNanos(int i) {
        return openTime[i];
    }

    /** Bar {@code i}'s close time (exclusive). */
    public long closeTimeNanos(int i) {
        return closeTime[i];
    }

    /** Bar {@code i}'s open. */
    public long open(int i) {
        return open[i];
    }

    /** Bar {@code i}'s high. */
    public long high(int i) {
        return high[i];
    }

    /** Bar {@code i}'s low. */
    public long low(int i) {
        return low[i];
    }

    /** Bar {@code i}'s close. */
    public long close(int i) {
        return close[i];
    }

    /** Bar {@code i}'s volume. */
    public long volume(int i) {
        return volume[i];
    }

    /** Bar {@code i}'s number of trades (0 for bars resampled from bar inputs without counts). */
    public long tradeCount(int i) {
        return tradeCount[i];
    }
}
