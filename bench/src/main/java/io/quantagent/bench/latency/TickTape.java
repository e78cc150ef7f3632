package io.quantagent.bench.latency;

import io.quantagent.engine.feed.FeedSink;
import io.quantagent.engine.feed.Instrument;
import io.quantagent.engine.feed.SyntheticFeed;
import java.time.Duration;
import java.util.List;

/**
 * The ticks of a benchmark run, generated once before any run so that every configuration gets the same ones
 * and the injector does no work but send: the synthetic feed's seeded random walk, with event times spaced so
 * that a bar of the time frame closes every {@code ticksPerBar} ticks. A run sends a prefix of the tape.
 */
public final class TickTape {

    /** The first tick's event time: 2024-01-01T00:00:00Z. */
    static final long START_TIME_NANOS = 1_704_067_200_000_000_000L;
    private static final int STEP_BPS = 5;

    private final List<Instrument> instruments;
    private final int[] instrument;
    private final long[] time;
    private final long[] price;
    private final long[] quantity;
    private final long intervalNanos;

    private TickTape(SyntheticFeed feed, int size) {
        this.instruments = feed.instruments();
        this.intervalNanos = feed.intervalNanos();
        instrument = new int[size];
        time = new long[size];
        price = new long[size];
        quantity = new long[size];
        feed.run(new FeedSink() {
            private int n;

            @Override
            public void trade(int instrumentId, long timeNanos, long tradePrice, long tradeQuantity) {
                instrument[n] = instrumentId;
                time[n] = timeNanos;
                price[n] = tradePrice;
                quantity[n] = tradeQuantity;
                n++;
            }

            @Override
            public void bar(int instrumentId, long openTimeNanos, long closeTimeNanos, long open, long high, long low,
                    long close, long volume) {
                throw new IllegalStateException("the synthetic feed makes trades only");
            }

            @Override
            public void quote(int instrumentId, long timeNanos, long bid, long bidQuantity, long ask,
                    long askQuantity) {
                throw new IllegalStateException("the synthetic feed makes trades only");
            }
        });
    }

    /**
     * Generates a tape.
     *
     * @param ticks how many ticks
     * @param instruments instruments the ticks go round
     * @param seed the random walk's seed
     * @param barTimeFrame the bars' time frame
     * @param ticksPerBar ticks per bar of event time (the time frame divided by this is the tick spacing)
     */
    public static TickTape generate(int ticks, int instruments, long seed, Duration barTimeFrame, int ticksPerBar) {
        long interval = barTimeFrame.toNanos() / ticksPerBar;
        if (interval <= 0) {
            throw new IllegalArgumentException("a " + barTimeFrame + " bar cannot hold " + ticksPerBar + " ticks");
        }
        return new TickTape(new SyntheticFeed(instruments, ticks, seed, START_TIME_NANOS, interval, STEP_BPS), ticks);
    }

    /** The instruments the ticks name. */
    public List<Instrument> instruments() {
        return instruments;
    }

    /** Ticks on the tape. */
    public int size() {
        return time.length;
    }

    /** Event time between consecutive ticks. */
    public long intervalNanos() {
        return intervalNanos;
    }

    /** Sends tick {@code i} into the sink. */
    public void send(FeedSink sink, int i) {
        sink.trade(instrument[i], time[i], price[i], quantity[i]);
    }

    /** Tick {@code i}'s instrument. */
    public int instrument(int i) {
        return instrument[i];
    }

    /** Tick {@code i}'s event time. */
    public long timeNanos(int i) {
        return time[i];
    }
}
