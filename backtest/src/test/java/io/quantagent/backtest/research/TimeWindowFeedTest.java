package io.quantagent.backtest.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.engine.data.Scales;
import io.quantagent.engine.feed.Feed;
import io.quantagent.engine.feed.FeedSink;
import io.quantagent.engine.feed.Instrument;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWindowFeedTest {

    private static final long S = TinyData.SECOND;

    /** At each second 0..99: a trade; at even seconds a quote; every 10 s a 10-second bar opening then. */
    private static final Feed SOURCE = new Feed() {
        @Override
        public List<Instrument> instruments() {
            return List.of(new Instrument(0, "X", Scales.DEFAULT));
        }

        @Override
        public void run(FeedSink sink) {
            for (long t = 0; t < 100; t++) {
                if (t % 10 == 0) {
                    sink.bar(0, t * S, (t + 10) * S, 1, 1, 1, 1, 1);
                }
                sink.trade(0, t * S, 1, 1);
                if (t % 2 == 0) {
                    sink.quote(0, t * S, 1, 1, 2, 1);
                }
            }
        }
    };

    private static List<String> events(Feed feed) throws Exception {
        List<String> seen = new ArrayList<>();
        feed.run(new FeedSink() {
            @Override
            public void trade(int instrument, long timeNanos, long price, long quantity) {
                seen.add("T" + timeNanos / S);
            }

            @Override
            public void bar(int instrument, long open, long close, long o, long h, long l, long c, long v) {
                seen.add("B" + open / S);
            }

            @Override
            public void quote(int instrument, long timeNanos, long bid, long bq, long ask, long aq) {
                seen.add("Q" + timeNanos / S);
            }
        });
        return seen;
    }

    @Test
    void onlyEventsFromTheStartIncludedToTheEndExcludedPass() throws Exception {
        List<String> seen = events(new TimeWindowFeed(SOURCE, 20 * S, 25 * S));
        assertThat(seen).containsExactly("T20", "Q20", "T21", "T22", "Q22", "T23", "T24", "Q24");
    }

    @Test
    void aBarCountsAtTheEndOfItsIntervalSoNoWindowSeesABarThatEndsAfterIt() throws Exception {
        List<String> seen = events(new TimeWindowFeed(SOURCE, 15 * S, 31 * S));
        assertThat(seen).filteredOn(e -> e.startsWith("B")).containsExactly("B10", "B20");
        assertThat(seen).filteredOn(e -> e.startsWith("T")).hasSize(16).startsWith("T15").endsWith("T30");
    }

    @Test
    void adjacentWindowsSplitTheFeedWithoutLossOrOverlap() throws Exception {
        List<String> joined = new ArrayList<>(events(new TimeWindowFeed(SOURCE, 0, 37 * S)));
        joined.addAll(events(new TimeWindowFeed(SOURCE, 37 * S, 100 * S)));
        // the same events once each; the bar 30..40 s goes with the second window, where it ends
        assertThat(joined).containsExactlyInAnyOrderElementsOf(events(SOURCE));
        assertThat(joined.indexOf("B30")).isGreaterThan(joined.indexOf("T36"));
    }

    @Test
    void theSpanIsTheFirstAndLastEventTime() throws Exception {
        FeedSpan span = FeedSpan.of(SOURCE);
        assertThat(span.firstNanos()).isZero();
        assertThat(span.lastNanos()).isEqualTo(99 * S);
        assertThat(span.events()).isEqualTo(100 + 50 + 10);
        assertThat(FeedSpan.of(new TimeWindowFeed(SOURCE, 40 * S, 60 * S)))
                .isEqualTo(new FeedSpan(40 * S, 59 * S, 20 + 10 + 2));
    }

    @Test
    void controlAndFeedStatusCountAtTheirTimeAndTheEndOfDataFlushPasses() throws Exception {
        Feed source = new Feed() {
            @Override
            public List<Instrument> instruments() {
                return SOURCE.instruments();
            }

            @Override
            public void run(FeedSink sink) {
                sink.control(5 * S, 1);
                sink.control(15 * S, 2);
                sink.feedStatus(0, 9 * S, 1);
                sink.feedStatus(0, 10 * S, 2);
                sink.flush(0);
            }
        };
        List<String> seen = new ArrayList<>();
        new TimeWindowFeed(source, 10 * S, 20 * S).run(new FeedSink() {
            @Override
            public void trade(int instrument, long timeNanos, long price, long quantity) {
            }

            @Override
            public void bar(int instrument, long open, long close, long o, long h, long l, long c, long v) {
            }

            @Override
            public void quote(int instrument, long timeNanos, long bid, long bq, long ask, long aq) {
            }

            @Override
            public void flush(int instrument) {
                seen.add("F" + instrument);
            }

            @Override
            public void control(long timeNanos, int command) {
                seen.add("C" + command);
            }

            @Override
            public void feedStatus(int instrument, long timeNanos, int state) {
                seen.add("S" + state);
            }
        });
        assertThat(seen).containsExactly("C2", "S2", "F0");
    }

    @Test
    void anEmptyWindowIsRefused() {
        assertThatThrownBy(() -> new TimeWindowFeed(SOURCE, 5, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
