package io.quantagent.backtest.run;

import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.feed.Feed;
import io.quantagent.engine.feed.FeedSink;
import io.quantagent.engine.feed.Instrument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A feed that counts the events it passes on, so that another thread can show progress. The count is published
 * with a lazy (ordered) write from the feed thread: no lock, no allocation, nothing the pipeline waits for.
 * Progress is the count over an estimate of the total, made before the run from the input files' sizes and the
 * length of their first lines.
 */
public final class ProgressFeed implements Feed {

    private static final int SAMPLE_BYTES = 1 << 16;

    private final Feed feed;
    private final long estimatedEvents;
    private final AtomicLong events = new AtomicLong();

    /** Wraps {@code feed}; {@code estimatedEvents} is the expected number of events (0 when unknown). */
    public ProgressFeed(Feed feed, long estimatedEvents) {
        this.feed = feed;
        this.estimatedEvents = estimatedEvents;
    }

    /** Events passed on so far (any thread). */
    public long events() {
        return events.get();
    }

    /** The expected number of events in all, 0 when unknown. */
    public long estimatedEvents() {
        return estimatedEvents;
    }

    @Override
    public List<Instrument> instruments() {
        return feed.instruments();
    }

    @Override
    public void run(FeedSink sink) throws IOException {
        feed.run(new Counting(sink));
    }

    /**
     * About how many rows the files hold: each file's size over the mean length of the lines in its first 64 KB
     * (0 when a file cannot be read; the run itself reports that).
     */
    public static long estimateRows(List<DataInput> inputs) {
        long total = 0;
        for (DataInput input : inputs) {
            total += estimateRows(input.path());
        }
        return total;
    }

    private static long estimateRows(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] sample = in.readNBytes(SAMPLE_BYTES);
            int lines = 0;
            for (byte b : sample) {
                if (b == '\n') {
                    lines++;
                }
            }
            long size = Files.size(file);
            if (lines == 0) {
                return 1;
            }
            return Math.max(1, Math.round(size * (double) lines / sample.length));
        } catch (IOException e) {
            return 0;
        }
    }

    private final class Counting implements FeedSink {
        private final FeedSink sink;
        private long count;

        Counting(FeedSink sink) {
            this.sink = sink;
        }

        @Override
        public void trade(int instrument, long timeNanos, long price, long quantity) {
            sink.trade(instrument, timeNanos, price, quantity);
            events.lazySet(++count);
        }

        @Override
        public void bar(int instrument, long openTimeNanos, long closeTimeNanos, long open, long high, long low,
                long close, long volume) {
            sink.bar(instrument, openTimeNanos, closeTimeNanos, open, high, low, close, volume);
            events.lazySet(++count);
        }

        @Override
        public void quote(int instrument, long timeNanos, long bid, long bidQuantity, long ask, long askQuantity) {
            sink.quote(instrument, timeNanos, bid, bidQuantity, ask, askQuantity);
            events.lazySet(++count);
        }
    }
}
