package io.quantagent.engine.feed.live;

import java.util.Arrays;

/**
 * The trades parsed from one exchange message, held in reusable primitive arrays (they grow, rarely, to the
 * largest message seen), with the message's connection sequence number and what was wrong with it or with
 * single trades in it. Owned by the feed's thread.
 */
final class TradeBatch {

    /** How one message turned out. */
    enum Outcome {
        /** Well-formed: its trades (possibly none: a heartbeat, an acknowledgement) are in the batch. */
        OK,
        /** Well-formed, and the exchange asks the client to connect again (server shutdown notice). */
        RECONNECT,
        /** Not usable; {@link #failure} says why. */
        MALFORMED
    }

    int size;
    int[] instrument = new int[8];
    long[] timeNanos = new long[8];
    long[] price = new long[8];
    long[] quantity = new long[8];
    long[] sequence = new long[8];
    /** The message's sequence number on its connection, or {@link LiveTradeHandler#NO_SEQUENCE}. */
    long connectionSequence;
    /** Why the message was malformed, when it was. */
    MalformedKind failure;
    /** Which part was malformed, for the log (a constant, so that recording it does not allocate). */
    String failureDetail;
    /** Trades of an otherwise good message that were rejected, per {@link MalformedKind} ordinal. */
    final int[] rejections = new int[MalformedKind.count()];
    /** The first rejection's detail per kind. */
    final String[] rejectionDetail = new String[MalformedKind.count()];
    private int[] order = new int[8];

    /** Empties the batch for the next message. */
    void clear() {
        size = 0;
        connectionSequence = LiveTradeHandler.NO_SEQUENCE;
        failure = null;
        failureDetail = null;
        Arrays.fill(rejections, 0);
        Arrays.fill(rejectionDetail, null);
    }

    /** Adds one trade. */
    void add(int instrumentIndex, long time, long tradePrice, long tradeQuantity, long tradeSequence) {
        if (size == instrument.length) {
            grow();
        }
        instrument[size] = instrumentIndex;
        timeNanos[size] = time;
        price[size] = tradePrice;
        quantity[size] = tradeQuantity;
        sequence[size] = tradeSequence;
        size++;
    }

    /** Drops the trades added after the batch held {@code newSize}. */
    void truncate(int newSize) {
        size = Math.min(size, newSize);
    }

    /** Marks the whole message malformed and drops its trades. */
    Outcome fail(MalformedKind kind, String detail) {
        failure = kind;
        failureDetail = detail;
        size = 0;
        return Outcome.MALFORMED;
    }

    /** Counts one rejected trade of an otherwise good message. */
    void reject(MalformedKind kind, String detail) {
        int k = kind.ordinal();
        if (rejections[k]++ == 0) {
            rejectionDetail[k] = detail;
        }
    }

    /**
     * The positions of the trades in time order (ties by sequence, then by position), for delivery: exchanges
     * batch several trades per message, sometimes newest first. The array is reused: read before the next call.
     */
    int[] timeOrder() {
        if (order.length < size) {
            order = new int[instrument.length];
        }
        for (int i = 0; i < size; i++) {
            int current = i;
            int j = i - 1;
            while (j >= 0 && before(current, order[j])) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = current;
        }
        return order;
    }

    private boolean before(int a, int b) {
        if (timeNanos[a] != timeNanos[b]) {
            return timeNanos[a] < timeNanos[b];
        }
        if (sequence[a] != sequence[b]) {
            return sequence[a] < sequence[b];
        }
        return a < b;
    }

    private void grow() {
        int capacity = instrument.length * 2;
        instrument = Arrays.copyOf(instrument, capacity);
        timeNanos = Arrays.copyOf(timeNanos, capacity);
        price = Arrays.copyOf(price, capacity);
        quantity = Arrays.copyOf(quantity, capacity);
        sequence = Arrays.copyOf(sequence, capacity);
    }
}
