package io.quantagent.cli;

import io.quantagent.backtest.metrics.MetricsSettings;
import io.quantagent.backtest.research.FeedFactory;
import io.quantagent.backtest.research.GridConfigs;
import io.quantagent.backtest.research.GridPoint;
import io.quantagent.backtest.research.ParameterGrid;
import io.quantagent.backtest.research.PointMetrics;
import io.quantagent.backtest.research.ResearchException;
import io.quantagent.backtest.research.ResultRow;
import io.quantagent.backtest.research.Sweep;
import io.quantagent.backtest.research.SweepResults;
import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.data.BadRowException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quantagent sweep}: runs the engine once per point of a parameter grid, in parallel, streaming each point's
 * metrics to {@code results.csv} and {@code results.jsonl}; rerun with the same {@code --out} to resume.
 */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = {
            "Backtest every point of a parameter grid, in parallel, into <out>/results.csv and results.jsonl.",
            "Each point is the base configuration with the grid's keys set; its metrics are appended to both files"
                    + " as it finishes.",
            "The grid is YAML: a configuration key per line with a list of values, such as"
                    + " 'agents.fusion.minStrength: [0.3, 0.5]' (see configs/grids/sweep.yaml). Every point is checked"
                    + " before anything runs. Rerunning with the same --out skips the points already done; a folder"
                    + " holding another grid's, configuration's or data's results is refused.",
            "Each point runs the sequential pipeline with a blocking wait; metrics assume a market open around the"
                    + " clock."
        })
public final class SweepCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Base configuration (default: configs/backtest.yaml).")
    Path config;

    @Option(names = "--grid", paramLabel = "FILE", required = true, description = "The grid: keys and value lists (YAML).")
    Path grid;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder (default: var/sweeps/<grid file name>); an existing one is resumed.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Points run at once (default: the cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--keep-journals", description = "Keep each point's journal in <out>/journals/point-<index> (by"
            + " default each is deleted once its metrics are computed).")
    boolean keepJournals;

    @Option(names = "--data", paramLabel = "FILE", arity = "1..*",
            description = "Market data files, instead of the configuration's.")
    List<Path> data;

    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            throw new UserFacingException("--threads: must be at least 1, was " + threads, QuantAgentCommand.EXIT_USAGE);
        }
        PrintWriter o = spec.commandLine().getOut();
        Path configFile = ResearchInputs.configFile(config);
        List<DataInput> inputs = ResearchInputs.data(configFile, data);
        Path folder = out != null ? out : Path.of("var", "sweeps", baseName(grid));
        Runnable quiet = ResearchInputs.quietEngineWarnings();
        try {
            ParameterGrid parameterGrid = ParameterGrid.load(grid);
            GridConfigs configs = new GridConfigs(configFile, parameterGrid, inputs);
            if (!parameterGrid.keys().contains("bars.timeframe")) {
                ResearchInputs.fitBars(configs.base(), configFile, inputs, false, spec.commandLine().getErr());
            }
            o.printf(Locale.ROOT, "sweep: %,d points (%s) over %s, %d thread%s%n", parameterGrid.size(),
                    axes(parameterGrid), inputs.size() == 1 ? inputs.get(0).path() : inputs.size() + " data files",
                    threads, threads == 1 ? "" : "s");
            o.printf(Locale.ROOT, "results: %s and %s%n", folder.resolve(SweepResults.CSV), SweepResults.JSONL);
            if (quiet != null) {
                o.println("(the engine's warnings, such as daily loss limits reached, are not shown for each run; set"
                        + " QA_LOG_LEVEL=WARN to see them)");
            }
            o.flush();
            Sweep sweep = new Sweep(configs, FeedFactory.files(),
                    new Sweep.Settings(threads, keepJournals, MetricsSettings.continuous()));
            ProgressLines progress = new ProgressLines(o);
            Sweep.Outcome outcome = sweep.run(folder, configFile.toString(), progress);
            if (outcome.ran() == 0) {
                o.printf(Locale.ROOT, "nothing to run: all %,d points are in the results%n", outcome.total());
            } else {
                o.printf(Locale.ROOT, "done: %,d point%s run in %s%s%n", outcome.ran(), outcome.ran() == 1 ? "" : "s",
                        ResearchInputs.elapsed(progress.elapsed),
                        outcome.skipped() > 0 ? " (" + outcome.skipped() + " were already done)" : "");
            }
            printTop(o, outcome.top(), outcome.total());
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

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String axes(ParameterGrid grid) {
        StringBuilder sizes = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        grid.axes().forEach(a -> {
            sizes.append(sizes.isEmpty() ? "" : " x ").append(a.size());
            keys.append(keys.isEmpty() ? "" : ", ").append(a.key());
        });
        return sizes + " values of " + keys;
    }

    private static void printTop(PrintWriter o, List<ResultRow> top, long total) {
        if (top.isEmpty()) {
            return;
        }
        o.printf(Locale.ROOT, "top %d of %,d by Sharpe:%n", top.size(), total);
        o.printf(Locale.ROOT, "%4s %7s %8s %9s %8s %7s %9s  %s%n", "rank", "point", "sharpe", "return", "max dd",
                "trades", "win rate", "parameters");
        int rank = 1;
        for (ResultRow r : top) {
            PointMetrics m = r.metrics();
            o.printf(Locale.ROOT, "%4d %7d %8s %9s %8s %7d %9s  %s%n", rank++, r.index(), ResearchInputs.ratio(m.sharpe()),
                    ResearchInputs.percent(m.totalReturn()), ResearchInputs.percent(-m.maxDrawdown()), m.trades(),
                    ResearchInputs.percent(m.winRate()).replace("+", ""), r.label());
        }
    }

    /** One line per finished point; past the first hundred, at most one every two seconds. */
    private static final class ProgressLines implements Sweep.Progress {
        private final PrintWriter out;
        private long lastPrint;
        long elapsed;

        ProgressLines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void started(long alreadyDone, long total, boolean droppedPartialLine) {
            if (droppedPartialLine) {
                out.println("note: the last line of the results was cut short by an earlier stop; it was dropped and"
                        + " its point will run again");
            }
            if (alreadyDone > 0 && alreadyDone < total) {
                out.printf(Locale.ROOT, "resuming: %,d of %,d points are already in the results; running the other %,d%n",
                        alreadyDone, total, total - alreadyDone);
            }
            out.flush();
        }

        @Override
        public void pointDone(GridPoint point, PointMetrics m, long done, long total, long ranNow, long toRun,
                long elapsedNanos) {
            elapsed = elapsedNanos;
            if (ranNow > 100 && ranNow < toRun && elapsedNanos - lastPrint < 2_000_000_000L) {
                return;
            }
            lastPrint = elapsedNanos;
            long remaining = toRun - ranNow;
            String eta = remaining == 0 ? "done" : "ETA " + ResearchInputs.elapsed(elapsedNanos / ranNow * remaining);
            int width = Long.toString(total).length();
            out.printf(Locale.ROOT, "[%" + width + "d/%d] point %d: Sharpe %s, return %s, %d trades, %,.0f events/s"
                    + "  (%s)  %s%n", done, total, point.index(), ResearchInputs.ratio(m.sharpe()),
                    ResearchInputs.percent(m.totalReturn()), m.trades(), m.eventsPerSecond(), point.label(), eta);
            out.flush();
        }
    }
}
