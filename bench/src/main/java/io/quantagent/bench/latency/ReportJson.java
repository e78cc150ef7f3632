package io.quantagent.bench.latency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quantagent.engine.config.BenchConfig;
import io.quantagent.engine.journal.RunCounts;
import io.quantagent.engine.pipeline.StageId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** The report as one JSON document (latencies in nanoseconds). */
public final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    /** Writes the report to {@code file} (its folder is created). */
    public static void write(LatencyReport report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JSON.writeValue(file.toFile(), tree(report));
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(LatencyReport report) {
        ObjectNode root = JSON.createObjectNode();
        Machine m = report.machine();
        ObjectNode machine = root.putObject("machine");
        machine.put("cores", m.cores()).put("cpu", m.cpu()).put("memoryGiB", m.memoryGiB()).put("os", m.os())
                .put("jvm", m.jvm()).put("maxHeapMiB", m.maxHeapMiB());
        number(machine, "loadAverageAtStart", m.loadAverage());
        ArrayNode gcs = machine.putArray("collectors");
        m.collectors().forEach(gcs::add);

        HarnessSettings s = report.settings();
        BenchConfig b = s.bench();
        ObjectNode settings = root.putObject("settings");
        settings.put("rate", b.rate()).put("warmupMillis", b.warmup().toMillis())
                .put("durationMillis", b.duration().toMillis()).put("ticksPerBar", b.ticksPerBar())
                .put("barTimeframeMillis", s.config().bars().timeframe().toMillis())
                .put("instruments", b.instruments()).put("seed", b.seed())
                .put("ringSize", s.config().pipeline().ringSize()).put("quick", s.quick())
                .put("throughput", s.throughput()).put("cores", s.cores());

        ArrayNode skipped = root.putArray("skipped");
        for (LatencyHarness.Skipped k : report.skipped()) {
            skipped.addObject().put("name", k.name()).put("reason", k.reason());
        }
        ArrayNode runs = root.putArray("runs");
        for (RunResult r : report.runs()) {
            run(runs.addObject(), r);
        }
        ArrayNode comparisons = root.putArray("comparisons");
        for (LatencyReport.Comparison c : report.comparisons()) {
            ObjectNode n = comparisons.addObject();
            n.put("ring", c.ring()).put("baseline", c.baseline()).put("floor", c.floor());
            number(n, "orderP50VsBaseline", c.orderP50VsBaseline());
            number(n, "orderP99VsBaseline", c.orderP99VsBaseline());
            number(n, "tickP50VsBaseline", c.tickP50VsBaseline());
            number(n, "tickP99VsBaseline", c.tickP99VsBaseline());
            number(n, "tickP50VsFloor", c.tickP50VsFloor());
            number(n, "tickP99VsFloor", c.tickP99VsFloor());
        }
        ArrayNode verdicts = root.putArray("verdicts");
        report.verdicts().forEach(verdicts::add);
        ArrayNode throughput = root.putArray("throughput");
        for (ThroughputSearch.Result t : report.throughput()) {
            ObjectNode n = throughput.addObject();
            n.put("name", t.spec().name()).put("p99BoundNanos", t.bound().toNanos()).put("highestHeld", t.highestHeld());
            ArrayNode steps = n.putArray("steps");
            for (ThroughputSearch.Step st : t.steps()) {
                ObjectNode step = steps.addObject();
                step.put("rate", st.rate()).put("achievedRate", Math.round(st.achievedRate()))
                        .put("ticksSent", st.ticksSent()).put("ticksReceived", st.ticksReceived())
                        .put("held", st.held()).put("why", st.why());
                percentiles(step.putObject("tick"), st.tick());
                percentiles(step.putObject("order"), st.order());
            }
        }
        ArrayNode checks = root.putArray("checks");
        for (LatencyHarness.Check c : report.checks()) {
            checks.addObject().put("name", c.name()).put("ok", c.ok()).put("detail", c.detail());
        }
        root.put("passed", report.passed());
        root.put("elapsedSeconds", Math.round(report.elapsedNanos() / 1e7) / 100.0);
        return root;
    }

    private static void run(ObjectNode n, RunResult r) {
        RunSpec spec = r.spec();
        n.put("name", spec.name()).put("transport", spec.transport().name().toLowerCase(Locale.ROOT))
                .put("empty", spec.empty()).put("topology", spec.topology().key())
                .put("waitStrategy", spec.waitStrategy() == null ? null : spec.waitStrategy().key());
        n.put("rate", r.rate()).put("achievedRate", Math.round(r.achievedRate()));
        n.put("ticksSent", r.ticksSent()).put("ticksReceived", r.ticksReceived())
                .put("measuredTicks", r.measuredTicks()).put("signals", r.signals())
                .put("ordersCounted", r.ordersCounted()).put("orderTicks", r.orderTicks())
                .put("journalOrders", r.journalOrders()).put("fullWaits", r.fullWaits());
        RunCounts c = r.counts();
        if (c == null) {
            n.putNull("stageCounters");
        } else {
            n.putObject("stageCounters").put("inputs", c.inputs()).put("bars", c.bars())
                    .put("decisions", c.decisions()).put("ordersAccepted", c.ordersAccepted())
                    .put("ordersRejected", c.ordersRejected()).put("fills", c.fills()).put("cancels", c.cancels())
                    .put("faults", c.faults());
        }
        ObjectNode latency = n.putObject("latency");
        percentiles(latency.putObject("tick"), Percentiles.of(r.tick()));
        percentiles(latency.putObject("tickToSignal"), Percentiles.of(r.signal()));
        percentiles(latency.putObject("tickToOrder"), Percentiles.of(r.order()));
        percentiles(latency.putObject("sendLag"), Percentiles.of(r.sendLag()));
        ObjectNode stages = n.putObject("stages");
        for (Map.Entry<StageId, Histogram> e : r.stages().entrySet()) {
            percentiles(stages.putObject(e.getKey().name().toLowerCase(Locale.ROOT)), Percentiles.of(e.getValue()));
        }
        number(n, "loadAverage", r.loadAverage());
        ObjectNode resources = n.putObject("resources");
        resources.put("threads", r.usage().threads()).put("allocatedBytes", r.usage().allocatedBytes());
        number(resources, "allocatedBytesPerTick", r.allocatedBytesPerTick());
        resources.put("gcPauses", r.usage().pauseCount()).put("gcPauseMillis", r.usage().pauseMillis());
        ArrayNode collectors = resources.putArray("collectors");
        for (ResourceMeter.Collector gc : r.usage().collectors()) {
            collectors.addObject().put("name", gc.name()).put("count", gc.count()).put("millis", gc.millis())
                    .put("pauses", gc.pauses());
        }
    }

    private static void percentiles(ObjectNode n, Percentiles p) {
        n.put("count", p.count()).put("p50", p.p50()).put("p90", p.p90()).put("p99", p.p99())
                .put("p99_9", p.p999()).put("p99_99", p.p9999()).put("max", p.max())
                .put("mean", Math.round(p.mean()));
    }

    private static void number(ObjectNode n, String key, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            n.putNull(key);
        } else {
            n.put(key, Math.round(value * 1000) / 1000.0);
        }
    }
}
