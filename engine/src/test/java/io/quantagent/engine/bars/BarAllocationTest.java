package io.quantagent.engine.bars;

import static io.quantagent.engine.bars.BarAlignmentTest.nanos;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The per-tick path allocates nothing: bytes allocated by this thread around a million trades after warm-up. */
class BarAllocationTest {

    private static final int TRADES = 1_000_000;
    private static final long TICK_SPACING = Duration.ofMillis(7).toNanos();
    private static final long PAUSE = Duration.ofSeconds(5).toNanos();
    private static com.sun.management.ThreadMXBean threads;

    /** Counts what it receives in primitive fields, so that listening allocates nothing either. */
    static final class CountingListener implements BarListener {
        long bars;
        long volume;
        long trades;
        long lastTime;

        @Override
        public void onBar(long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close,
                long volume, long tradeCount) {
            bars++;
            this.volume += volume;
            trades += tradeCount;
        }

        @Override
        public void onTime(long timeNanos) {
            lastTime = timeNanos;
        }
    }

    @BeforeAll
    static void threadAllocationCounting() {
        threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
        threads.setThreadAllocatedMemoryEnabled(true);
        threads.getCurrentThreadAllocatedBytes();
    }

    /** Feeds trades every 7 ms, with a 5 s pause every 1,000 trades; returns the time after the last one. */
    private static long feed(BarAggregator aggregator, long from, int count) {
        long t = from;
        for (int i = 0; i < count; i++) {
            long price = 100_000_000L + (i * 7919L) % 1_000_000L;
            aggregator.onTrade(t, price, 1_000 + (i & 255));
            t += (i % 1_000 == 999) ? PAUSE : TICK_SPACING;
        }
        return t;
    }

    private static long allocatedWhileFeeding(BarAggregator aggregator, CountingListener sink) {
        long t = feed(aggregator, nanos("2024-01-02T00:00:00Z"), TRADES);
        long barsBefore = sink.bars;
        long before = threads.getCurrentThreadAllocatedBytes();
        feed(aggregator, t, TRADES);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(sink.bars - barsBefore).as("bars emitted while measuring").isGreaterThan(1_000);
        return allocated;
    }

    @Test
    void aggregatingTradesOnAUtcGridAllocatesNothing() {
        CountingListener sink = new CountingListener();
        BarAggregator seconds = new BarAggregator(BarAlignment.utc(TimeFrame.ONE_SECOND), sink);
        assertThat(allocatedWhileFeeding(seconds, sink)).isZero();
    }

    @Test
    void aggregatingTradesInAZoneBetweenItsTransitionsAllocatesNothing() {
        CountingListener sink = new CountingListener();
        BarAggregator seconds = new BarAggregator(
                BarAlignment.of(TimeFrame.ONE_SECOND, ZoneId.of("America/New_York"), Duration.ZERO), sink);
        assertThat(allocatedWhileFeeding(seconds, sink)).isZero();
    }

    @Test
    void aggregatingWithFlatBarsAndResamplingAllocatesNothing() {
        CountingListener sink = new CountingListener();
        BarResampler toMinutes = new BarResampler(BarAlignment.utc(TimeFrame.ONE_SECOND),
                BarAlignment.utc(TimeFrame.ONE_MINUTE), EmptyBarPolicy.FLAT, sink);
        BarAggregator seconds = new BarAggregator(BarAlignment.utc(TimeFrame.ONE_SECOND), EmptyBarPolicy.FLAT, toMinutes);
        long t = feed(seconds, nanos("2024-01-02T00:00:00Z"), TRADES);
        long minutesBefore = sink.bars;
        long before = threads.getCurrentThreadAllocatedBytes();
        feed(seconds, t, TRADES);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(allocated).isZero();
        assertThat(sink.bars - minutesBefore).isGreaterThan(100);
        seconds.flush();
        toMinutes.flush();
        assertThat(toMinutes.rejectedBars()).isZero();
        assertThat(sink.trades).isEqualTo(2L * TRADES);
    }
}
