package io.quantagent.bench.latency;

import io.quantagent.engine.config.BenchConfig;
import io.quantagent.engine.config.PipelineConfig;
import io.quantagent.engine.journal.RunCounts;
import io.quantagent.engine.pipeline.PipelineException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The latency benchmark: injects the same seeded ticks at a fixed rate into every configuration in turn (each
 * applicable topology and wait strategy on the ring, the same stages behind {@code ArrayBlockingQueue}s, and
 * empty pipelines of each shape), records tick, tick-to-signal, tick-to-order and per-stage latency from each
 * tick's intended send time, allocation and garbage collection during the measured part, and checks the counts
 * add up. Optionally searches for the highest rate whose p99 stays within a bound. One run at a time, each on
 * fresh threads and a fresh journal; before the first, one unreported run of the first configuration's warm-up
 * length compiles the shared code, so that the first configuration measured is not the one that pays for the JIT.
 */
public final class LatencyHarness {

    /** Most ticks a run may have (the tape and the send-time array are held in memory). */
    static final int MAX_TICKS = 50_000_000;
    private static final long START_DELAY_NANOS = 20_000_000;
    private static final long SETTLE_MILLIS = 200;

    private final HarnessSettings settings;
    private final PrintWriter progress;
    private TickTape tape;
    private long[] intended = new long[0];

