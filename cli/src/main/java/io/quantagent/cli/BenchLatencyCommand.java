package io.quantagent.cli;

import io.quantagent.bench.latency.HarnessSettings;
import io.quantagent.bench.latency.LatencyHarness;
import io.quantagent.bench.latency.LatencyReport;
import io.quantagent.bench.latency.ReportFiles;
import io.quantagent.bench.latency.ReportJson;
import io.quantagent.bench.latency.ReportText;
import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.Durations;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.pipeline.PipelineException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quantagent bench latency}: the latency harness. Injects seeded ticks at a fixed rate into each topology
 * and wait strategy of the ring, the same stages behind {@code ArrayBlockingQueue}s and empty pipelines of each
 * shape; prints the tables, writes {@code .hgrm} files and an HTML plot into {@code --out}, and the JSON report
 * to {@code --json}. Exit code 0 when every count check holds, 1 otherwise.
 */
@Command(
        name = "latency",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = {
            "Latency benchmark: ticks injected at a fixed rate, latency from each tick's intended send time "
                    + "(tick-to-signal, tick-to-order, whole pipeline, each stage), for each topology and wait strategy "
                    + "that fits this machine's cores, next to ArrayBlockingQueues (the baseline) and empty pipelines "
                    + "(the floor).",
            "Settings: the bench section of --config (default configs/bench.yaml). --quick runs a few seconds and "
                    + "checks the counts only (for CI). Exit code 0 when every count check holds, 1 otherwise."
        })
public final class BenchLatencyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: configs/bench.yaml).")
    Path config;

    @Option(names = "--rate", paramLabel = "N", description = "Ticks per second (default: bench.rate).")
    Integer rate;

    @Option(names = "--duration", paramLabel = "D", description = "Measured part of each run, such as 8s (default: bench.duration).")
    String duration;

    @Option(names = "--warmup", paramLabel = "D", description = "Warm-up before each run's measured part, such as 3s (default: bench.warmup).")
    String warmup;

    @Option(names = "--quick", description = "A few seconds in all, for CI: checks every section and count, asserts nothing about time.")
    boolean quick;

    @Option(names = "--throughput", description = "Also raise the rate step by step until the p99 exceeds bench.throughput.p99Bound.")
    boolean throughput;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the report as JSON.")
    Path json;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for the .hgrm files, latency.html and the runs' journals (default: var/bench/latency-<local time>).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path home = Path.of(System.getProperty("quantagent.home", "."));
        Path configFile = config != null ? config : home.resolve("configs").resolve("bench.yaml");
        EngineConfig cfg;
        try {
            cfg = EngineConfig.load(configFile);
        } catch (ConfigException e) {
            throw new UserFacingException(e.getMessage());
        }
        Path dir = out != null ? out : Path.of("var", "bench",
                "latency-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        HarnessSettings settings;
        try {
            settings = HarnessSettings.of(cfg, rate, duration("--warmup", warmup), duration("--duration", duration),
                    quick, throughput, dir);
        } catch (ConfigException e) {
            throw new UserFacingException("bad option: " + e.getMessage().replace("bench.", "")
                    + " (from --rate, --warmup or --duration)", QuantAgentCommand.EXIT_USAGE);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        LatencyReport report;
        try {
            report = new LatencyHarness(settings, stderr).run();
        } catch (IllegalArgumentException | PipelineException e) {
            throw new UserFacingException(e.getMessage());
        }
        ReportText.print(report, stdout);
        ReportFiles.write(report, dir);
        stdout.println("files:   " + dir + " (.hgrm per configuration, latency.html)");
        if (json != null) {
            ReportJson.write(report, json);
            stdout.println("json:    " + json);
        }
        stdout.flush();
        return report.passed() ? 0 : QuantAgentCommand.EXIT_INPUT_ERROR;
    }

    private static Duration duration(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(option + ": " + e.getMessage(), QuantAgentCommand.EXIT_USAGE);
        }
    }
}
