package io.quantagent.bench.latency;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.config.BenchConfig;
import io.quantagent.engine.config.ConfigLoader;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.PipelineConfig.Topology;
import io.quantagent.engine.config.PipelineConfig.WaitStrategy;
import io.quantagent.engine.journal.RunCounts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's plan, its count checks, and a small real run of the ring next to the queue baseline. */
class LatencyHarnessTest {

    /** Tests run in the bench module's folder; the shipped configurations are at the repository root. */
    private static final Path BENCH_YAML = Path.of("..", "configs", "bench.yaml");

    @TempDir
    Path dir;

    @Test
    void busySpinRunsOnlyWhereEverySpinningThreadAndTheInjectorHaveACore() {
        assertThat(LatencyHarness.skipReason(Topology.SEQUENTIAL, WaitStrategy.BUSY_SPIN, 2)).isNull();
        assertThat(LatencyHarness.skipReason(Topology.SEQUENTIAL, WaitStrategy.BUSY_SPIN, 1)).contains("2 threads");
        assertThat(LatencyHarness.skipReason(Topology.PARALLEL, WaitStrategy.BUSY_SPIN, 2))
                .contains("8 busy-spinning consumer threads", "9 threads", "2 cores");
        assertThat(LatencyHarness.skipReason(Topology.PARALLEL, WaitStrategy.BUSY_SPIN, 9)).isNull();
    }

    @Test
    void parallelBlockingCountsTheChainedHandlersThatSpin() {
        assertThat(LatencyHarness.skipReason(Topology.PARALLEL, WaitStrategy.BLOCKING, 2))
                .contains("7 consumer threads that spin");
        assertThat(LatencyHarness.skipReason(Topology.SEQUENTIAL, WaitStrategy.BLOCKING, 1)).isNull();
        assertThat(LatencyHarness.skipReason(Topology.PARALLEL, WaitStrategy.YIELDING, 2)).isNull();
        assertThat(LatencyHarness.skipReason(Topology.PARALLEL, WaitStrategy.SLEEPING, 2)).isNull();
    }

    @Test
    void planOnTwoCoresRunsEachFittingRingWithItsFloorThenTheQueuesAndNamesWhatItSkips() {
        LatencyHarness harness = new LatencyHarness(settings(bench(List.of(Topology.SEQUENTIAL, Topology.PARALLEL),
                List.of(WaitStrategy.BLOCKING, WaitStrategy.YIELDING, WaitStrategy.BUSY_SPIN)), 2), quiet());

        LatencyHarness.Plan plan = harness.plan();

        assertThat(plan.runs()).extracting(RunSpec::name).containsExactly(
                "ring sequential blocking", "ring floor sequential blocking",
                "ring sequential yielding", "ring floor sequential yielding",
                "ring sequential busy-spin", "ring floor sequential busy-spin",
                "queue sequential", "queue floor sequential",
                "ring parallel yielding", "ring floor parallel yielding",
                "queue parallel", "queue floor parallel");
        assertThat(plan.skipped()).extracting(LatencyHarness.Skipped::name)
                .containsExactly("ring parallel blocking", "ring parallel busy-spin");
        assertThat(plan.skipped()).allSatisfy(s -> assertThat(s.reason()).contains("2 cores"));
    }

    @Test
    void ringAndQueueOnTheSameTicksReceiveEveryTickAndMakeTheSameOrdersAsTheirJournals() {
        BenchConfig b = bench(List.of(Topology.SEQUENTIAL), List.of(WaitStrategy.BLOCKING));
        b = new BenchConfig(20_000, Duration.ofMillis(300), Duration.ofMillis(300), 40, 2, 7, b.topologies(),
                b.waitStrategies(), true, false, b.throughput());
        StringWriter progress = new StringWriter();

        LatencyReport report = new LatencyHarness(settings(b, 2), new PrintWriter(progress)).run();

        assertThat(report.runs()).extracting(r -> r.spec().name())
                .containsExactly("ring sequential blocking", "queue sequential");
        for (RunResult r : report.runs()) {
            assertThat(r.ticksReceived()).isEqualTo(r.ticksSent()).isEqualTo(12_000);
            assertThat(r.tick().getTotalCount()).isEqualTo(r.measuredTicks()).isEqualTo(6_000);
            assertThat(r.counts().ordersAccepted()).isPositive().isEqualTo(r.ordersCounted())
                    .isEqualTo(r.journalOrders());
            assertThat(r.order().getTotalCount()).isPositive();
            assertThat(r.signal().getTotalCount()).isPositive();
            assertThat(r.stages()).hasSize(8);
        }
        RunCounts ring = report.runs().get(0).counts();
        RunCounts queue = report.runs().get(1).counts();
        assertThat(queue).isEqualTo(ring);
        assertThat(report.passed()).isTrue();
        assertThat(progress.toString()).contains("warming the JIT", "running ring sequential blocking");
    }

    @Test
    void aRunThatLostTicksOrOrdersFailsItsChecks() {
        RunSpec spec = new RunSpec(RunSpec.Transport.QUEUE, false, Topology.SEQUENTIAL, null);
        RunCounts counts = new RunCounts(101, 10, 10, 6, 0, 2, 0, 0, 0);
        RunResult lost = new RunResult(spec, 1000, 1000, 100, 99, 50, 10, 5, 2, counts, 6, 0,
                LatencyProbe.histogram(), LatencyProbe.histogram(), LatencyProbe.histogram(), LatencyProbe.histogram(),
                Map.of(), new ResourceMeter.Usage(0, 1, List.of()), 0.5);

        List<LatencyHarness.Check> checks = LatencyHarness.checks(List.of(lost), List.of());

        assertThat(checks).filteredOn(c -> !c.ok()).extracting(LatencyHarness.Check::name).containsExactly(
                "queue sequential: ticks received = ticks sent",
                "queue sequential: every measured tick has a latency",
                "queue sequential: orders counted = execution stage's counter = journal's ORDER records");
    }

    private HarnessSettings settings(BenchConfig bench, int cores) {
        EngineConfig config = ConfigLoader.load(BENCH_YAML).config().withBench(bench);
        return new HarnessSettings(config, bench, false, false, dir, cores);
    }

    private static BenchConfig bench(List<Topology> topologies, List<WaitStrategy> waits) {
        BenchConfig d = BenchConfig.defaults();
        return new BenchConfig(d.rate(), d.warmup(), d.duration(), d.ticksPerBar(), d.instruments(), d.seed(),
                topologies, waits, true, true, d.throughput());
    }

    private static PrintWriter quiet() {
        return new PrintWriter(new StringWriter());
    }
}
