package io.quantagent.engine.config;

import java.time.Duration;
import java.util.List;

/**
 * The latency harness, {@code quantagent bench latency} (section {@code bench}). Ticks are the synthetic feed's
 * seeded random walk; their event times are spaced so that a bar of {@code bars.timeframe} closes every
 * {@code ticksPerBar} ticks, whatever the injection rate.
 *
 * @param rate ticks injected per second of wall time, 1000 to 10000000; default 50000
 * @param warmup injection before measuring (JIT, caches, the agents' windows), 0s to 10m; default 3s
 * @param duration the measured part, 100ms to 1h; default 8s
 * @param ticksPerBar ticks per bar of event time, 2 to 1000000; default 100
 * @param instruments instruments the ticks go round, 1 to 64; default 1
 * @param seed the synthetic feed's seed; default 42
 * @param topologies the topologies to measure ({@code sequential}, {@code parallel}); default both
 * @param waitStrategies the wait strategies to measure with each topology (those that do not fit the machine's
 *     cores are skipped, and the report says why); default all four
 * @param baseline also run the same stages connected by {@code ArrayBlockingQueue}s; default true
 * @param floor also run an empty pipeline of each shape (what the transport costs with no work); default true
 * @param throughput the throughput search ({@code --throughput})
 */
public record BenchConfig(
        int rate,
        Duration warmup,
        Duration duration,
        int ticksPerBar,
        int instruments,
        long seed,
        List<PipelineConfig.Topology> topologies,
        List<PipelineConfig.WaitStrategy> waitStrategies,
        boolean baseline,
        boolean floor,
        Throughput throughput) {

    private static final BenchConfig DEFAULTS = new BenchConfig(50_000, Duration.ofSeconds(3), Duration.ofSeconds(8),
            100, 1, 42, List.of(PipelineConfig.Topology.SEQUENTIAL, PipelineConfig.Topology.PARALLEL),
            List.of(PipelineConfig.WaitStrategy.BLOCKING, PipelineConfig.WaitStrategy.SLEEPING,
                    PipelineConfig.WaitStrategy.YIELDING, PipelineConfig.WaitStrategy.BUSY_SPIN),
            true, true, Throughput.defaults());

    public BenchConfig {
        Checks checks = new Checks()
                .between("rate", rate, 1_000, 10_000_000)
                .between("warmup", warmup, Duration.ZERO, Duration.ofMinutes(10))
                .between("duration", duration, Duration.ofMillis(100), Duration.ofHours(1))
                .between("ticksPerBar", ticksPerBar, 2, 1_000_000)
                .between("instruments", instruments, 1, 64);
        if (checks.present("topologies", topologies)) {
            checks.require(!topologies.isEmpty(), "topologies", "needs at least one of sequential, parallel");
            for (int i = 0; i < topologies.size(); i++) {
                if (checks.present("topologies[" + i + "]", topologies.get(i))) {
                    checks.require(topologies.get(i) != PipelineConfig.Topology.AUTO, "topologies[" + i + "]",
                            "must be sequential or parallel: the harness measures each topology by name");
                }
            }
        }
        if (checks.present("waitStrategies", waitStrategies)) {
            checks.require(!waitStrategies.isEmpty(), "waitStrategies",
                    "needs at least one of blocking, sleeping, yielding, busy-spin");
            for (int i = 0; i < waitStrategies.size(); i++) {
                if (checks.present("waitStrategies[" + i + "]", waitStrategies.get(i))) {
                    checks.require(waitStrategies.get(i) != PipelineConfig.WaitStrategy.AUTO, "waitStrategies[" + i + "]",
                            "must be blocking, sleeping, yielding or busy-spin: the harness measures each by name");
                }
            }
        }
        checks.present("throughput", throughput);
        checks.done();
        topologies = List.copyOf(topologies);
        waitStrategies = List.copyOf(waitStrategies);
    }

    /** 50000 ticks/s, 3 s warm-up, 8 s measured, 100 ticks a bar, one instrument, every configuration. */
    public static BenchConfig defaults() {
        return DEFAULTS;
    }

    /**
     * The throughput search (section {@code bench.throughput}): the rate starts at {@code startRate} and is
     * multiplied by {@code stepFactor} after every step whose p99 latency stayed within {@code p99Bound}, up to
     * {@code maxRate}.
     *
     * @param startRate the first rate, ticks per second, 1000 to 10000000; default 10000
     * @param maxRate the last rate tried, at least {@code startRate}, at most 10000000; default 1000000
     * @param stepFactor how much each step raises the rate, 1.1 to 10; default 2
     * @param p99Bound the p99 tick latency a rate must stay within to hold, 1us to 10s; default 5ms
     * @param stepWarmup injection before each step's measurement, 0s to 1m; default 1s
     * @param stepDuration each step's measured part, 100ms to 10m; default 3s
     */
    public record Throughput(int startRate, int maxRate, double stepFactor, Duration p99Bound, Duration stepWarmup,
            Duration stepDuration) {

        private static final Throughput DEFAULTS = new Throughput(10_000, 1_000_000, 2.0, Duration.ofMillis(5),
                Duration.ofSeconds(1), Duration.ofSeconds(3));

        public Throughput {
            Checks checks = new Checks()
                    .between("startRate", startRate, 1_000, 10_000_000)
                    .between("maxRate", maxRate, 1_000, 10_000_000)
                    .between("stepFactor", stepFactor, 1.1, 10)
                    .between("p99Bound", p99Bound, Duration.ofNanos(1_000), Duration.ofSeconds(10))
                    .between("stepWarmup", stepWarmup, Duration.ZERO, Duration.ofMinutes(1))
                    .between("stepDuration", stepDuration, Duration.ofMillis(100), Duration.ofMinutes(10));
            checks.require(maxRate >= startRate, "maxRate", "must be at least startRate (" + startRate + "), was "
                    + maxRate);
            checks.done();
        }

        /** From 10000 ticks/s, doubling up to 1000000, while p99 stays within 5 ms; 1 s warm-up, 3 s a step. */
        public static Throughput defaults() {
            return DEFAULTS;
        }
    }
}
