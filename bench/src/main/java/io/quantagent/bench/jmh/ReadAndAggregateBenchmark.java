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
import io.quantagent.engine.data.ReadSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads the 100,000 bundled Bitstamp trades from disk (page cache) and aggregates them into 1-minute bars:
 * one operation is one row, so the score is rows per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReadAndAggregateBenchmark {
    /** Rows in the Bitstamp sample. */
    static final int ROWS = 100_000;

    private Path file;
    private ReadOptions options;
    private BarCounter bars;
    private BarAggregator aggregator;
    private MarketDataHandler toAggregator;

    @Setup(Level.Trial)
    public void setUp() {
        file = Samples.file(Samples.BITSTAMP_TRADES);
        options = ReadOptions.defaults().withFormat(MarketDataFormat.TRADES);
    }

    @Setup(Level.Invocation)
    public void freshAggregator() {
        bars = new BarCounter();
        aggregator = new BarAggregator(BarAlignment.utc(TimeFrame.ONE_MINUTE), bars);
        BarAggregator a = aggregator;
        toAggregator = new MarketDataHandler() {
            @Override
            public void onTrade(long timeNanos, long price, long quantity) {
                a.onTrade(timeNanos, price, quantity);
            }

            @Override
            public void onBar(long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close, long volume) {
                throw new IllegalStateException("trades expected");
            }
        };
    }

    /** Reads and aggregates the whole file; returns the bar count so the work cannot be eliminated. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long readTradesInto1mBars() throws IOException {
        ReadSummary summary = MarketDataReader.read(file, options, toAggregator);
        aggregator.flush();
        return summary.accepted() + bars.count;
    }

    /** Reads the file only, to separate parsing from aggregation. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long readTradesOnly() throws IOException {
        return MarketDataReader.read(file, options, NullHandler.INSTANCE).accepted();
    }

    /** Counts bars. */
    static final class BarCounter implements BarListener {
        long count;

        @Override
        public void onBar(long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close, long volume, long tradeCount) {
            count++;
        }
    }

    /** Discards rows (the reader's cost alone). */
    enum NullHandler implements MarketDataHandler {
        INSTANCE;

        @Override
        public void onTrade(long timeNanos, long price, long quantity) {
        }

        @Override
        public void onBar(long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close, long volume) {
        }
    }
}
