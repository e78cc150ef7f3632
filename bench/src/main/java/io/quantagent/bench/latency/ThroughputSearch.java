package io.quantagent.bench.latency;

import io.quantagent.engine.config.BenchConfig;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput mode: runs one configuration at rising rates (from {@code startRate}, times {@code stepFactor} a
 * step, up to {@code maxRate}) until a step fails, and reports the highest rate that held. A rate holds when the
 * p99 tick latency (from the intended send times) stays within the bound and the injector actually sent at
 * least 95 % of the rate.
 */
final class ThroughputSearch {

    /** The share of the intended rate the injector must achieve for a step to hold. */
    static final double MIN_ACHIEVED = 0.95;

    private final LatencyHarness harness;
    private final BenchConfig.Throughput settings;
    private final PrintWriter progress;

    ThroughputSearch(LatencyHarness harness, BenchConfig.Throughput settings, PrintWriter progress) {
        this.harness = harness;
        this.settings = settings;
        this.progress = progress;
    }

    /** Searches the highest rate one configuration holds. */
    Result search(RunSpec spec) {
        long bound = settings.p99Bound().toNanos();
        List<Step> steps = new ArrayList<>();
        int highest = 0;
        int rate = settings.startRate();
        while (true) {
            int warmupTicks = LatencyHarness.ticks(rate, settings.stepWarmup());
            int ticks = warmupTicks + Math.max(1, LatencyHarness.ticks(rate, settings.stepDuration()));
            progress.printf(Locale.ROOT, "throughput %-29s %,d ticks at %,d/s%n", spec.name(), ticks, rate);
            progress.flush();
            RunResult r = harness.run(spec, rate, warmupTicks, ticks);
            Percentiles tick = Percentiles.of(r.tick());
            boolean withinBound = tick.p99() <= bound;
            boolean kept = r.achievedRate() >= MIN_ACHIEVED * rate;
            String why = withinBound && kept ? "held"
                    : !withinBound ? "p99 " + tick.p99() + " ns above the bound of " + bound + " ns"
                    : String.format(Locale.ROOT, "the injector achieved only %.0f/s", r.achievedRate());
            steps.add(new Step(rate, r.achievedRate(), r.ticksSent(), r.ticksReceived(), tick,
                    Percentiles.of(r.order()), withinBound && kept, why));
            if (!(withinBound && kept)) {
                break;
            }
            highest = rate;
            if (rate >= settings.maxRate()) {
                break;
            }
            rate = (int) Math.min(settings.maxRate(), Math.ceil(rate * settings.stepFactor()));
        }
        return new Result(spec, settings.p99Bound(), steps, highest);
    }

    /**
     * One rate tried.
     *
     * @param rate intended ticks per second
     * @param achievedRate ticks actually sent per second
     * @param ticksSent ticks sent, warm-up included
     * @param ticksReceived ticks the last stage handled
     * @param tick tick latency
     * @param order tick-to-order latency
     * @param held whether the rate held
     * @param why "held", or what failed
     */
    record Step(int rate, double achievedRate, long ticksSent, long ticksReceived, Percentiles tick, Percentiles order,
            boolean held, String why) {
    }

    /**
     * A configuration's search.
     *
     * @param spec the configuration
     * @param bound the p99 bound
     * @param steps every rate tried, in order
     * @param highestHeld the highest rate that held (0 when even the first failed)
     */
    record Result(RunSpec spec, Duration bound, List<Step> steps, int highestHeld) {
    }
}
