package io.quantagent.cli;

import io.quantagent.backtest.run.Backtest;
import io.quantagent.backtest.run.BacktestFiles;
import io.quantagent.backtest.run.BacktestResult;
import io.quantagent.backtest.run.SummaryTable;
import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.data.BadRowException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quantagent backtest}: runs the engine pipeline (the same one paper trading uses) over historical files,
 * then the baselines (buy-and-hold, seeded random entries through the same pipeline, ta4j's MACD strategy), and
 * writes the run folder: {@code journal/}, {@code summary.json}, {@code trades.csv}, {@code equity.csv},
 * {@code report.html} and {@code baselines/random/journal/}. Prints our metrics next to the baselines' (or, with
 * {@code --json}, summary.json). With no arguments: {@code configs/backtest.yaml} over the bundled Bitstamp trades.
 */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = {
            "Run the engine pipeline over historical market data, compare it with buy-and-hold, seeded random entries",
            "(same pipeline and risk rules) and ta4j's MACD strategy, and write the run folder --out: journal/,",
            "summary.json, trades.csv, equity.csv, report.html and baselines/random/journal/.",
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
            description = "Run folder, new or empty (default: var/runs/backtest-<local time>).")
    Path out;

    @Option(names = "--json", description = "Print summary.json to standard output instead of the table.")
    boolean json;

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
        List<DataInput> inputs = ResearchInputs.data(configFile, data);
        cfg = ResearchInputs.fitBars(cfg, configFile, inputs, data != null && !data.isEmpty(),
                spec.commandLine().getErr());
        cfg = cfg.withData(inputs);
        Path runDir = out != null ? out : Path.of("var", "runs",
                "backtest-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        requireEmpty(runDir);
        BacktestResult result;
        try {
            result = Backtest.run(cfg, runDir, ProgressLine.forTerminal(spec.commandLine().getErr()));
        } catch (BadRowException | ConfigException e) {
            throw new UserFacingException(e.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(json ? BacktestFiles.summaryJson(result) : SummaryTable.render(result));
        stdout.flush();
        return 0;
    }

    private static void requireEmpty(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new UserFacingException(dir + ": the run folder is not empty (choose another --out)");
                }
            }
        } else if (Files.exists(dir)) {
            throw new UserFacingException(dir + ": not a folder");
        }
    }
}
