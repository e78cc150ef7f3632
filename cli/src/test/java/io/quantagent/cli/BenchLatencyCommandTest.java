package io.quantagent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantagent.bench.latency.LatencyHarness;
import io.quantagent.engine.config.PipelineConfig.Topology;
import io.quantagent.engine.config.PipelineConfig.WaitStrategy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quantagent bench latency --quick}, run in-process with the shipped configs/bench.yaml as CI runs it: every
 * section is reported and the counts add up. Nothing about time is asserted.
 */
class BenchLatencyCommandTest {

    /** Tests run in the cli module's folder; the shipped configuration is at the repository root. */
    private static final String CONFIG = Path.of("..", "configs", "bench.yaml").toString();
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return QuantAgentCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void quickModeReportsEverySectionAndEveryCountAddsUp() throws Exception {
        Path json = dir.resolve("latency.json");
        Path files = dir.resolve("out");

        int exit = run("bench", "latency", "--config", CONFIG, "--quick", "--throughput", "--json", json.toString(),
                "--out", files.toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("passed").asBoolean()).isTrue();
        assertThat(report.get("settings").get("quick").asBoolean()).isTrue();
        assertThat(report.get("machine").get("cores").asInt()).isEqualTo(CORES);

        List<String> expected = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Topology topology : List.of(Topology.SEQUENTIAL, Topology.PARALLEL)) {
            for (WaitStrategy wait : List.of(WaitStrategy.BLOCKING, WaitStrategy.SLEEPING, WaitStrategy.YIELDING,
                    WaitStrategy.BUSY_SPIN)) {
                String name = topology.key() + " " + wait.key();
                if (LatencyHarness.skipReason(topology, wait, CORES) == null) {
                    expected.add("ring " + name);
                    expected.add("ring floor " + name);
                } else {
                    skipped.add("ring " + name);
                }
            }
            expected.add("queue " + topology.key());
            expected.add("queue floor " + topology.key());
        }
        assertThat(names(report.get("runs"), "name")).containsExactlyElementsOf(expected);
        assertThat(names(report.get("skipped"), "name")).containsExactlyElementsOf(skipped);

        long orders = -1;
        for (JsonNode run : report.get("runs")) {
            String name = run.get("name").asText();
            assertThat(run.get("ticksReceived").asLong()).as(name).isEqualTo(run.get("ticksSent").asLong())
                    .isPositive();
            JsonNode latency = run.get("latency");
            assertThat(latency.get("tick").get("count").asLong()).as(name).isEqualTo(run.get("measuredTicks").asLong());
            for (String measure : List.of("tick", "tickToSignal", "tickToOrder", "sendLag")) {
                assertThat(latency.get(measure).fieldNames()).toIterable()
                        .containsExactly("count", "p50", "p90", "p99", "p99_9", "p99_99", "max", "mean");
            }
            assertThat(run.get("stages").size()).as(name).isEqualTo(8);
            assertThat(run.get("resources").has("allocatedBytesPerTick")).isTrue();
            assertThat(run.get("resources").get("gcPauses").asLong()).isNotNegative();
            if (run.get("empty").asBoolean()) {
                assertThat(run.get("stageCounters").isNull()).as(name).isTrue();
                continue;
            }
            JsonNode counters = run.get("stageCounters");
            long accepted = counters.get("ordersAccepted").asLong();
            assertThat(accepted).as(name).isPositive().isEqualTo(run.get("ordersCounted").asLong())
                    .isEqualTo(run.get("journalOrders").asLong());
            assertThat(run.get("signals").asLong()).as(name).isEqualTo(counters.get("decisions").asLong());
            assertThat(latency.get("tickToOrder").get("count").asLong()).as(name).isPositive();
            if (orders < 0) {
                orders = accepted;
            }
            assertThat(accepted).as(name + " trades exactly as every other configuration").isEqualTo(orders);
        }
        assertThat(report.get("comparisons").size()).isEqualTo(expected.stream()
                .filter(n -> n.startsWith("ring ") && !n.startsWith("ring floor")).count());
        assertThat(report.get("throughput").size()).isEqualTo(2);
        for (JsonNode search : report.get("throughput")) {
            assertThat(search.get("steps").size()).isBetween(1, 2);
            for (JsonNode step : search.get("steps")) {
                assertThat(step.get("ticksReceived").asLong()).isEqualTo(step.get("ticksSent").asLong());
            }
        }
        assertThat(report.get("checks").size()).isGreaterThan(expected.size() * 2);

        String text = out.toString();
        assertThat(text).contains("tick-to-order", "tick-to-signal", "whole pipeline", "time inside each stage",
                "counts and resources", "ratios, ours / theirs", "throughput, ring sequential yielding",
                "throughput, queue sequential", "checks: ");
        assertThat(text).containsPattern("checks: \\d+ passed, 0 failed");
        assertThat(files.resolve("latency.html")).content().contains("<svg", "Tick-to-order", "queue sequential");
        assertThat(files.resolve("ring-sequential-yielding.tick.hgrm")).content().contains("Percentile");
        assertThat(files.resolve("queue-parallel.tick-to-order.hgrm")).exists();
        assertThat(files.resolve("journals")).isEmptyDirectory();
        assertThat(Files.exists(files.resolve("journals"))).isTrue();
    }

    @Test
    void aRateOutOfRangeIsAUsageErrorNamingTheSetting() {
        assertThat(run("bench", "latency", "--config", CONFIG, "--rate", "5", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("rate: must be between 1000 and 10000000, was 5")
                .doesNotContain("Exception");
    }

    @Test
    void aDurationThatIsNotOneIsAUsageError() {
        assertThat(run("bench", "latency", "--config", CONFIG, "--duration", "soon", "--out", dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--duration");
    }

    @Test
    void benchWithoutASubcommandAsksForOne() {
        assertThat(run("bench")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing subcommand: latency");
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.get(field).asText()));
        return names;
    }
}