    /**
     * A harness.
     *
     * @param settings what to run
     * @param progress where each configuration is announced as it starts (the terminal)
     */
    public LatencyHarness(HarnessSettings settings, PrintWriter progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Whether a ring configuration can run on this many cores, and if not, why (null when it can). */
    public static String skipReason(PipelineConfig.Topology topology, PipelineConfig.WaitStrategy wait, int cores) {
        int consumers = RunSpec.consumerThreads(topology);
        int spinning = switch (wait) {
            case BUSY_SPIN -> consumers;
            case BLOCKING -> consumers - 1;
            default -> 0;
        };
        if (spinning == 0 || spinning + 1 <= cores) {
            return null;
        }
        String why = wait == PipelineConfig.WaitStrategy.BUSY_SPIN
                ? spinning + " busy-spinning consumer threads"
                : spinning + " consumer threads that spin (Disruptor 4.0's blocking strategy blocks only on the ring's"
                        + " cursor; a handler chained after another spins while it waits for it)";
        return why + " plus the injector make " + (spinning + 1) + " threads that never give up a core, on "
                + cores + (cores == 1 ? " core" : " cores") + ": they starve each other and everything else";
    }

    /** The configurations to run, in order, and the ring configurations skipped with their reasons. */
    public Plan plan() {
        BenchConfig b = settings.bench();
        List<RunSpec> runs = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (PipelineConfig.Topology topology : b.topologies()) {
            for (PipelineConfig.WaitStrategy wait : b.waitStrategies()) {
                RunSpec ring = new RunSpec(RunSpec.Transport.RING, false, topology, wait);
                String reason = skipReason(topology, wait, settings.cores());
                if (reason != null) {
                    skipped.add(new Skipped(ring.name(), reason));
                    continue;
                }
                runs.add(ring);
                if (b.floor()) {
                    runs.add(new RunSpec(RunSpec.Transport.RING, true, topology, wait));
                }
            }
            if (b.baseline()) {
                runs.add(new RunSpec(RunSpec.Transport.QUEUE, false, topology, null));
                if (b.floor()) {
                    runs.add(new RunSpec(RunSpec.Transport.QUEUE, true, topology, null));
                }
            }
        }
        return new Plan(runs, skipped);
    }

    /** Runs every planned configuration (and the throughput search when asked) and reports. */
    public LatencyReport run() {
        long started = System.nanoTime();
        Machine machine = Machine.current(settings.cores());
        BenchConfig b = settings.bench();
        Plan plan = plan();
        int warmupTicks = ticks(b.rate(), b.warmup());
        int ticks = warmupTicks + ticks(b.rate(), b.duration());
        List<RunResult> results = new ArrayList<>();
        if (!plan.runs().isEmpty() && warmupTicks > 0) {
            RunSpec first = plan.runs().get(0);
            progress.printf(Locale.ROOT, "warming the JIT with %s, %,d ticks (not reported)%n", first.name(),
                    warmupTicks + 1);
            progress.flush();
            run(first, b.rate(), warmupTicks, warmupTicks + 1);
        }
        for (RunSpec spec : plan.runs()) {
            progress.printf(Locale.ROOT, "running %-32s %,d ticks at %,d/s (%s warm-up, %s measured)%n", spec.name(),
                    ticks, b.rate(), text(b.warmup()), text(b.duration()));
            progress.flush();
            results.add(run(spec, b.rate(), warmupTicks, ticks));
        }
        List<ThroughputSearch.Result> throughput = new ArrayList<>();
        if (settings.throughput()) {
            ThroughputSearch search = new ThroughputSearch(this, b.throughput(), progress);
            PipelineConfig pipeline = settings.config().pipeline();
            PipelineConfig.Topology topology = pipeline.effectiveTopology(settings.cores());
            PipelineConfig.WaitStrategy wait = pipeline.effectiveWaitStrategy(settings.cores(),
                    RunSpec.consumerThreads(topology));
            throughput.add(search.search(new RunSpec(RunSpec.Transport.RING, false, topology, wait)));
            if (b.baseline()) {
                throughput.add(search.search(new RunSpec(RunSpec.Transport.QUEUE, false, topology, null)));
            }
        }
        return new LatencyReport(machine, settings, results, plan.skipped(), throughput,
                checks(results, throughput), System.nanoTime() - started);
    }

    /** Ticks at {@code rate} a second over {@code span}. */
    static int ticks(int rate, Duration span) {
        long n = Math.round(rate * (span.toNanos() / 1e9));
        if (n > MAX_TICKS) {
            throw new IllegalArgumentException(n + " ticks (" + rate + "/s for " + text(span) + ") are more than the "
                    + MAX_TICKS + " a run may hold in memory: lower the rate or the duration");
        }
        return (int) n;
    }

    /** Runs one configuration for {@code ticks} ticks, the first {@code warmupTicks} unmeasured. */
    RunResult run(RunSpec spec, int rate, int warmupTicks, int ticks) {
        if (ticks <= warmupTicks) {
            throw new IllegalArgumentException("a run needs measured ticks: " + ticks + " ticks, " + warmupTicks
                    + " of them warm-up");
        }
        ensureCapacity(ticks);
        settle();
        LatencyProbe probe = new LatencyProbe(intended, warmupTicks);
        Path journal = settings.workDir().resolve("journals").resolve(spec.slug());
        deleteTree(journal);
        BenchTarget target = target(spec, probe, journal);
        BenchTarget.Outcome outcome;
        Injector injector = new Injector(tape, target.sink(), intended, ticks, warmupTicks, target.threads());
        ResourceMeter.Usage usage;
        try {
            Injector.schedule(intended, ticks, rate, START_DELAY_NANOS);
            Thread thread = new Thread(injector, "qa-bench-injector");
            thread.start();
            join(thread);
            if (injector.failure() != null) {
                throw new PipelineException(spec.name() + ": injection failed: " + injector.failure(),
                        injector.failure());
            }
            target.drain();
            usage = injector.meter().stop();
            outcome = target.finish();
        } catch (RuntimeException | Error e) {
            target.abort();
            deleteTree(journal);
            throw e;
        }
        deleteTree(journal);
        return new RunResult(spec, rate, injector.achievedRate(), ticks, probe.ticksReceived(), ticks - warmupTicks,
                probe.signals(), probe.ordersAccepted(), probe.orderTicks(), outcome.counts(), outcome.journalOrders(),
                outcome.fullWaits(), probe.tickLatency(), probe.signalLatency(), probe.orderLatency(),
                injector.sendLag(), probe.stageTimes(), usage,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private BenchTarget target(RunSpec spec, LatencyProbe probe, Path journal) {
        int instruments = tape.instruments().size();
        int ringSize = settings.config().pipeline().ringSize();
        if (spec.transport() == RunSpec.Transport.RING) {
            return spec.empty() ? BenchTarget.ringFloor(instruments, ringSize, probe, spec.topology(), spec.waitStrategy())
                    : BenchTarget.ring(settings.config(), tape.instruments(), journal, probe, spec.topology(),
                            spec.waitStrategy());
        }
        return spec.empty() ? BenchTarget.queueFloor(instruments, ringSize, probe, spec.topology())
                : BenchTarget.queue(settings.config(), tape.instruments(), journal, probe, spec.topology());
    }

    /** The tape and the send-time array hold at least {@code ticks} (a longer tape starts with the same ticks). */
    private void ensureCapacity(int ticks) {
        if (tape == null || tape.size() < ticks) {
            BenchConfig b = settings.bench();
            tape = TickTape.generate(ticks, b.instruments(), b.seed(), settings.config().bars().timeframe(),
                    b.ticksPerBar());
        }
        if (intended.length < ticks) {
            intended = new long[ticks];
        }
    }

    /** Collects the previous run's garbage and lets its threads go, outside any measurement. */
    private static void settle() {
        System.gc();
        try {
            Thread.sleep(SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The checks every run must pass, about counts only (never about time). */
    static List<Check> checks(List<RunResult> results, List<ThroughputSearch.Result> throughput) {
        List<Check> checks = new ArrayList<>();
        RunResult reference = null;
        for (RunResult r : results) {
            String name = r.spec().name();
            checks.add(new Check(name + ": ticks received = ticks sent", r.ticksReceived() == r.ticksSent(),
                    r.ticksReceived() + " of " + r.ticksSent()));
            checks.add(new Check(name + ": every measured tick has a latency", r.tick().getTotalCount()
                    == r.measuredTicks(), r.tick().getTotalCount() + " of " + r.measuredTicks()));
            RunCounts c = r.counts();
            if (c == null) {
                continue;
            }
            checks.add(new Check(name + ": orders counted = execution stage's counter = journal's ORDER records",
                    r.ordersCounted() == c.ordersAccepted() && c.ordersAccepted() == r.journalOrders(),
                    r.ordersCounted() + " / " + c.ordersAccepted() + " / " + r.journalOrders()));
            checks.add(new Check(name + ": decisions seen = aggregator's counter", r.signals() == c.decisions(),
                    r.signals() + " / " + c.decisions()));
            checks.add(new Check(name + ": no faults", c.faults() == 0, c.faults() + " faults"));
            checks.add(new Check(name + ": the agents traded", c.ordersAccepted() > 0,
                    c.ordersAccepted() + " orders, " + c.decisions() + " decisions"));
            if (reference == null) {
                reference = r;
            } else {
                RunCounts ref = reference.counts();
                checks.add(new Check(name + ": same decisions and orders as " + reference.spec().name(),
                        c.decisions() == ref.decisions() && c.ordersAccepted() == ref.ordersAccepted()
                                && c.fills() == ref.fills(),
                        c.decisions() + "/" + c.ordersAccepted() + "/" + c.fills() + " vs " + ref.decisions() + "/"
                                + ref.ordersAccepted() + "/" + ref.fills()));
            }
        }
        for (ThroughputSearch.Result t : throughput) {
            checks.add(new Check(t.spec().name() + ": throughput search ran", !t.steps().isEmpty(),
                    t.steps().size() + " steps"));
            for (ThroughputSearch.Step s : t.steps()) {
                checks.add(new Check(t.spec().name() + " at " + s.rate() + "/s: ticks received = ticks sent",
                        s.ticksReceived() == s.ticksSent(), s.ticksReceived() + " of " + s.ticksSent()));
            }
        }
        return checks;
    }

    static String text(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the run's journal " + dir, e);
        }
    }

    /**
     * What will run.
     *
     * @param runs the configurations, in order
     * @param skipped ring configurations left out, with the reason
     */
    public record Plan(List<RunSpec> runs, List<Skipped> skipped) {
    }

    /**
     * A configuration not run.
     *
     * @param name its name
     * @param reason why
     */
    public record Skipped(String name, String reason) {
    }

    /**
     * A check on a run's counts.
     *
     * @param name what is checked
     * @param ok whether it held
     * @param detail the figures
     */
    public record Check(String name, boolean ok, String detail) {
    }
}
