package io.quantagent.engine.pipeline;

import com.lmax.disruptor.EventTranslator;
import com.lmax.disruptor.RingBuffer;
import io.quantagent.engine.feed.FeedSink;
import java.util.function.Supplier;
import org.agrona.concurrent.IdleStrategy;

/**
 * The single producer of a pipeline: fills ring slots with a reused {@link EventTranslator} (no capturing
 * lambda, no allocation per event). When the ring is full it waits with its idle strategy until a slot frees
 * up (back-pressure: an input is never dropped), and gives up only if the pipeline has failed. Use from one
 * thread.
 */
public final class Publisher implements FeedSink, EventTranslator<MarketEvent> {

    private final RingBuffer<MarketEvent> ring;
    private final IdleStrategy idle;
    private final Supplier<Throwable> failure;
    private InputKind kind;
    private int instrument;
    private long time;
    private long a;
    private long b;
    private long c;
    private long d;
    private long e;
    private long f;
    private long g;
    private long published;
    private long lastTimeNanos = Long.MIN_VALUE;
    private long fullWaits;

    Publisher(RingBuffer<MarketEvent> ring, IdleStrategy idle, Supplier<Throwable> failure) {
        this.ring = ring;
        this.idle = idle;
        this.failure = failure;
    }

    @Override
    public void trade(int instrumentId, long timeNanos, long price, long quantity) {
        kind = InputKind.TRADE;
        instrument = instrumentId;
        time = timeNanos;
        a = price;
        b = quantity;
        publish();
    }

    @Override
    public void bar(int instrumentId, long openTimeNanos, long closeTimeNanos, long open, long high, long low,
            long close, long volume) {
        kind = InputKind.BAR;
        instrument = instrumentId;
        time = closeTimeNanos != Long.MIN_VALUE ? closeTimeNanos : openTimeNanos;
        a = openTimeNanos;
        b = closeTimeNanos;
        c = open;
        d = high;
        e = low;
        f = close;
        g = volume;
        publish();
    }

    @Override
    public void quote(int instrumentId, long timeNanos, long bid, long bidQuantity, long ask, long askQuantity) {
        kind = InputKind.QUOTE;
        instrument = instrumentId;
        time = timeNanos;
        a = bid;
        b = bidQuantity;
        c = ask;
        d = askQuantity;
        publish();
    }

    /** End of data for an instrument: its bar in progress is emitted as it is (at the latest event time). */
    @Override
    public void flush(int instrumentId) {
        kind = InputKind.FLUSH;
        instrument = instrumentId;
        time = lastTimeNanos;
        publish();
    }

    @Override
    public void control(long timeNanos, int command) {
        ControlCommand.ofCode(command);
        kind = InputKind.CONTROL;
        instrument = 0;
        time = timeNanos;
        a = command;
        publish();
    }

    @Override
    public void feedStatus(int instrumentId, long timeNanos, int state) {
        if (state != InputKind.FEED_LIVE && state != InputKind.FEED_STALE) {
            throw new IllegalArgumentException("unknown feed state " + state);
        }
        kind = InputKind.FEED_STATUS;
        instrument = instrumentId;
        time = timeNanos;
        a = state;
        publish();
    }

    @Override
    public void translateTo(MarketEvent event, long sequence) {
        InputSection in = event.input;
        switch (kind) {
            case TRADE -> in.trade(sequence, instrument, time, a, b);
            case BAR -> in.bar(sequence, instrument, a, b, c, d, e, f, g);
            case QUOTE -> in.quote(sequence, instrument, time, a, b, c, d);
            case FLUSH -> in.flush(sequence, instrument, time);
            case CONTROL -> in.control(sequence, time, (int) a);
            case FEED_STATUS -> in.feedStatus(sequence, instrument, time, (int) a);
        }
        in.publishedNanos = System.nanoTime();
    }

    private void publish() {
        if (!ring.tryPublishEvent(this)) {
            fullWaits++;
            do {
                Throwable failed = failure.get();
                if (failed != null) {
                    throw new PipelineException("the pipeline stopped: " + failed, failed);
                }
                idle.idle();
            } while (!ring.tryPublishEvent(this));
            idle.reset();
        }
        published++;
        if (time > lastTimeNanos) {
            lastTimeNanos = time;
        }
    }

    /** How many inputs were published. */
    public long published() {
        return published;
    }

    /** The latest event time published ({@link Long#MIN_VALUE} before any). */
    public long lastTimeNanos() {
        return lastTimeNanos;
    }

    /** Inputs published but not yet through every stage (any thread; a moment's reading). */
    public long backlog() {
        return Math.max(0, ring.getCursor() - ring.getMinimumGatingSequence());
    }

    /** The sequence of the last input every stage has finished with (any thread), -1 before the first. */
    public long completed() {
        return ring.getMinimumGatingSequence();
    }

    /** How many inputs found the ring full and waited (back-pressure). */
    public long fullWaits() {
        return fullWaits;
    }
}
