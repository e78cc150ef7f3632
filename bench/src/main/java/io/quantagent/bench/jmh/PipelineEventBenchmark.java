package io.quantagent.bench.jmh;

import io.quantagent.engine.config.ConfigLoader;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.feed.Instrument;
import io.quantagent.engine.feed.SyntheticFeed;
import io.quantagent.engine.pipeline.EventInputs;
import io.quantagent.engine.pipeline.MarketEvent;
import io.quantagent.engine.pipeline.StageRunner;
import io.quantagent.engine.pipeline.StageSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One event through the whole pipeline: a tick run through the eight stages (bars, the four agents, fusion,
 * execution with the paper broker, the journal) on one thread, as the sequential topology's consumer runs them,
 * without the ring hop (the latency harness measures that). The stages are built from {@code configs/bench.yaml}
 * (1-second bars, trading mode, limits out of reach); ticks are the synthetic random walk with event times
 * {@code 1 s / ticksPerBar} apart, so one tick in {@code ticksPerBar} closes a bar and runs the agents:
 * {@code 500} gives the average tick, {@code 2} makes every other tick a bar close. A fresh journal per
 * iteration, deleted after it. Run with {@code -prof gc} for bytes per event.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PipelineEventBenchmark {

    private static final long START = 1_704_067_200_000_000_000L;
    private static final long UNIT = 100_000_000L;

    /** Ticks per 1-second bar: one tick in this many closes a bar and runs the four agents. */
    @Param({"500", "2"})
    public int ticksPerBar;

    private EngineConfig config;
    private List<Instrument> instruments;
    private Path dir;
    private StageSet set;
    private StageRunner runner;
    private final MarketEvent event = new MarketEvent();
    private final SplittableRandom random = new SplittableRandom(42);
    private long interval;
    private long sequence;
    private long time = START;
    private long price = 100 * UNIT;

    @Setup(Level.Trial)
    public void loadConfig() {
        String home = System.getProperty("quantagent.home", ".");
        config = ConfigLoader.load(Path.of(home, "configs", "bench.yaml")).config();
        instruments = SyntheticFeed.of(1, 0, 42).instruments();
        interval = config.bars().timeframe().toNanos() / ticksPerBar;
    }

    @Setup(Level.Iteration)
    public void openStages() throws IOException {
        dir = Files.createTempDirectory("qa-jmh-pipeline");
        set = StageSet.open(config, instruments, dir.resolve("journal"));
        runner = StageRunner.of(set.stages().all(), instruments.size());
        runner.start();
    }

    @TearDown(Level.Iteration)
    public void closeStages() throws IOException {
        runner.shutdown();
        set.abort();
        if (runner.faults() != 0) {
            throw new IllegalStateException(runner.faults() + " stage faults");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** One tick through every stage; returns the orders accepted so far. */
    @Benchmark
    public long oneTick() {
        long span = Math.max(1, price / 10_000 * 5);
        price = Math.max(UNIT, price + random.nextLong(-span, span + 1));
        EventInputs.trade(event, sequence++, 0, time, price, random.nextLong(1, 101) * 1_000_000L);
        time += interval;
        runner.onEvent(event, true);
        return set.execution().ordersAccepted();
    }
}
