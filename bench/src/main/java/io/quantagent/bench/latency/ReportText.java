package io.quantagent.bench.latency;

import io.quantagent.engine.config.BenchConfig;
import io.quantagent.engine.pipeline.StageId;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.HdrHistogram.Histogram;

/** The report as tables for the terminal. */
public final class ReportText {

    private static final String ROW = "%-32s %9s %8s %8s %8s %8s %8s %8s%n";

    private ReportText() {
    }

    /** Prints the whole report. */
    public static void print(LatencyReport report, PrintWriter out) {
        Machine m = report.machine();
        BenchConfig b = report.settings().bench();
        out.printf(Locale.ROOT, "machine: %d cores, %s, %d GiB; %s; %s; load average %.2f at the start%n",
                m.cores(), m.cpu(), m.memoryGiB(), m.jvm(), String.join(" + ", m.collectors()), m.loadAverage());
        long spacing = report.settings().config().bars().timeframe().toNanos() / b.ticksPerBar();
        out.printf(Locale.ROOT, "ticks:   %,d/s for %s after %s of warm-up%s; %s bars of %d ticks (%s of event time"
                + " apart), %d instrument%s, seed %d; ring and queues of %,d slots%n", b.rate(),
                LatencyHarness.text(b.duration()), LatencyHarness.text(b.warmup()),
                report.settings().quick() ? " (quick mode)" : "",
                LatencyHarness.text(report.settings().config().bars().timeframe()), b.ticksPerBar(), nanos(spacing),
                b.instruments(), b.instruments() == 1 ? "" : "s", b.seed(),
                report.settings().config().pipeline().ringSize());
        for (LatencyHarness.Skipped s : report.skipped()) {
            out.printf(Locale.ROOT, "skipped: %s: %s%n", s.name(), s.reason());
        }
        section(out, "tick-to-order (ticks on which orders were accepted; from the intended send time)", report,
                RunResult::order, false);
        section(out, "tick-to-signal (bar-closing ticks, to the aggregator's decision)", report, RunResult::signal,
                false);
        section(out, "tick, whole pipeline (every measured tick, to the end of the journal stage)", report,
                RunResult::tick, true);
        stages(out, report);
        resources(out, report);
        comparisons(out, report);
        throughput(out, report);
        for (String verdict : report.verdicts()) {
            out.println("verdict: " + verdict);
        }
        long failed = report.checks().stream().filter(c -> !c.ok()).count();
        for (LatencyHarness.Check c : report.checks()) {
            if (!c.ok()) {
                out.printf(Locale.ROOT, "CHECK FAILED: %s (%s)%n", c.name(), c.detail());
            }
        }
        out.printf(Locale.ROOT, "checks: %d passed, %d failed; %.1f s in all%n", report.checks().size() - failed,
                failed, report.elapsedNanos() / 1e9);
        out.flush();
    }

    private static void section(PrintWriter out, String title, LatencyReport report,
            Function<RunResult, Histogram> which, boolean withRate) {
        out.println();
        out.println(title + ", microseconds");
        out.printf(Locale.ROOT, ROW + "", "configuration", "count", "p50", "p90", "p99", "p99.9", "p99.99", "max");
        for (RunResult r : report.runs()) {
            Histogram h = which.apply(r);
            if (h.getTotalCount() == 0 && !withRate) {
                continue;
            }
            Percentiles p = Percentiles.of(h);
            out.printf(Locale.ROOT, ROW.replace("%n", "") + "%s%n", r.spec().name(), String.format(Locale.ROOT, "%,d",
                    p.count()), micros(p.p50()), micros(p.p90()), micros(p.p99()), micros(p.p999()),
                    micros(p.p9999()), micros(p.max()), withRate ? String.format(Locale.ROOT, "  %,.0f/s achieved",
                            r.achievedRate()) : "");
        }
    }

    private static void stages(PrintWriter out, LatencyReport report) {
        out.println();
        out.println("time inside each stage on measured ticks, p50 / p99, nanoseconds");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-32s", "configuration"));
        for (StageId id : StageId.values()) {
            header.append(String.format(Locale.ROOT, " %13s", id.name().toLowerCase(Locale.ROOT)));
        }
        out.println(header);
        for (RunResult r : report.runs()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-32s", r.spec().name()));
            Map<StageId, Histogram> stages = r.stages();
            for (StageId id : StageId.values()) {
                Histogram h = stages.get(id);
                row.append(String.format(Locale.ROOT, " %13s", h == null || h.getTotalCount() == 0 ? "-"
                        : h.getValueAtPercentile(50) + "/" + h.getValueAtPercentile(99)));
            }
            out.println(row);
        }
    }

