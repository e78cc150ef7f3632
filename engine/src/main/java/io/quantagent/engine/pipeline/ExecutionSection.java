package io.quantagent.engine.pipeline;

import java.util.Arrays;

/**
 * What the execution stage did on this event (written by the execution stage only): every action, order
 * acceptance, rejection, fill, cancellation and risk event, in the order they happened, as rows of primitives.
 * The buffer is pre-allocated and grows (rarely, by doubling) when an event has more entries than it holds,
 * so nothing is ever lost.
 *
 * <p>Each entry has a kind, a time, an instrument and seven fields whose meaning depends on the kind:
 * <ul>
 *   <li>{@link ExecutionEventKind#ACTION}: action ordinal, direction sign, quantity, equity, stop distance,
 *       first order id (0 when none);</li>
 *   <li>{@link ExecutionEventKind#ORDER_ACCEPTED}: order id, side, type, time in force (ordinals), price,
 *       quantity, parent id;</li>
 *   <li>{@link ExecutionEventKind#ORDER_REJECTED}: order id, reason ordinal;</li>
 *   <li>{@link ExecutionEventKind#FILL}: order id, side ordinal, price, quantity, fee;</li>
 *   <li>{@link ExecutionEventKind#ORDER_CANCELLED}: order id, reason ordinal;</li>
 *   <li>{@link ExecutionEventKind#RISK_EVENT}: risk event kind ordinal, value.</li>
 * </ul>
 */
public final class ExecutionSection {

    /** Fields per entry after kind, time and instrument. */
    public static final int FIELDS = 7;
    private static final int STRIDE = 3 + FIELDS;
    private static final int INITIAL_ENTRIES = 4;

    private long[] rows = new long[INITIAL_ENTRIES * STRIDE];
    private int count;

    void clear() {
        count = 0;
    }

    void add(ExecutionEventKind kind, long timeNanos, int instrument, long f0, long f1, long f2, long f3, long f4,
            long f5, long f6) {
        int at = count * STRIDE;
        if (at + STRIDE > rows.length) {
            rows = Arrays.copyOf(rows, rows.length * 2);
        }
        long[] r = rows;
        r[at] = kind.ordinal();
        r[at + 1] = timeNanos;
        r[at + 2] = instrument;
        r[at + 3] = f0;
        r[at + 4] = f1;
        r[at + 5] = f2;
        r[at + 6] = f3;
        r[at + 7] = f4;
        r[at + 8] = f5;
        r[at + 9] = f6;
        count++;
    }

    /** How many entries this event has. */
    public int count() {
        return count;
    }

    /** How many of this event's execution events are of {@code kind} (orders accepted, fills, ...). */
    public int count(ExecutionEventKind kind) {
        int n = 0;
        for (int i = 0; i < count(); i++) {
            if (kind(i) == kind) {
                n++;
            }
        }
        return n;
    }

    /** Entry {@code i}'s kind. */
    public ExecutionEventKind kind(int i) {
        return ExecutionEventKind.ofOrdinal((int) rows[i * STRIDE]);
    }

    /** Entry {@code i}'s event time (a fill's time is its trade's, or its bar's open). */
    public long timeNanos(int i) {
        return rows[i * STRIDE + 1];
    }

    /** Entry {@code i}'s instrument ({@code -1} for an account-wide risk event). */
    public int instrument(int i) {
        return (int) rows[i * STRIDE + 2];
    }

    /** Field {@code field} (0 to {@value #FIELDS} - 1) of entry {@code i}; see the class description. */
    public long field(int i, int field) {
        return rows[i * STRIDE + 3 + field];
    }
}
