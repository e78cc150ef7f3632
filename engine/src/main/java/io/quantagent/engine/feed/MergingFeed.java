package io.quantagent.engine.feed;

import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.data.MarketDataHandler;
import io.quantagent.engine.data.MarketDataReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

/**
 * Several files merged by event time: each file is read on a thread of its own into a {@link RowQueue}, and the
 * calling thread repeatedly forwards the earliest head row (ties go to the input listed first, so the merge is
 * deterministic). A reader's failure (a bad row, an unreadable file) is thrown to the caller once every row
 * before it has been forwarded, as a single-file read would.
 */
final class MergingFeed {

    private static final int QUEUE_ROWS = 4096;

    private final List<DataInput> inputs;
    private final int[] instrumentOfInput;

    MergingFeed(List<DataInput> inputs, int[] instrumentOfInput) {
        this.inputs = inputs;
        this.instrumentOfInput = instrumentOfInput;
    }

    void run(FeedSink sink) throws IOException {
        int n = inputs.size();
        RowQueue[] queues = new RowQueue[n];
        List<Thread> readers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            queues[i] = new RowQueue(QUEUE_ROWS);
            readers.add(startReader(i, inputs.get(i), queues[i]));
        }
        try {
            merge(queues, sink);
        } finally {
            for (RowQueue queue : queues) {
                queue.cancel();
            }
            for (Thread reader : readers) {
                joinQuietly(reader);
            }
        }
    }

    private void merge(RowQueue[] queues, FeedSink sink) throws IOException {
        IdleStrategy idle = new BackoffIdleStrategy();
        while (true) {
            int earliest = -1;
            long earliestTime = Long.MAX_VALUE;
            boolean waiting = false;
            boolean open = false;
            for (int i = 0; i < queues.length; i++) {
                RowQueue q = queues[i];
                if (q.available()) {
                    open = true;
                    long time = q.headTime();
                    if (earliest < 0 || time < earliestTime) {
                        earliest = i;
                        earliestTime = time;
                    }
                } else if (q.drained()) {
                    rethrow(q.error());
                } else {
                    open = true;
                    waiting = true;
                }
            }
            if (!open) {
                return;
            }
            if (waiting) {
                idle.idle();
                continue;
            }
            idle.reset();
            forward(queues[earliest], instrumentOfInput[earliest], sink);
        }
    }

    private static void forward(RowQueue q, int instrument, FeedSink sink) {
        if (q.head(0) == RowQueue.TRADE) {
            sink.trade(instrument, q.head(1), q.head(3), q.head(4));
        } else {
            sink.bar(instrument, q.head(1), q.head(2), q.head(3), q.head(4), q.head(5), q.head(6), q.head(7));
        }
        q.advance();
    }

    private static void rethrow(Throwable error) throws IOException {
        if (error == null) {
            return;
        }
        if (error instanceof IOException io) {
            throw io;
        }
        if (error instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        throw new IllegalStateException(error);
    }

    private static Thread startReader(int index, DataInput input, RowQueue queue) {
        Thread thread = new Thread(() -> read(input, queue), "qa-feed-" + index);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void read(DataInput input, RowQueue queue) {
        Throwable failure = null;
        try {
            MarketDataReader.read(input.path(), input.readOptions(), new QueueHandler(queue));
        } catch (RowQueue.Cancelled e) {
            // the merger stopped first: nothing to report
        } catch (IOException e) {
            failure = new UncheckedIOException(input.path() + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        queue.finish(failure);
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A reader's rows into its queue. */
    private static final class QueueHandler implements MarketDataHandler {
        private final RowQueue queue;

        QueueHandler(RowQueue queue) {
            this.queue = queue;
        }

        @Override
        public void onTrade(long timeNanos, long price, long quantity) {
            queue.offer(RowQueue.TRADE, timeNanos, 0, price, quantity, 0, 0, 0);
        }

        @Override
        public void onBar(long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close,
                long volume) {
            queue.offer(RowQueue.BAR, openTimeNanos, closeTimeNanos, open, high, low, close, volume);
        }
    }
}
