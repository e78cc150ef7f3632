package io.quantagent.bench.jmh;

import io.quantagent.bench.Samples;
import io.quantagent.engine.bars.BarAggregator;
import io.quantagent.engine.bars.BarAlignment;
import io.quantagent.engine.bars.BarListener;
import io.quantagent.engine.bars.TimeFrame;
import io.quantagent.engine.data.MarketDataFormat;
import io.quantagent.engine.data.MarketDataHandler;
import io.quantagent.engine.data.MarketDataReader;
import io.quantagent.engine.data.ReadOptions;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bar aggregation per tick: one of the 100,000 Bitstamp trades (held in memory) folded into the 1-minute bar in
 * progress, closing it when the trade is past its end (9,399 bars over the tape, so about one tick in eleven
 * closes a bar). The tape is replayed in laps shifted by its span, so times keep increasing. Run with
 * {@code -prof gc}: the per-tick path allocates nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BarAggregationBenchmark {

    private long[] time;
    private long[] price;
    private long[] quantity;
    private int size;
    private long span;
    private int cursor;
    private long lap;
    private BarAggregator aggregator;
    private long closed;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        long[][] rows = {new long[1 << 17], new long[1 << 17], new long[1 << 17]};
        int[] n = {0};
        MarketDataReader.read(Samples.file(Samples.BITSTAMP_TRADES),
                ReadOptions.defaults().withFormat(MarketDataFormat.TRADES), new MarketDataHandler() {
                    @Override
                    public void onTrade(long timeNanos, long tradePrice, long tradeQuantity) {
                        if (n[0] == rows[0].length) {
                            for (int k = 0; k < rows.length; k++) {
                                rows[k] = Arrays.copyOf(rows[k], n[0] * 2);
                            }
                        }
                        rows[0][n[0]] = timeNanos;
                        rows[1][n[0]] = tradePrice;
                        rows[2][n[0]] = tradeQuantity;
                        n[0]++;
                    }

                    @Override
                    public void onBar(long a, long b, long c, long d, long e, long f, long g) {
                        throw new IllegalStateException("trades expected");
                    }
                });
        size = n[0];
        time = rows[0];
        price = rows[1];
        quantity = rows[2];
        long minute = TimeFrame.ONE_MINUTE.nanos();
        span = ((time[size - 1] - time[0]) / minute + 2) * minute;
        BarListener count = (openTime, closeTime, open, high, low, close, volume, trades) -> closed++;
        aggregator = new BarAggregator(BarAlignment.utc(TimeFrame.ONE_MINUTE), count);
    }

    /** One trade into the aggregator; returns whether it was placed. */
    @Benchmark
    public boolean oneTick() {
        int i = cursor;
        boolean placed = aggregator.onTrade(time[i] + lap, price[i], quantity[i]);
        if (++cursor == size) {
            cursor = 0;
            lap += span;
        }
        return placed;
    }
}
