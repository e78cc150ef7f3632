package io.quantagent.backtest.research;

import io.quantagent.engine.feed.Feed;
import io.quantagent.engine.feed.FeedSink;
import io.quantagent.engine.feed.Instrument;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The events of another feed whose event time is in {@code [fromNanos, toNanos)}: a walk-forward window. A trade
 * or quote counts at its time, a bar at the end of its interval (the last instant it covers), so no window sees a
 * bar that ends after the window does, and adjacent windows still share the bars out without loss or overlap; control and feed-status events count at their time, and an end-of-data
 * flush always passes. The whole source is read; events outside the window are dropped before they reach the
 * engine. The engine, its agents and its account start fresh with the window: the agents warm up on the window's
 * own first bars.
 */
public final class TimeWindowFeed implements Feed {

    private final Feed source;
    private final long fromNanos;
    private final long toNanos;

    /**
     * The events of {@code source} in {@code [fromNanos, toNanos)}, epoch nanoseconds.
     *
     * @throws IllegalArgumentException if the window is empty ({@code fromNanos >= toNanos})
     */
    public TimeWindowFeed(Feed source, long fromNanos, long toNanos) {
        if (fromNanos >= toNanos) {
            throw new IllegalArgumentException("an empty window: from " + fromNanos + " is not before to " + toNanos);
        }
        this.source = source;
        this.fromNanos = fromNanos;
        this.toNanos = toNanos;
    }

    /** The window's first instant, epoch nanoseconds (included). */
    public long fromNanos() {
        return fromNanos;
    }

    /** The window's end, epoch nanoseconds (excluded). */
    public long toNanos() {
        return toNanos;
    }

    @Override
    public List<Instrument> instruments() {
        return source.instruments();
    }

    @Override
    public void run(FeedSink sink) throws IOException {
        source.run(new WindowSink(sink, fromNanos, toNanos));
    }

    @Override
    public String toString() {
        return "[" + Instant.ofEpochSecond(0, fromNanos) + ", " + Instant.ofEpochSecond(0, toNanos) + ")";
    }

    private static final class WindowSink implements FeedSink {
        private final FeedSink downstream;
        private final long from;
        private final long to;

        WindowSink(FeedSink downstream, long from, long to) {
            this.downstream = downstream;
            this.from = from;
            this.to = to;
        }

        @Override
        public void trade(int instrument, long timeNanos, long price, long quantity) {
            if (timeNanos >= from && timeNanos < to) {
                downstream.trade(instrument, timeNanos, price, quantity);
            }
        }

        @Override
        public void bar(int instrument, long openTimeNanos, long closeTimeNanos, long open, long high, long low,
                long close, long volume) {
            // a bar belongs where it ends: one that closed after the window's end would show the next part's
            // prices to this one (a bar whose source knows no close time counts at its open)
            long time = closeTimeNanos == Long.MIN_VALUE ? openTimeNanos : closeTimeNanos - 1;
            if (time >= from && time < to) {
                downstream.bar(instrument, openTimeNanos, closeTimeNanos, open, high, low, close, volume);
            }
        }

        @Override
        public void quote(int instrument, long timeNanos, long bid, long bidQuantity, long ask, long askQuantity) {
            if (timeNanos >= from && timeNanos < to) {
                downstream.quote(instrument, timeNanos, bid, bidQuantity, ask, askQuantity);
            }
        }

        @Override
        public void flush(int instrument) {
            downstream.flush(instrument);
        }

        @Override
        public void control(long timeNanos, int command) {
            if (timeNanos >= from && timeNanos < to) {
                downstream.control(timeNanos, command);
            }
        }

        @Override
        public void feedStatus(int instrument, long timeNanos, int state) {
            if (timeNanos >= from && timeNanos < to) {
                downstream.feedStatus(instrument, timeNanos, state);
            }
        }
    }
}
