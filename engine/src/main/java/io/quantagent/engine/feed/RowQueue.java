package io.quantagent.engine.feed;

import java.util.concurrent.atomic.AtomicLong;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

/**
 * A bounded single-producer, single-consumer queue of market-data rows held in a primitive array: a file reader
 * thread offers, the merging thread takes. No allocation per row; the producer waits (backs off) while the
 * queue is full, so nothing is dropped.
 *
 * <p>A row is nine longs: the kind, two times, five values and the instrument id. A trade is {@code (TRADE, time,
 * -, price, quantity)}; a bar {@code (BAR, open time, close time, open, high, low, close, volume)}.
 */
final class RowQueue {

    static final long TRADE = 1;
    static final long BAR = 2;
    private static final int STRIDE = 9;
    static final int INSTRUMENT = 8;

    private final long[] rows;
    private final int mask;
    private final AtomicLong head = new AtomicLong();
    private final AtomicLong tail = new AtomicLong();
    private final IdleStrategy producerIdle = new BackoffIdleStrategy();
    private long headCache;
    private long tailCache;
    private volatile boolean finished;
    private volatile boolean cancelled;
    private volatile Throwable error;

    /** A queue of {@code capacity} rows (a power of two). */
    RowQueue(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two, was " + capacity);
        }
        rows = new long[capacity * STRIDE];
        mask = capacity - 1;
    }

    /** Producer: appends a row, waiting while the queue is full; throws {@link Cancelled} once cancelled. */
    void offer(long kind, long time1, long time2, long v1, long v2, long v3, long v4, long v5) {
        offer(0, kind, time1, time2, v1, v2, v3, v4, v5);
    }

    /** Producer: appends a row of an instrument, waiting while the queue is full; see {@link #offer(long, long, long, long, long, long, long, long)}. */
    void offer(int instrument, long kind, long time1, long time2, long v1, long v2, long v3, long v4, long v5) {
        long t = tail.get();
        while (t - headCache > mask) {
            headCache = head.get();
            if (t - headCache > mask) {
                if (cancelled) {
                    throw new Cancelled();
                }
                producerIdle.idle();
            }
        }
        producerIdle.reset();
        int at = (int) (t & mask) * STRIDE;
        rows[at] = kind;
        rows[at + 1] = time1;
        rows[at + 2] = time2;
        rows[at + 3] = v1;
        rows[at + 4] = v2;
        rows[at + 5] = v3;
        rows[at + 6] = v4;
        rows[at + 7] = v5;
        rows[at + INSTRUMENT] = instrument;
        tail.lazySet(t + 1);
    }

    /** Producer: no more rows; {@code failure} (or null) is what stopped the reader. */
    void finish(Throwable failure) {
        error = failure;
        finished = true;
    }

    /** Consumer: whether a row is ready at the head. */
    boolean available() {
        long h = head.get();
        if (h < tailCache) {
            return true;
        }
        tailCache = tail.get();
        return h < tailCache;
    }

    /** Consumer: whether the producer has finished and every row has been taken. */
    boolean drained() {
        return finished && !available();
    }

    /** What stopped the producer, or null. */
    Throwable error() {
        return error;
    }

    /** Consumer: the value at {@code field} (0 to 8, 8 the instrument) of the head row; call only when {@link #available()}. */
    long head(int field) {
        return rows[(int) (head.get() & mask) * STRIDE + field];
    }

    /** Consumer: the event time of the head row (a bar's close time when known, else its open time). */
    long headTime() {
        int at = (int) (head.get() & mask) * STRIDE;
        if (rows[at] == BAR && rows[at + 2] != Long.MIN_VALUE) {
            return rows[at + 2];
        }
        return rows[at + 1];
    }

    /** Consumer: drops the head row. */
    void advance() {
        head.lazySet(head.get() + 1);
    }

    /** Consumer: makes a waiting producer give up. */
    void cancel() {
        cancelled = true;
    }

    /** Thrown inside a reader thread to unwind it after {@link #cancel()}. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("feed cancelled", null, false, false);
        }
    }
}
