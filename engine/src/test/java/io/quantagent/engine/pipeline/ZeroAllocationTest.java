package io.quantagent.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.PipelineConfig;
import io.quantagent.engine.data.Scales;
import io.quantagent.engine.feed.FeedSink;
import io.quantagent.engine.feed.Instrument;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No garbage per tick: once warm, a steady stream of trades that close no bar (all inside one hour-long bar)
 * allocates not one byte on any pipeline thread (the journal stage included) nor on the producer, by the JVM's
 * per-thread allocation counters.
 *
 * <p>The JVM itself can allocate a few hundred bytes on a thread once, when it recompiles the code that thread
 * is running (seen when the consumer's Disruptor loop moves to another compiled version, which depends on what
 * ran earlier in the same JVM). So the test measures up to three windows of 200,000 ticks one after another and
 * requires one of them to be exactly zero on every thread; garbage per tick would show in every window.
 */
class ZeroAllocationTest {

    private static final long T0 = 1_704_067_200_000_000_000L; // 2024-01-01T00:00:00Z, a bar boundary
    private static final long SPACING = 3_000_000L; // 3 ms: the 1.1 million ticks fit in the hour
    private static final int WARM_UP = 400_000;
    private static final int WINDOW = 200_000;
    private static final int MAX_WINDOWS = 3;

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    @Test
    void ticksThatCloseNoBarAllocateNothingOnAnyPipelineThread() {
        EngineConfig config = TestRuns.config(Duration.ofHours(1), PipelineConfig.Topology.SEQUENTIAL,
                PipelineConfig.WaitStrategy.YIELDING, 1024);
        Engine engine = Engine.start(config, List.of(new Instrument(0, "BTC/USD", Scales.DEFAULT)),
                dir.resolve("journal"), RunOptions.defaults());
        FeedSink sink = engine.sink();
        List<Thread> pipelineThreads = engine.pipeline().threads();
        assertThat(pipelineThreads).hasSize(1);

        publish(sink, 0, WARM_UP);
        engine.pipeline().drain();
        List<String> windows = new ArrayList<>();
        int published = WARM_UP;
        boolean clean = false;
        for (int w = 0; w < MAX_WINDOWS && !clean; w++) {
            long[] before = allocated(pipelineThreads);
            long producerBefore = threads.getCurrentThreadAllocatedBytes();
            publish(sink, published, WINDOW);
            long producer = threads.getCurrentThreadAllocatedBytes() - producerBefore;
            engine.pipeline().drain();
            long[] after = allocated(pipelineThreads);
            published += WINDOW;
            long pipeline = 0;
            for (int i = 0; i < before.length; i++) {
                pipeline += after[i] - before[i];
            }
            windows.add("window " + w + ": pipeline threads " + pipeline + " bytes, producer " + producer + " bytes");
            clean = pipeline == 0 && producer == 0;
        }

        assertThat(clean).as("a window of %d ticks without a byte allocated; measured: %s", WINDOW, windows).isTrue();
        RunSummary summary = engine.finish();
        assertThat(summary.eventsIn()).isEqualTo(published + 1);
        assertThat(summary.bars()).as("only the flush at the end closes the bar").isEqualTo(1);
    }

    private static void publish(FeedSink sink, int from, int count) {
        for (int i = from; i < from + count; i++) {
            sink.trade(0, T0 + i * SPACING, (50_000L + i % 21 - 10) * 100_000_000L, 1_000_000L);
        }
    }

    private long[] allocated(List<Thread> list) {
        long[] bytes = new long[list.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = threads.getThreadAllocatedBytes(list.get(i).threadId());
        }
        return bytes;
    }
}
