package io.quantagent.backtest.research;

import io.quantagent.engine.feed.Feed;
import io.quantagent.engine.feed.FeedSink;
import java.io.IOException;

/**
 * The event-time span of a feed: its first and last event times (a bar at its open time, as
 * {@link TimeWindowFeed} counts it) and how many events it has.
 *
 * @param firstNanos the earliest event time, epoch nanoseconds
 * @param lastNanos the latest event time, epoch nanoseconds
 * @param events the number of events
 */
public record FeedSpan(long firstNanos, long lastNanos, long events) {

    /**
     * Reads the whole feed once.
     *
     * @throws ResearchException if the feed has no events
     */
    public static FeedSpan of(Feed feed) throws IOException {
        long[] span = {Long.MAX_VALUE, Long.MIN_VALUE, 0};
        feed.run(new FeedSink() {
            @Override
            public void trade(int instrument, long timeNanos, long price, long quantity) {
                see(timeNanos);
            }

            @Override
            public void bar(int instrument, long openTimeNanos, long closeTimeNanos, long open, long high, long low,
                    long close, long volume) {
                see(openTimeNanos);
            }

            @Override
            public void quote(int instrument, long timeNanos, long bid, long bidQuantity, long ask, long askQuantity) {
                see(timeNanos);
            }

            private void see(long time) {
                span[0] = Math.min(span[0], time);
                span[1] = Math.max(span[1], time);
                span[2]++;
            }
        });
        if (span[2] == 0) {
            throw new ResearchException("the data has no events");
        }
        return new FeedSpan(span[0], span[1], span[2]);
    }
}
