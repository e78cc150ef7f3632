package io.quantagent.engine.daemon;

import io.quantagent.engine.config.BarsConfig;
import io.quantagent.engine.config.ConfigLoader;
import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.FeedConfig;
import io.quantagent.engine.config.FusionConfig;
import io.quantagent.engine.config.PaperConfig;
import io.quantagent.engine.config.PipelineConfig;
import io.quantagent.engine.config.ReplayConfig;
import io.quantagent.engine.feed.FileFeed;
import io.quantagent.engine.journal.JournalReader;
import io.quantagent.engine.journal.JournalRecord;
import io.quantagent.engine.pipeline.Engine;
import io.quantagent.engine.pipeline.RunOptions;
import io.quantagent.engine.pipeline.RunSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Test helpers of the daemon tests: a slice of the Bitstamp trades, configurations, journals, a daemon JVM. */
final class DaemonFixtures {

    static final Path BITSTAMP = Path.of(System.getProperty("qa.samples"), "bitstamp_trades_from_20131125_usd.csv");

    private DaemonFixtures() {
    }

    /** The first {@code rows} Bitstamp trades (about a day for 15,000) in a file of their own. */
    static Path slice(Path dir, int rows) throws IOException {
        Path file = dir.resolve("trades-" + rows + ".csv");
        try (BufferedReader in = Files.newBufferedReader(BITSTAMP); Writer out = Files.newBufferedWriter(file)) {
            for (int i = 0; i <= rows; i++) {
                out.write(in.readLine());
                out.write('\n');
            }
        }
        return file;
    }

    /** The paper configuration: one-minute bars, trading mode, a replay of {@code data} at {@code speed}. */
    static EngineConfig config(Path data, double speed, boolean loop) {
        EngineConfig defaults = EngineConfig.defaults();
        var agents = defaults.agents();
        return defaults
                .withData(List.of(new DataInput(data, DataInput.Format.TRADES, "BTC/USD", ZoneId.of("UTC"), "epoch-s",
                        DataInput.BadRows.FAIL, 8, 8)))
                .withBars(new BarsConfig(Duration.ofMinutes(1), ZoneId.of("UTC"), Duration.ZERO))
                .withAgents(new io.quantagent.engine.config.AgentsConfig(agents.indicator(), agents.pattern(),
                        agents.trend(), agents.risk(), new FusionConfig(FusionConfig.Mode.TRADING, 0.5)))
                .withPipeline(new PipelineConfig(PipelineConfig.Topology.SEQUENTIAL,
                        PipelineConfig.WaitStrategy.BLOCKING, 4096))
                .withPaper(new PaperConfig(defaults.paper().http(), new ReplayConfig(speed, loop),
                        List.of(FeedConfig.replay())));
    }

    /** Writes a configuration as a YAML file the daemon can load. */
    static Path write(EngineConfig config, Path file) throws IOException {
        Files.writeString(file, ConfigLoader.toYaml(config));
        return file;
    }

    /** The uninterrupted run a daemon makes of the whole recording: every row, no flush, an END. */
    static RunSummary reference(EngineConfig config, Path journal) throws IOException {
        FileFeed files = new FileFeed(config.data());
        Engine engine = Engine.start(config, files.instruments(), journal, RunOptions.defaults());
        files.run(engine.sink());
        return engine.stop();
    }

    static List<JournalRecord> records(Path journal) {
        List<JournalRecord> list = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(journal)) {
            for (JournalRecord r = reader.next(); r != null; r = reader.next()) {
                list.add(r);
            }
        }
        return list;
    }

    /** Each record's text without its journal index, leaving out END records that more records follow. */
    static List<String> contentsWithoutStopMarks(Path journal) {
        List<JournalRecord> all = records(journal);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).type() != io.quantagent.engine.journal.RecordType.END || i == all.size() - 1) {
                String text = all.get(i).text();
                out.add(text.substring(text.indexOf(' ') + 1));
            }
        }
        return out;
    }

    /** A JVM like this one (same flags and class path) running {@link DaemonMain}, its output into {@code log}. */
    static Process daemonProcess(Path config, Path stateDir, String mode, Path log) throws IOException {
        return jvm(DaemonMain.class, log, config.toString(), stateDir.toString(), mode);
    }

    /** A JVM like this one (same flags and class path) running {@code main} with {@code args}. */
    static Process jvm(Class<?> main, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!argument.startsWith("-agentlib") && !argument.startsWith("-javaagent")) {
                command.add(argument);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }
}
