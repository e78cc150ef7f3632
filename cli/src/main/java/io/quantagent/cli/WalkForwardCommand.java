package io.quantagent.cli;

import io.quantagent.backtest.metrics.Metrics;
import io.quantagent.backtest.metrics.MetricsSettings;
import io.quantagent.backtest.research.FeedFactory;
import io.quantagent.backtest.research.GridConfigs;
import io.quantagent.backtest.research.Objective;
import io.quantagent.backtest.research.ParameterGrid;
import io.quantagent.backtest.research.PointMetrics;
import io.quantagent.backtest.research.ResearchException;
import io.quantagent.backtest.research.WalkForward;
import io.quantagent.backtest.research.WalkForwardReport;
import io.quantagent.backtest.research.WalkForwardWindow;
import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.config.Durations;
import io.quantagent.engine.data.BadRowException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quantagent walkforward}: rolling in-sample / out-of-sample windows; the grid's best point in sample runs
 * out of sample, and only out-of-sample results are reported.
 */
@Command(
        name = "walkforward",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = {
            "Walk-forward analysis: pick the grid's best point in sample, report it out of sample only.",
            "Rolling windows over the data's event time. In each window every point of the grid runs on the in-sample"
                    + " part, the best by --objective is chosen, and that point runs on the"
                    + " out-of-sample part that follows. Only out-of-sample results are reported: per window, and the"
                    + " out-of-sample parts stitched into one equity curve.",
            "Every run starts a fresh engine on its part alone: the agents warm up inside each part (no signal until"
                    + " the longest indicator has its history) and the account starts from the configured cash.",
            "Writes <out>/walkforward.csv and <out>/walkforward.json. Durations: 12h, 1d, 90m, PT6H."
        })
public final class WalkForwardCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Base configuration (default: configs/backtest.yaml).")
    Path config;

    @Option(names = "--grid", paramLabel = "FILE", required = true, description = "The grid: keys and value lists (YAML).")
    Path grid;

    @Option(names = "--in-sample", paramLabel = "DURATION", required = true, description = "Length of each in-sample part.")
    String inSample;

    @Option(names = "--out-of-sample", paramLabel = "DURATION", required = true,
            description = "Length of each out-of-sample part.")
    String outOfSample;

    @Option(names = "--step", paramLabel = "DURATION",
            description = "How far each window starts after the previous (default and minimum: --out-of-sample).")
    String step;

    @Option(names = "--objective", paramLabel = "NAME", description = "sharpe (default), return or calmar.")
    String objective = "sharpe";

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: var/walkforward/<grid>-<local time>).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "In-sample points run at once (default: the cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--data", paramLabel = "FILE", arity = "1..*",
            description = "Market data files, instead of the configuration's.")
    List<Path> data;

    @Override
    public Integer call() throws IOException {
        Duration is = ResearchInputs.duration("--in-sample", inSample);
        Duration oos = ResearchInputs.duration("--out-of-sample", outOfSample);
        Duration st = step == null ? oos : ResearchInputs.duration("--step", step);
        Objective goal;
        try {
            goal = Objective.parse(objective);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--objective: " + e.getMessage(), QuantAgentCommand.EXIT_USAGE);
        }
        if (threads < 1) {
            throw new UserFacingException("--threads: must be at least 1, was " + threads, QuantAgentCommand.EXIT_USAGE);
        }
        PrintWriter o = spec.commandLine().getOut();
        Path configFile = ResearchInputs.configFile(config);
        List<DataInput> inputs = ResearchInputs.data(configFile, data);
        Path folder = out != null ? out : Path.of("var", "walkforward", SweepCommand.baseName(grid) + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Runnable quiet = ResearchInputs.quietEngineWarnings();
        try {
            ParameterGrid parameterGrid = ParameterGrid.load(grid);
            GridConfigs configs = new GridConfigs(configFile, parameterGrid, inputs);
            if (!parameterGrid.keys().contains("bars.timeframe")) {
                ResearchInputs.fitBars(configs.base(), configFile, inputs, false, spec.commandLine().getErr());
            }
            WalkForward.Settings settings = new WalkForward.Settings(is, oos, st, goal, threads,
                    MetricsSettings.continuous());
            WalkForward walkForward = new WalkForward(configs, FeedFactory.files(), settings);
            List<WalkForwardWindow> windows = walkForward.windows();
            o.printf(Locale.ROOT, "walk-forward: %d window%s of %s in sample + %s out of sample, step %s; %,d grid"
                    + " points each, chosen by %s; %d thread%s%n", windows.size(), windows.size() == 1 ? "" : "s",
                    text(is), text(oos), text(st), parameterGrid.size(), goal.key(), threads, threads == 1 ? "" : "s");
            if (quiet != null) {
                o.println("(the engine's warnings, such as daily loss limits reached, are not shown for each run; set"
                        + " QA_LOG_LEVEL=WARN to see them)");
            }
            o.flush();
            long start = System.nanoTime();
            WalkForward.Result result = walkForward.run((w, n) -> {
                WalkForwardWindow win = w.window();
                PointMetrics m = w.outOfSample();
                o.printf(Locale.ROOT, "window %d/%d  in sample     %s to %s: best %s %s, point %d (%s)%n", win.number(), n,
                        when(win.inSampleFrom()), when(win.inSampleTo()), goal.key(),
                        goal == Objective.RETURN ? ResearchInputs.percent(w.inSampleObjective())
                                : ResearchInputs.ratio(w.inSampleObjective()),
                        w.chosen().index(), w.chosen().label());
                o.printf(Locale.ROOT, "%s  out of sample %s to %s: return %s, Sharpe %s, max drawdown %s, %d trades%s%n",
                        " ".repeat(("window " + win.number() + "/" + n).length()), when(win.outOfSampleFrom()),
                        when(win.outOfSampleTo()), ResearchInputs.percent(m.totalReturn()), ResearchInputs.ratio(m.sharpe()),
                        ResearchInputs.percent(-m.maxDrawdown()), m.trades(), win.partial() ? " (partial: the data ends)" : "");
                o.flush();
            });
            WalkForwardReport.write(folder, result, settings, parameterGrid, configFile.toString());
            Metrics s = result.stitchedMetrics();
            o.printf(Locale.ROOT, "out of sample, stitched (%s to %s, %s bars): return %s, Sharpe %s, Sortino %s, max"
                    + " drawdown %s, Calmar %s, %d trades, win rate %s, fees %.2f%n",
                    when(result.windows().getFirst().window().outOfSampleFrom()),
                    when(result.windows().getLast().window().outOfSampleTo()), result.stitched().timeFrame(),
                    ResearchInputs.percent(s.totalReturn()),
                    ResearchInputs.ratio(s.sharpe()), ResearchInputs.ratio(s.sortino()),
                    ResearchInputs.percent(-s.maxDrawdown()), ResearchInputs.ratio(s.calmar()), s.trades(),
                    ResearchInputs.percent(s.winRate()).replace("+", ""), s.feesPaid());
            o.printf(Locale.ROOT, "took %s; wrote %s and %s%n", ResearchInputs.elapsed(System.nanoTime() - start),
                    folder.resolve(WalkForwardReport.CSV), folder.resolve(WalkForwardReport.JSON));
            o.flush();
            return 0;
        } catch (ResearchException | ConfigException | BadRowException e) {
            throw new UserFacingException(e.getMessage());
        } finally {
            if (quiet != null) {
                quiet.run();
            }
        }
    }

    private static String when(long nanos) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(0, nanos), ZoneOffset.UTC).format(WHEN);
    }

    private static String text(Duration d) {
        return Durations.format(d);
    }
}
