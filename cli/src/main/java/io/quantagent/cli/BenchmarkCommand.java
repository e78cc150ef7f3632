package io.quantagent.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quantagent.backtest.accuracy.AccuracyBenchmark;
import io.quantagent.backtest.accuracy.AccuracyProtocol;
import io.quantagent.backtest.accuracy.AccuracyRow;
import io.quantagent.backtest.accuracy.Baselines;
import io.quantagent.backtest.accuracy.BenchmarkWindow;
import io.quantagent.backtest.accuracy.BenchmarkWindows;
import io.quantagent.engine.bars.TimeFrame;
import io.quantagent.engine.data.BadRowException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quantagent benchmark --data DIR}: the QuantAgent paper's directional-accuracy protocol over its
 * benchmark windows, our fused decision next to each agent alone and the paper's baselines.
 */
@Command(
        name = "benchmark",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = {
            "Run the QuantAgent paper's accuracy protocol over benchmark windows laid out as DIR/<asset>/<ASSET>_<tf>_<k>.csv.",
            "Of each window's last 49 bars the agents see 46; a call is correct for each of the 3 horizon bars whose close"
                    + " moved its way from the last seen close. Accuracy = correct calls / (3 x windows called)."
        })
public final class BenchmarkCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of benchmark windows (default: the bundled data/quantagent-bench-1h).")
    Path data;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the table as JSON to FILE.")
    Path json;

    @Option(names = "--timeframe", defaultValue = "1h", paramLabel = "TF",
            description = "Bar period of the windows (default: 1h; the file names say it too).")
    String timeframe;

    @Override
    public Integer call() throws IOException {
        TimeFrame tf;
        try {
            tf = TimeFrame.parse(timeframe);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeframe: " + e.getMessage());
        }
        if (data == null) {
            data = Path.of(System.getProperty("quantagent.home", "."), "data", "quantagent-bench-1h");
        }
        Map<String, List<BenchmarkWindow>> windows;
        try {
            windows = BenchmarkWindows.load(data);
        } catch (BadRowException e) {
            throw new UserFacingException(e.getMessage());
        } catch (IOException e) {
            throw new UserFacingException(e.getMessage());
        }
        long started = System.nanoTime();
        List<AccuracyRow> rows = new AccuracyBenchmark(AccuracyBenchmark.paperParameters(), tf.duration()).run(windows);
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        print(out, rows);
        out.printf(Locale.ROOT, "%d windows, %d seen + %d horizon bars each; random = mean of %d seeds; %.1f s%n",
                rows.get(rows.size() - 1).windows(), AccuracyProtocol.SEEN_BARS, AccuracyProtocol.HORIZON_BARS,
                Baselines.RANDOM_SEEDS, seconds);
        out.flush();
        if (json != null) {
            writeJson(rows, json);
        }
        return 0;
    }

    static void print(PrintWriter out, List<AccuracyRow> rows) {
        out.printf(Locale.ROOT, "%-6s %7s %7s %15s %15s %15s %7s %7s %7s %7s%n", "asset", "windows", "ours",
                "indicator(cov)", "pattern(cov)", "trend(cov)", "long", "random", "linreg", "gain");
        for (AccuracyRow r : rows) {
            if (r.asset().equals("mean")) {
                out.println("-".repeat(104));
            }
            out.printf(Locale.ROOT, "%-6s %7d %7s %15s %15s %15s %7s %7s %7s %7s%n", r.asset(), r.windows(),
                    pct(r.ours()), withCoverage(r.indicator(), r.indicatorCoverage()),
                    withCoverage(r.pattern(), r.patternCoverage()), withCoverage(r.trend(), r.trendCoverage()),
                    pct(r.alwaysLong()), pct(r.random()), pct(r.linearRegression()), signedPct(r.gainOverRandom()));
        }
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private static String signedPct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100 * v);
    }

    private static String withCoverage(double accuracy, double coverage) {
        return pct(accuracy) + " (" + String.format(Locale.ROOT, "%.0f%%", 100 * coverage) + ")";
    }

    private void writeJson(List<AccuracyRow> rows, Path file) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (AccuracyRow r : rows) {
            ObjectNode o = array.addObject();
            o.put("asset", r.asset());
            o.put("windows", r.windows());
            put(o, "ours", r.ours());
            put(o, "indicator", r.indicator());
            put(o, "indicatorCoverage", r.indicatorCoverage());
            put(o, "pattern", r.pattern());
            put(o, "patternCoverage", r.patternCoverage());
            put(o, "trend", r.trend());
            put(o, "trendCoverage", r.trendCoverage());
            put(o, "alwaysLong", r.alwaysLong());
            put(o, "random", r.random());
            put(o, "linearRegression", r.linearRegression());
            put(o, "gainOverRandom", r.gainOverRandom());
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            mapper.writeValue(file.toFile(), array);
        } catch (IOException e) {
            throw new UserFacingException(file + ": cannot write JSON: " + e.getMessage());
        }
    }

    private static void put(ObjectNode o, String key, double v) {
        if (Double.isNaN(v)) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }
}
