package io.quantagent.engine.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.SystemNanoClock;

/**
 * A recording played back in accelerated event time, as an Agrona {@link Agent} (the paper daemon's default
 * feed). The configured data files ({@link FileFeed}, several merged by event time) are read on a thread of their
 * own into a bounded queue; {@link #doWork()} hands each row to the sink once its turn has come on the wall clock:
 * an event {@code t} after the first one played is due {@code t / speed} after it was played. Event times are
 * never changed by the pacing, only by looping.
 *
 * <p>Looping: when the recording ends it starts again, each lap's event times shifted forward by the
 * recording's length (from its first event to its last, plus the interval between its first two events), so that
 * time keeps increasing and the next lap's first event comes one interval after the last one.
 *
 * <p>Resuming: the first {@code skip} rows (counted over laps, the shifted times as they would have been played)
 * are read and dropped without pacing; the pacing starts from the first row played. Use it to continue after the
 * last input a journal holds.
 *
 * <p>The local clock is injectable (tests drive it by hand); it only paces, it never enters the data. Run it
 * under an {@link org.agrona.concurrent.AgentRunner} whose idle strategy sleeps a little: {@link #doWork()} never
 * blocks. Closing the agent (from any thread, through its runner) stops the reader.
 */
public final class ReplayFeed implements Agent {

    /** What the feed is doing, for the dashboard. */
    public enum State {
        /** Rows are being played (or skipped on the way to the first one to play). */
        PLAYING,
        /** The recording ended (not looping), or its files failed: see {@link #failure()}. */
        ENDED,
        /** Closed. */
        CLOSED
    }

    private static final int QUEUE_ROWS = 4096;
    private static final int PLAY_BATCH = 256;
    private static final int SKIP_BATCH = 8192;
    private static final long UNSET = Long.MIN_VALUE;

    private final FileFeed files;
    private final double speed;
    private final boolean loop;
    private final long skip;
    private final FeedSink sink;
    private final NanoClock clock;
    private final RowQueue queue = new RowQueue(QUEUE_ROWS);
    private Thread reader;
    private long anchorWallNanos = UNSET;
    private long anchorEventNanos;
    private volatile long rows;
    private volatile long lastRowNanos = UNSET;
    private volatile long lap;
    private volatile State state = State.PLAYING;
    private volatile Throwable failure;

    /**
     * A feed over these files.
     *
     * @param speed event time runs this many times faster than the clock (positive)
     * @param loop start again (shifted in time) at the end of the recording
     * @param skip rows to drop before playing (0 to play from the start)
     * @param sink where rows go (the pipeline's publisher: called on the agent's thread only)
     * @param clock the local clock that paces the rows
     */
    public ReplayFeed(FileFeed files, double speed, boolean loop, long skip, FeedSink sink, NanoClock clock) {
        this.files = Objects.requireNonNull(files, "files");
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be positive and finite, was " + speed);
        }
        if (skip < 0) {
            throw new IllegalArgumentException("skip must not be negative, was " + skip);
        }
        this.speed = speed;
        this.loop = loop;
        this.skip = skip;
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A feed paced by the system's clock. */
    public static ReplayFeed of(FileFeed files, double speed, boolean loop, long skip, FeedSink sink) {
        return new ReplayFeed(files, speed, loop, skip, sink, SystemNanoClock.INSTANCE);
    }

    /** The instruments of the files, by id (the ids the rows are published under). */
    public List<Instrument> instruments() {
        return files.instruments();
    }

