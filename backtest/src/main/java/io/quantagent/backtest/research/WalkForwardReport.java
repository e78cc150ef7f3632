package io.quantagent.backtest.research;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quantagent.backtest.metrics.EquityPoint;
import io.quantagent.backtest.metrics.Metrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Writes a walk-forward's out-of-sample results: {@code walkforward.csv} (a row per window) and {@code walkforward.json}. */
public final class WalkForwardReport {

    /** The CSV file's name. */
    public static final String CSV = "walkforward.csv";
    /** The JSON file's name. */
    public static final String JSON = "walkforward.json";

    static final String WARM_UP_NOTE = "Each window runs a fresh engine on that window's events alone: the agents"
            + " warm up inside the window (no signal until the longest indicator has its history) and the account"
            + " starts from the configured cash. The stitched curve chains the out-of-sample parts' returns.";

    private WalkForwardReport() {
    }

    /** Writes both files into {@code out} (created if needed). */
    public static void write(Path out, WalkForward.Result result, WalkForward.Settings settings, ParameterGrid grid,
            String configName) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve(CSV), csv(result, settings, grid.keys()), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(JSON), json(result, settings, grid, configName), StandardCharsets.UTF_8);
    }

    static String csv(WalkForward.Result result, WalkForward.Settings settings, List<String> keys) {
        StringBuilder sb = new StringBuilder("window,in_sample_from,in_sample_to,out_of_sample_from,out_of_sample_to,"
                + "partial");
        for (String key : keys) {
            sb.append(',').append(SweepResults.csvField(key));
        }
        sb.append(",in_sample_").append(settings.objective().key())
                .append(",total_return,sharpe,sortino,calmar,max_drawdown,trades,win_rate,profit_factor,accuracy,fees\n");
        for (WalkForward.WindowResult w : result.windows()) {
            WalkForwardWindow win = w.window();
            sb.append(win.number()).append(',').append(time(win.inSampleFrom())).append(',')
                    .append(time(win.inSampleTo())).append(',').append(time(win.outOfSampleFrom())).append(',')
                    .append(time(win.outOfSampleTo())).append(',').append(win.partial());
            for (int i = 0; i < keys.size(); i++) {
                sb.append(',').append(SweepResults.csvField(w.chosen().text(i)));
            }
            PointMetrics m = w.outOfSample();
            sb.append(',').append(SweepResults.decimal(w.inSampleObjective(), 4));
            appendMetrics(sb, m.totalReturn(), m.sharpe(), m.sortino(), m.calmar(), m.maxDrawdown(), m.trades(),
                    m.winRate(), m.profitFactor(), m.accuracy(), m.fees());
        }
        List<WalkForward.WindowResult> windows = result.windows();
        Metrics s = result.stitchedMetrics();
        sb.append("stitched,,,").append(time(windows.getFirst().window().outOfSampleFrom())).append(',')
                .append(time(windows.getLast().window().outOfSampleTo())).append(',');
        sb.append(",".repeat(keys.size())).append(',');
        appendMetrics(sb, s.totalReturn(), s.sharpe(), s.sortino(), s.calmar(), s.maxDrawdown(), s.trades(),
                s.winRate(), s.profitFactor(), s.directionalAccuracy(), s.feesPaid());
        return sb.toString();
    }

    private static void appendMetrics(StringBuilder sb, double totalReturn, double sharpe, double sortino,
            double calmar, double maxDrawdown, int trades, double winRate, double profitFactor, double accuracy,
            double fees) {
        sb.append(',').append(SweepResults.decimal(totalReturn, 6)).append(',').append(SweepResults.decimal(sharpe, 4))
                .append(',').append(SweepResults.decimal(sortino, 4)).append(',')
                .append(SweepResults.decimal(calmar, 4)).append(',').append(SweepResults.decimal(maxDrawdown, 6))
                .append(',').append(trades).append(',').append(SweepResults.decimal(winRate, 4)).append(',')
                .append(SweepResults.decimal(profitFactor, 4)).append(',').append(SweepResults.decimal(accuracy, 4))
                .append(',').append(SweepResults.decimal(fees, 2)).append('\n');
    }

    static String json(WalkForward.Result result, WalkForward.Settings settings, ParameterGrid grid, String configName)
            throws IOException {
        ObjectNode root = SweepResults.JSON.createObjectNode();
        root.put("config", configName);
        root.put("grid", grid.source());
        root.put("points", grid.size());
        root.put("objective", settings.objective().key());
        root.put("inSample", settings.inSample().toString());
        root.put("outOfSample", settings.outOfSample().toString());
        root.put("step", settings.step().toString());
        root.put("note", WARM_UP_NOTE);
        ArrayNode windows = root.putArray("windows");
        for (WalkForward.WindowResult w : result.windows()) {
            WalkForwardWindow win = w.window();
            ObjectNode node = windows.addObject();
            node.put("window", win.number());
            node.put("inSampleFrom", time(win.inSampleFrom()));
            node.put("inSampleTo", time(win.inSampleTo()));
            node.put("outOfSampleFrom", time(win.outOfSampleFrom()));
            node.put("outOfSampleTo", time(win.outOfSampleTo()));
            node.put("partial", win.partial());
            ObjectNode chosen = node.putObject("chosen");
            chosen.put("index", w.chosen().index());
            ObjectNode parameters = chosen.putObject("parameters");
            for (int i = 0; i < w.chosen().keys().size(); i++) {
                parameters.set(w.chosen().keys().get(i), w.chosen().values().get(i));
            }
            node.put("inSampleObjective", w.inSampleObjective());
            node.set("outOfSample", SweepResults.JSON.valueToTree(w.outOfSample()));
        }
        Metrics s = result.stitchedMetrics();
        ObjectNode stitched = root.putObject("stitched");
        stitched.put("barLength", result.stitched().timeFrame().toString());
        stitched.put("totalReturn", s.totalReturn());
        stitched.put("cagr", s.cagr());
        stitched.put("sharpe", s.sharpe());
        stitched.put("sortino", s.sortino());
        stitched.put("calmar", s.calmar());
        stitched.put("maxDrawdown", s.maxDrawdown());
        stitched.put("trades", s.trades());
        stitched.put("winRate", s.winRate());
        stitched.put("profitFactor", s.profitFactor());
        stitched.put("accuracy", s.directionalAccuracy());
        stitched.put("fees", s.feesPaid());
        stitched.put("finalEquity", s.finalEquity());
        ArrayNode equity = stitched.putArray("equity");
        for (EquityPoint p : result.stitched().equity()) {
            equity.addArray().add(time(p.timeNanos())).add(p.equity());
        }
        return SweepResults.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }

    static String time(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L))
                .toString();
    }
}
