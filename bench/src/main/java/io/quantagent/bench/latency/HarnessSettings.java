package io.quantagent.bench.latency;

import io.quantagent.engine.config.BenchConfig;
import io.quantagent.engine.config.EngineConfig;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How one invocation of the harness runs: the configuration (its {@code bench} section, with any command-line
 * overrides applied) and where files go.
 *
 * @param config the engine configuration the pipelines are built from
 * @param bench the harness settings in force
 * @param quick the CI mode: a few seconds in all, checking the machinery, asserting nothing about time
 * @param throughput whether to run the throughput search as well
 * @param workDir where the runs' journals are written (each deleted after its run is checked)
 * @param cores the cores the applicability of wait strategies is judged for
 */
public record HarnessSettings(EngineConfig config, BenchConfig bench, boolean quick, boolean throughput, Path workDir,
        int cores) {

    /** The quick mode's rate, ticks per second. */
    static final int QUICK_RATE = 20_000;
    /** The quick mode's ticks per bar: enough bars for the agents to warm up and trade within a second. */
    static final int QUICK_TICKS_PER_BAR = 40;
    /** The quick mode's warm-up and measured part. */
    static final Duration QUICK_SPAN = Duration.ofMillis(300);

    /**
     * The settings of a run.
     *
     * @param config the configuration, with its {@code bench} section
     * @param rate overrides {@code bench.rate} when not null
     * @param warmup overrides {@code bench.warmup} when not null
     * @param duration overrides {@code bench.duration} when not null
     * @param quick the CI mode: 20000 ticks/s (unless {@code rate} is given), 0.3 s warm-up and 0.3 s measured
     *     (unless given), 40 ticks a bar, and a throughput search of two short steps
     * @param throughput also run the throughput search
     * @param workDir where the runs' journals go
     */
    public static HarnessSettings of(EngineConfig config, Integer rate, Duration warmup, Duration duration, boolean quick,
            boolean throughput, Path workDir) {
        BenchConfig b = config.bench();
        BenchConfig.Throughput t = b.throughput();
        if (quick) {
            t = new BenchConfig.Throughput(t.startRate(), (int) Math.min(10_000_000, Math.ceil(t.startRate()
                    * t.stepFactor())), t.stepFactor(), t.p99Bound(), Duration.ofMillis(200), Duration.ofMillis(300));
            b = new BenchConfig(QUICK_RATE, QUICK_SPAN, QUICK_SPAN,
                    Math.min(b.ticksPerBar(), QUICK_TICKS_PER_BAR), b.instruments(), b.seed(), b.topologies(),
                    b.waitStrategies(), b.baseline(), b.floor(), t);
        }
        b = new BenchConfig(rate != null ? rate : b.rate(), warmup != null ? warmup : b.warmup(),
                duration != null ? duration : b.duration(), b.ticksPerBar(), b.instruments(), b.seed(), b.topologies(),
                b.waitStrategies(), b.baseline(), b.floor(), t);
        return new HarnessSettings(config.withBench(b), b, quick, throughput, workDir,
                Runtime.getRuntime().availableProcessors());
    }
}