    private static void resources(PrintWriter out, LatencyReport report) {
        out.println();
        out.println("counts and resources (measured part; allocation over the pipeline's threads; lag: how late the"
                + " injector itself sent, p99 in microseconds, which is the machine, not the pipeline)");
        out.printf(Locale.ROOT, "%-32s %10s %10s %9s %9s %9s %9s %6s %6s %9s %6s%n", "configuration", "sent",
                "received", "signals", "orders", "journal", "B/tick", "GCs", "GC ms", "lag p99", "load");
        for (RunResult r : report.runs()) {
            out.printf(Locale.ROOT, "%-32s %10s %10s %9s %9s %9s %9s %6d %6d %9s %6.2f%n", r.spec().name(),
                    String.format(Locale.ROOT, "%,d", r.ticksSent()), String.format(Locale.ROOT, "%,d",
                            r.ticksReceived()), r.counts() == null ? "-" : Long.toString(r.signals()),
                    r.counts() == null ? "-" : Long.toString(r.ordersCounted()),
                    r.journalOrders() < 0 ? "-" : Long.toString(r.journalOrders()),
                    r.allocatedBytesPerTick() < 0 ? "?" : String.format(Locale.ROOT, "%.1f", r.allocatedBytesPerTick()),
                    r.usage().pauseCount(), r.usage().pauseMillis(), micros(Percentiles.of(r.sendLag()).p99()),
                    r.loadAverage());
        }
    }

    private static void comparisons(PrintWriter out, LatencyReport report) {
        if (report.comparisons().isEmpty()) {
            return;
        }
        out.println();
        out.println("ratios, ours / theirs (below 1: ours is faster)");
        out.printf(Locale.ROOT, "%-32s %17s %17s %17s %17s%n", "configuration", "order p50/queue", "order p99/queue",
                "tick p50/floor", "tick p99/floor");
        for (LatencyReport.Comparison c : report.comparisons()) {
            out.printf(Locale.ROOT, "%-32s %17s %17s %17s %17s%n", c.ring(), ratio(c.orderP50VsBaseline()),
                    ratio(c.orderP99VsBaseline()), ratio(c.tickP50VsFloor()), ratio(c.tickP99VsFloor()));
        }
    }

    private static void throughput(PrintWriter out, LatencyReport report) {
        for (ThroughputSearch.Result t : report.throughput()) {
            out.println();
            out.printf(Locale.ROOT, "throughput, %s: highest rate with p99 tick latency <= %s: %,d/s%n",
                    t.spec().name(), nanos(t.bound().toNanos()), t.highestHeld());
            for (ThroughputSearch.Step s : t.steps()) {
                out.printf(Locale.ROOT, "  %,12d/s  achieved %,12.0f/s  p50 %8s  p99 %8s  max %8s  %s%n", s.rate(),
                        s.achievedRate(), micros(s.tick().p50()), micros(s.tick().p99()), micros(s.tick().max()),
                        s.why());
            }
        }
    }

    /** Nanoseconds as microseconds: 0.25, 12.3, 1,234. */
    static String micros(long nanos) {
        double us = nanos / 1000.0;
        if (us < 10) {
            return String.format(Locale.ROOT, "%.2f", us);
        }
        if (us < 1000) {
            return String.format(Locale.ROOT, "%.1f", us);
        }
        return String.format(Locale.ROOT, "%,.0f", us);
    }

    private static String nanos(long nanos) {
        if (nanos % 1_000_000_000L == 0) {
            return nanos / 1_000_000_000L + "s";
        }
        if (nanos % 1_000_000 == 0) {
            return nanos / 1_000_000 + "ms";
        }
        if (nanos % 1_000 == 0) {
            return nanos / 1_000 + "us";
        }
        return nanos + "ns";
    }

    private static String ratio(double r) {
        return Double.isNaN(r) ? "-" : String.format(Locale.ROOT, "%.2f", r);
    }
}
