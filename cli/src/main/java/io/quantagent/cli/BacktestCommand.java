package io.quantagent.cli;

import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.data.BadRowException;
import io.quantagent.engine.pipeline.EngineRunner;
import io.quantagent.engine.pipeline.RunSummary;
import io.quantagent.engine.portfolio.Money;
import io.quantagent.engine.portfolio.PortfolioSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quantagent backtest}: runs the engine pipeline (the same one paper trading uses) over historical files
 * and writes the journal. With no arguments: {@code configs/backtest.yaml} over the bundled Bitstamp trades.
 */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = {
            "Run the engine pipeline over historical market data and write the journal (Chronicle Queue) to --out.",
            "With no arguments: configs/backtest.yaml over the bundled Bitstamp trades (1-minute bars)."
        })
public final class BacktestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: configs/backtest.yaml).")
    Path config;

    @Option(names = "--data", paramLabel = "FILE", arity = "1..*",
            description = "Market data files, instead of the configuration's (format detected, instrument from the file name).")
    List<Path> data;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Journal folder, new or empty (default: var/runs/backtest-<local time>).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path home = Path.of(System.getProperty("quantagent.home", "."));
        Path configFile = config != null ? config : home.resolve("configs").resolve("backtest.yaml");
        EngineConfig cfg;
        try {
            cfg = EngineConfig.load(configFile);
        } catch (ConfigException e) {
            throw new UserFacingException(e.getMessage());
        }
        List<DataInput> inputs = new ArrayList<>();
        if (data != null) {
            for (Path p : data) {
                inputs.add(DataInput.of(p, DataInput.Format.AUTO, null));
            }
        } else {
            for (DataInput in : cfg.data()) {
                inputs.add(resolve(in, home));
            }
        }
        if (inputs.isEmpty()) {
            throw new UserFacingException(configFile + ": data: no input files (add a data section or pass --data)");
        }
        for (DataInput in : inputs) {
            if (!Files.isRegularFile(in.path())) {
                throw new UserFacingException(in.path() + ": no such file");
            }
        }
        cfg = cfg.withData(inputs);
        Path journal = out != null ? out : Path.of("var", "runs",
                "backtest-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        requireEmpty(journal);
        RunSummary summary;
        try {
            summary = EngineRunner.run(cfg, journal);
        } catch (BadRowException | ConfigException e) {
            throw new UserFacingException(e.getMessage());
        }
        print(spec.commandLine().getOut(), summary, journal);
        return 0;
    }

    /** A configured path that is not there relative to the working directory is looked up under the install. */
    private static DataInput resolve(DataInput in, Path home) {
        if (in.path().isAbsolute() || Files.exists(in.path()) || !Files.exists(home.resolve(in.path()))) {
            return in;
        }
        return new DataInput(home.resolve(in.path()), in.format(), in.instrument(), in.zone(), in.timestampFormat(),
                in.badRows(), in.priceDecimals(), in.quantityDecimals());
    }

    private static void requireEmpty(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new UserFacingException(dir + ": the journal folder is not empty (choose another --out)");
                }
            }
        } else if (Files.exists(dir)) {
            throw new UserFacingException(dir + ": not a folder");
        }
    }

    static void print(PrintWriter out, RunSummary s, Path journal) {
        PortfolioSnapshot p = s.portfolio();
        out.printf(Locale.ROOT, "events in:        %,d%n", s.eventsIn());
        out.printf(Locale.ROOT, "bars closed:      %,d%n", s.bars());
        out.printf(Locale.ROOT, "decisions:        %,d%n", s.decisions());
        out.printf(Locale.ROOT, "orders:           %,d accepted, %,d rejected%n", s.orders(), s.rejections());
        out.printf(Locale.ROOT, "fills:            %,d%n", s.fills());
        out.printf(Locale.ROOT, "faults:           %,d%n", s.counts().faults());
        out.printf(Locale.ROOT, "starting cash:    %s%n", Money.format(p.startingCash()));
        out.printf(Locale.ROOT, "equity:           %s%n", Money.format(p.equity()));
        out.printf(Locale.ROOT, "realised PnL:     %s%n", Money.format(p.realisedPnl()));
        out.printf(Locale.ROOT, "unrealised PnL:   %s%n", Money.format(p.unrealisedPnl()));
        out.printf(Locale.ROOT, "fees:             %s%n", Money.format(p.fees()));
        out.printf(Locale.ROOT, "max drawdown:     %s (from high-water mark %s)%n", Money.format(p.drawdown()),
                Money.format(p.highWaterMark()));
        out.printf(Locale.ROOT, "pipeline:         %s, %s wait%n", s.topology(), s.waitStrategy());
        out.printf(Locale.ROOT, "speed:            %,.0f events/s (%.2f s)%n", s.eventsPerSecond(), s.elapsedNanos() / 1e9);
        out.printf(Locale.ROOT, "journal:          %s (%,d records)%n", journal, s.journalRecords());
        out.printf(Locale.ROOT, "verify it with:   quantagent replay %s%n", journal);
        out.flush();
    }
}
