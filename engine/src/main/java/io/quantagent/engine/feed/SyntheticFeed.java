package io.quantagent.engine.feed;

import io.quantagent.engine.data.Scales;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random-walk trades for N instruments, for speed runs and the latency harness: the same settings always
 * give the same ticks. Instruments are {@code SYN-0}, {@code SYN-1}, ... at eight decimals; tick {@code k} is for
 * instrument {@code k mod N} at {@code startTime + k x interval}. Each instrument's price starts at
 * {@code 100 + 10 x id} and moves by a whole number of price units drawn uniformly from
 * {@code [-stepBps, +stepBps]} basis points of the price (never below one unit); quantities are drawn from 0.01
 * to 1. Integer arithmetic only, no allocation per tick.
 *
 * @param instrumentCount how many instruments, at least 1
 * @param ticks how many trades in all
 * @param seed the random seed
 * @param startTimeNanos the first tick's time, epoch nanoseconds
 * @param intervalNanos event time between consecutive ticks (positive)
 * @param stepBps the largest move of one tick, in basis points of the price (1 to 10,000)
 */
public record SyntheticFeed(int instrumentCount, long ticks, long seed, long startTimeNanos, long intervalNanos,
        int stepBps) implements Feed {

    private static final Scales SCALES = Scales.DEFAULT;
    private static final long UNIT = SCALES.priceUnit();
    private static final long QUANTITY_STEP = SCALES.quantityUnit() / 100;

    public SyntheticFeed {
        if (instrumentCount < 1 || ticks < 0 || intervalNanos <= 0 || stepBps < 1 || stepBps > 10_000) {
            throw new IllegalArgumentException("need at least one instrument, ticks >= 0, a positive interval and"
                    + " a step of 1 to 10000 bps; got " + instrumentCount + ", " + ticks + ", " + intervalNanos
                    + ", " + stepBps);
        }
    }

    /** {@code ticks} trades over {@code instrumentCount} instruments, 100 ms apart from 2024-01-01, steps of 5 bps. */
    public static SyntheticFeed of(int instrumentCount, long ticks, long seed) {
        return new SyntheticFeed(instrumentCount, ticks, seed, 1_704_067_200_000_000_000L, 100_000_000L, 5);
    }

    @Override
    public List<Instrument> instruments() {
        List<Instrument> list = new ArrayList<>(instrumentCount);
        for (int i = 0; i < instrumentCount; i++) {
            list.add(new Instrument(i, "SYN-" + i, SCALES));
        }
        return List.copyOf(list);
    }

    @Override
    public void run(FeedSink sink) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] prices = new long[instrumentCount];
        for (int i = 0; i < instrumentCount; i++) {
            prices[i] = (100 + 10L * i) * UNIT;
        }
        long time = startTimeNanos;
        int instrument = 0;
        for (long k = 0; k < ticks; k++) {
            long price = prices[instrument];
            long span = Math.max(1, price / 10_000 * stepBps);
            price = Math.max(1, price + random.nextLong(-span, span + 1));
            prices[instrument] = price;
            long quantity = random.nextLong(1, 101) * QUANTITY_STEP;
            sink.trade(instrument, time, price, quantity);
            time += intervalNanos;
            instrument = instrument + 1 == instrumentCount ? 0 : instrument + 1;
        }
    }
}
