package io.quantagent.cli;

import io.quantagent.backtest.research.BarTape;
import io.quantagent.backtest.research.ResearchException;
import io.quantagent.backtest.research.Throughput;
import io.quantagent.engine.bars.TimeFrame;
import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.data.BadRowException;
import io.quantagent.engine.feed.FileFeed;
import io.quantagent.engine.feed.SyntheticFeed;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quantagent speed}: the engine's throughput on this machine, in one table: the bundled backtest, a large
 * seeded synthetic run, and bars per second next to ta4j's {@code BarSeriesManager} on the same bars.
 */
@Command(
        name = "speed",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = {
            "Measure the engine's events/s and bars/s on this machine, next to ta4j on the same bars.",
            "Events/s of the bundled backtest (configs/backtest.yaml over the"
                    + " bundled trades) and of a seeded synthetic run, and bars/s of the engine fed 1-minute bars next"
                    + " to ta4j's BarSeriesManager running the classic MACD crossover on the same bars.",
            "Journals go to temporary folders that are deleted. One run per line for the event rows; the bar rows"
                    + " are timed over --repeats runs after one warm-up run."
        })
public final class SpeedCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--ticks", paramLabel = "N", description = "Synthetic trades (default: ${DEFAULT-VALUE}).")
    long ticks = 10_000_000L;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the synthetic trades (default: ${DEFAULT-VALUE}).")
    long seed = 42L;

    @Option(names = "--repeats", paramLabel = "R", description = "Timed runs of each bar row (default: ${DEFAULT-VALUE}).")
    int repeats = 5;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: configs/backtest.yaml).")
    Path config;

    @Option(names = "--data", paramLabel = "FILE", arity = "1..*",
            description = "Trade files for the bundled rows, instead of the configuration's.")
    List<Path> data;

    @Override
    public Integer call() throws IOException {
        if (ticks < 1 || repeats < 1) {
            throw new UserFacingException("--ticks and --repeats must be at least 1", QuantAgentCommand.EXIT_USAGE);
        }
        PrintWriter o = spec.commandLine().getOut();
        Path configFile = ResearchInputs.configFile(config);
        EngineConfig cfg = ResearchInputs.load(configFile).withData(ResearchInputs.data(configFile, data));
        String dataName = cfg.data().size() == 1 ? cfg.data().get(0).path().getFileName().toString()
                : cfg.data().size() + " files";
        String bundledLabel = "backtest: " + configFile.getFileName() + " over " + dataName;
        String syntheticLabel = String.format(Locale.ROOT, "synthetic: %,d trades, 1 instrument, seed %d", ticks, seed);
        String engineLabel = "engine fed the 1m bars of " + dataName;
        String ta4jLabel = "ta4j BarSeriesManager, MACD crossover, same bars";
        int width = Math.max(Math.max(bundledLabel.length(), syntheticLabel.length()),
                Math.max(engineLabel.length(), ta4jLabel.length()));
        o.println("machine: " + machine());
        o.printf(Locale.ROOT, "%-" + width + "s %20s %8s %16s%n", "run", "work", "time", "speed");
        o.flush();
        Runnable quiet = ResearchInputs.quietEngineWarnings();
        try {
            Throughput.Measurement bundled = Throughput.engineRun(cfg, () -> new FileFeed(cfg.data()), 1);
            row(o, width, bundledLabel, bundled, "events");
            Throughput.Measurement synthetic = Throughput.engineRun(cfg.withData(List.of()),
                    () -> SyntheticFeed.of(1, ticks, seed), 0);
            row(o, width, syntheticLabel, synthetic, "events");
            BarTape tape = BarTape.fromTrades(new FileFeed(cfg.data()), TimeFrame.ONE_MINUTE);
            row(o, width, engineLabel, Throughput.engineOnBars(cfg, tape, repeats), "bars");
            row(o, width, ta4jLabel, Throughput.ta4jOnBars(tape.instrumentBars(), cfg.broker().feeBps().doubleValue(),
                    repeats), "bars");
        } catch (ResearchException | ConfigException | BadRowException e) {
            throw new UserFacingException(e.getMessage());
        } finally {
            if (quiet != null) {
                quiet.run();
            }
        }
        o.printf(Locale.ROOT, "events/s: one timed run each, from the engine's own clock (pipeline start-up to the"
                + " last event journaled), the bundled run after one warm-up run, the synthetic run right after it.%n"
                + "bars/s: %d timed run(s) after one warm-up run, each from the call to its end, start-up and journal"
                + " included. The engine runs four agents, fusion, paper broker and journal on every bar; ta4j runs one"
                + " MACD rule and writes nothing. Other processes on the machine show up in every figure.%n", repeats);
        o.flush();
        return 0;
    }

    private static void row(PrintWriter o, int width, String what, Throughput.Measurement m, String unit) {
        String work = unit.equals("events") ? String.format(Locale.ROOT, "%,d %s", m.items(), unit)
                : String.format(Locale.ROOT, "%,d %s x %d", m.items(), unit, m.runs());
        o.printf(Locale.ROOT, "%-" + width + "s %20s %8s %16s%n", what, work, ResearchInputs.elapsed(m.nanos()),
                String.format(Locale.ROOT, "%,.0f %s/s", m.rate(), unit));
        o.printf(Locale.ROOT, "    (%s)%n", m.detail());
        o.flush();
    }

    /** Cores, CPU model (where the system says), JVM and heap. */
    static String machine() {
        Runtime rt = Runtime.getRuntime();
        String cpu = "";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try (var lines = Files.lines(cpuinfo)) {
                cpu = lines.filter(l -> l.startsWith("model name")).findFirst()
                        .map(l -> ", " + l.substring(l.indexOf(':') + 1).trim()).orElse("");
            } catch (IOException | RuntimeException e) {
                cpu = "";
            }
        }
        return String.format(Locale.ROOT, "%d cores%s; Java %s (%s); %s %s; max heap %.1f GiB",
                rt.availableProcessors(), cpu, Runtime.version(), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.arch"), rt.maxMemory() / (1024.0 * 1024 * 1024));
    }
}