    /** Starts the thread that reads the files. */
    @Override
    public void onStart() {
        reader = new Thread(this::read, "qa-replay-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Plays the rows that are due (or skips up to a batch of rows), never waiting. */
    @Override
    public int doWork() {
        if (state != State.PLAYING) {
            return 0;
        }
        int work = 0;
        long played = rows;
        while (work < (played < skip ? SKIP_BATCH : PLAY_BATCH)) {
            if (!queue.available()) {
                if (queue.drained()) {
                    failure = queue.error();
                    state = State.ENDED;
                }
                break;
            }
            if (played < skip) {
                queue.advance();
                played++;
                work++;
                continue;
            }
            long time = queue.headTime();
            long now = clock.nanoTime();
            if (anchorWallNanos == UNSET) {
                anchorWallNanos = now;
                anchorEventNanos = time;
            }
            long due = anchorWallNanos + (long) ((time - anchorEventNanos) / speed);
            if (now < due) {
                break;
            }
            forward();
            played++;
            work++;
        }
        if (work > 0 && played > skip) {
            lastRowNanos = clock.nanoTime();
        }
        rows = played;
        return work;
    }

    /** Stops the reader (called by the agent runner on close). */
    @Override
    public void onClose() {
        queue.cancel();
        Thread thread = reader;
        if (thread != null) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        state = State.CLOSED;
    }

    @Override
    public String roleName() {
        return "replay-feed";
    }

    /** Rows played or skipped so far (any thread). */
    public long rows() {
        return rows;
    }

    /**
     * When the last row was played, on the feed's clock ({@link System#nanoTime()} for {@link #of}), or
     * {@link Long#MIN_VALUE} before the first (any thread).
     */
    public long lastRowNanos() {
        return lastRowNanos;
    }

    /** The lap the reader is on: 0 for the first pass over the recording (any thread). */
    public long lap() {
        return lap;
    }

    /** Playing, ended or closed (any thread). */
    public State state() {
        return state;
    }

    /** What stopped the recording early (a bad row, an unreadable file), or null (any thread). */
    public Throwable failure() {
        return failure;
    }

    private void forward() {
        RowQueue q = queue;
        int instrument = (int) q.head(RowQueue.INSTRUMENT);
        if (q.head(0) == RowQueue.TRADE) {
            sink.trade(instrument, q.head(1), q.head(3), q.head(4));
        } else {
            sink.bar(instrument, q.head(1), q.head(2), q.head(3), q.head(4), q.head(5), q.head(6), q.head(7));
        }
        q.advance();
    }

    private void read() {
        Throwable error = null;
        try {
            LapSink lapSink = new LapSink(queue);
            while (true) {
                files.run(lapSink);
                if (!loop || lapSink.count < 2) {
                    break;
                }
                lapSink.nextLap();
                lap = lapSink.lap;
            }
        } catch (RowQueue.Cancelled e) {
            // closed while reading: nothing to report
        } catch (IOException e) {
            error = new UncheckedIOException(e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            error = e;
        }
        queue.finish(error);
    }

    /** Rows of one lap into the queue, their times shifted by the laps before it; learns the recording's length. */
    private static final class LapSink implements FeedSink {
        private final RowQueue queue;
        private long lap;
        private long shift;
        private long count;
        private long first = UNSET;
        private long second = UNSET;
        private long last = UNSET;

        LapSink(RowQueue queue) {
            this.queue = queue;
        }

        @Override
        public void trade(int instrument, long timeNanos, long price, long quantity) {
            learn(timeNanos);
            queue.offer(instrument, RowQueue.TRADE, timeNanos + shift, 0, price, quantity, 0, 0, 0);
        }

        @Override
        public void bar(int instrument, long openTimeNanos, long closeTimeNanos, long open, long high, long low,
                long close, long volume) {
            learn(closeTimeNanos != Long.MIN_VALUE ? closeTimeNanos : openTimeNanos);
            queue.offer(instrument, RowQueue.BAR, openTimeNanos + shift,
                    closeTimeNanos == Long.MIN_VALUE ? Long.MIN_VALUE : closeTimeNanos + shift, open, high, low, close,
                    volume);
        }

        @Override
        public void quote(int instrument, long timeNanos, long bid, long bidQuantity, long ask, long askQuantity) {
            throw new UnsupportedOperationException("the replay feed plays trades and bars; a quote file is not supported");
        }

        private void learn(long time) {
            if (lap > 0) {
                return;
            }
            count++;
            if (first == UNSET) {
                first = time;
            } else if (second == UNSET && time > first) {
                second = time;
            }
            last = time;
        }

        void nextLap() {
            long interval = second == UNSET ? 1 : second - first;
            lap++;
            shift = Math.multiplyExact(lap, Math.addExact(last - first, interval));
        }
    }
}
