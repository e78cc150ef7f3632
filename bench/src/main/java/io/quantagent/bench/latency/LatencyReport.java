package io.quantagent.bench.latency;

import io.quantagent.engine.config.PipelineConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything one invocation of the harness measured.
 *
 * @param machine where it ran
 * @param settings what ran
 * @param runs each configuration's results, in the order they ran
 * @param skipped ring configurations not run, with the reason
 * @param throughput the throughput searches (empty unless asked for)
 * @param checks the count checks
 * @param elapsedNanos how long the whole benchmark took
 */
public record LatencyReport(Machine machine, HarnessSettings settings, List<RunResult> runs,
        List<LatencyHarness.Skipped> skipped, List<ThroughputSearch.Result> throughput,
        List<LatencyHarness.Check> checks, long elapsedNanos) {

    /** Whether every check held. */
    public boolean passed() {
        for (LatencyHarness.Check check : checks) {
            if (!check.ok()) {
                return false;
            }
        }
        return true;
    }

    /** Each full ring configuration next to the queue baseline of its topology and the floor of its shape. */
    public List<Comparison> comparisons() {
        List<Comparison> list = new ArrayList<>();
        for (RunResult ring : runs) {
            if (ring.spec().transport() != RunSpec.Transport.RING || ring.spec().empty()) {
                continue;
            }
            RunResult baseline = find(RunSpec.Transport.QUEUE, false, ring.spec().topology(), null);
            RunResult floor = find(RunSpec.Transport.RING, true, ring.spec().topology(), ring.spec().waitStrategy());
            Percentiles order = Percentiles.of(ring.order());
            Percentiles tick = Percentiles.of(ring.tick());
            Percentiles baseOrder = baseline == null ? null : Percentiles.of(baseline.order());
            Percentiles baseTick = baseline == null ? null : Percentiles.of(baseline.tick());
            Percentiles floorTick = floor == null ? null : Percentiles.of(floor.tick());
            list.add(new Comparison(ring.spec().name(), baseline == null ? null : baseline.spec().name(),
                    floor == null ? null : floor.spec().name(),
                    baseOrder == null ? Double.NaN : ratio(order.p50(), baseOrder.p50()),
                    baseOrder == null ? Double.NaN : ratio(order.p99(), baseOrder.p99()),
                    baseTick == null ? Double.NaN : ratio(tick.p50(), baseTick.p50()),
                    baseTick == null ? Double.NaN : ratio(tick.p99(), baseTick.p99()),
                    floorTick == null ? Double.NaN : ratio(tick.p50(), floorTick.p50()),
                    floorTick == null ? Double.NaN : ratio(tick.p99(), floorTick.p99())));
        }
        return list;
    }

    /**
     * For each ring configuration with a queue baseline of its topology: whether its p99 tick-to-order latency is
     * lower than the queue's, in this run. Every wait strategy gets its own line (picking the best of several would
     * favour the ring), with the number of samples: with a few hundred, a p99 is one of the few worst ticks.
     */
    public List<String> verdicts() {
        List<String> lines = new ArrayList<>();
        for (PipelineConfig.Topology topology : settings.bench().topologies()) {
            RunResult baseline = find(RunSpec.Transport.QUEUE, false, topology, null);
            if (baseline == null || baseline.order().getTotalCount() == 0) {
                continue;
            }
            long theirs = Percentiles.of(baseline.order()).p99();
            for (RunResult r : runs) {
                if (r.spec().transport() != RunSpec.Transport.RING || r.spec().empty()
                        || r.spec().topology() != topology || r.order().getTotalCount() == 0) {
                    continue;
                }
                long ours = Percentiles.of(r.order()).p99();
                long samples = Math.min(r.order().getTotalCount(), baseline.order().getTotalCount());
                lines.add(String.format(Locale.ROOT, "%s: p99 tick-to-order %s vs %s (%s), %,d samples: the ring is %s",
                        r.spec().name(), ReportText.micros(ours), ReportText.micros(theirs), baseline.spec().name(),
                        samples, ours < theirs ? String.format(Locale.ROOT, "%.2fx lower",
                                (double) theirs / Math.max(1, ours)) : "NOT lower"));
            }
        }
        return lines;
    }

    private RunResult find(RunSpec.Transport transport, boolean empty, PipelineConfig.Topology topology,
            PipelineConfig.WaitStrategy wait) {
        for (RunResult r : runs) {
            RunSpec s = r.spec();
            if (s.transport() == transport && s.empty() == empty && s.topology() == topology && s.waitStrategy() == wait) {
                return r;
            }
        }
        return null;
    }

    private static double ratio(long ours, long theirs) {
        return theirs == 0 ? Double.NaN : (double) ours / theirs;
    }

    /**
     * A ring configuration against its baseline and its floor (ours / theirs; below 1 means ours is faster).
     *
     * @param ring the ring configuration
     * @param baseline the queue baseline of the same topology (null when not run)
     * @param floor the empty ring of the same shape (null when not run)
     * @param orderP50VsBaseline tick-to-order p50, ours / baseline
     * @param orderP99VsBaseline tick-to-order p99, ours / baseline
     * @param tickP50VsBaseline tick latency p50, ours / baseline
     * @param tickP99VsBaseline tick latency p99, ours / baseline
     * @param tickP50VsFloor tick latency p50, ours / floor
     * @param tickP99VsFloor tick latency p99, ours / floor
     */
    public record Comparison(String ring, String baseline, String floor, double orderP50VsBaseline,
            double orderP99VsBaseline, double tickP50VsBaseline, double tickP99VsBaseline, double tickP50VsFloor,
            double tickP99VsFloor) {
    }
}
