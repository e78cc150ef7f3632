package io.quantagent.backtest.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quantagent.backtest.metrics.EquityPoint;
import io.quantagent.backtest.metrics.InstrumentBars;
import io.quantagent.backtest.metrics.Metrics;
import io.quantagent.backtest.metrics.MetricsSettings;
import io.quantagent.backtest.metrics.NamedMetrics;
import io.quantagent.backtest.metrics.RunData;
import io.quantagent.backtest.metrics.TradeRecord;
import io.quantagent.backtest.report.BaselineCurve;
import io.quantagent.backtest.report.HtmlReport;
import io.quantagent.engine.journal.Field;
import io.quantagent.engine.journal.RunCounts;
import io.quantagent.engine.pipeline.RunSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The files of a backtest run folder, written from a {@link BacktestResult}:
 * <ul>
 *   <li>{@code summary.json}: the run's instruments, counts and speed, every metric of ours and of each baseline
 *       side by side under {@code metrics.<id>} (ids {@code run}, {@code buy_and_hold}, {@code random},
 *       {@code ta4j_macd}; names under {@code names}), the metric settings, and the configuration as YAML text.
 *       A ratio that is not a number is {@code null}; an infinite one is the string {@code "Infinity"} or
 *       {@code "-Infinity"}; durations are ISO-8601 ({@code PT3H12M}).</li>
 *   <li>{@code trades.csv}: one row per trade, in entry order.</li>
 *   <li>{@code equity.csv}: one row per equity point (one per bar close), with the drawdown from the running peak.</li>
 *   <li>{@code report.html}: the {@link HtmlReport} with the baselines' metrics next to ours and their equity
 *       curves in the equity chart.</li>
 * </ul>
 * Times in the CSV files are ISO-8601 UTC; numbers are plain decimals (no exponent, no thousands separator); a
 * missing stop or target is an empty cell.
 */
public final class BacktestFiles {

    /** The summary's file name. */
    public static final String SUMMARY = "summary.json";
    /** The trades' file name. */
    public static final String TRADES = "trades.csv";
    /** The equity curve's file name. */
    public static final String EQUITY = "equity.csv";
    /** The report's file name. */
    public static final String REPORT = "report.html";

    /** The header row of trades.csv. */
    public static final String TRADES_HEADER = "number,instrument,side,entry_time,entry_price,exit_time,exit_price,"
            + "quantity,stop_price,target_price,gross_pnl,fees,net_pnl,net_return,exit_reason";
    /** The header row of equity.csv. */
    public static final String EQUITY_HEADER = "time,equity,cash,position_notional,drawdown";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BacktestFiles() {
    }

    /** Writes the four files into the result's run folder. */
    public static void write(BacktestResult result) throws IOException {
        Path dir = result.outDir();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(SUMMARY), summaryJson(result), StandardCharsets.UTF_8);
        writeTrades(result.ours().run(), dir.resolve(TRADES));
        writeEquity(result.ours().run(), dir.resolve(EQUITY));
        List<NamedMetrics> baselines = result.baselines().stream().map(NamedRun::named).toList();
        List<BaselineCurve> curves = result.baselines().stream()
                .map(b -> new BaselineCurve(b.name(), b.run().equity())).toList();
        HtmlReport.write(result.ours().run(), result.ours().metrics(), baselines, curves, dir.resolve(REPORT));
    }

    /** The content of summary.json. */
    public static String summaryJson(BacktestResult result) {
        RunData run = result.ours().run();
        RunSummary summary = result.summary();
        ObjectNode root = JSON.createObjectNode();
        root.put("title", run.title());
        ArrayNode instruments = root.putArray("instruments");
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (InstrumentBars bars : run.instruments()) {
            instruments.add(bars.instrument());
            if (bars.size() > 0) {
                first = Math.min(first, bars.bars().getFirst().timeNanos());
                last = Math.max(last, bars.bars().getLast().timeNanos());
            }
        }
        root.put("timeframe", run.timeFrame().toString());
        root.put("firstBarClose", first == Long.MAX_VALUE ? null : Field.timeText(first));
        root.put("lastBarClose", last == Long.MIN_VALUE ? null : Field.timeText(last));
        root.put("startingCash", run.startingCash());

        ObjectNode files = root.putObject("files");
        files.put("journal", Backtest.JOURNAL);
        files.put("randomJournal", Backtest.RANDOM_JOURNAL.toString().replace('\\', '/'));
        files.put("trades", TRADES);
        files.put("equity", EQUITY);
        files.put("report", REPORT);

        ObjectNode counts = root.putObject("counts");
        for (RecordComponent c : RunCounts.class.getRecordComponents()) {
            counts.put(c.getName(), (Long) value(c, summary.counts()));
        }
        ObjectNode speed = root.putObject("speed");
        speed.put("events", summary.eventsIn());
        speed.put("seconds", summary.elapsedNanos() / 1e9);
        speed.put("eventsPerSecond", Math.round(summary.eventsPerSecond()));
        speed.put("topology", summary.topology().name());
        speed.put("waitStrategy", summary.waitStrategy().name());

        ObjectNode names = root.putObject("names");
        ObjectNode metrics = root.putObject("metrics");
        for (NamedRun named : result.all()) {
            names.put(named.id(), named.name());
            metrics.set(named.id(), metricsNode(named.metrics()));
        }
        MetricsSettings settings = result.ours().metrics().settings();
        ObjectNode assumptions = root.putObject("metricsSettings");
        for (RecordComponent c : MetricsSettings.class.getRecordComponents()) {
            put(assumptions, c.getName(), value(c, settings));
        }
        root.put("configuration", result.configurationYaml());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode metricsNode(Metrics metrics) {
        ObjectNode node = JSON.createObjectNode();
        for (RecordComponent c : Metrics.class.getRecordComponents()) {
            if (c.getType() != MetricsSettings.class) {
                put(node, c.getName(), value(c, metrics));
            }
        }
        return node;
    }

    private static void put(ObjectNode node, String name, Object value) {
        switch (value) {
            case Double d when Double.isNaN(d) -> node.putNull(name);
            case Double d when Double.isInfinite(d) -> node.put(name, d > 0 ? "Infinity" : "-Infinity");
            case Double d -> node.put(name, d);
            case Integer i -> node.put(name, i);
            case Long l -> node.put(name, l);
            case Duration d -> node.put(name, d.toString());
            default -> node.put(name, String.valueOf(value));
        }
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    /** Writes trades.csv: the header, then one row per trade in entry order. */
    public static void writeTrades(RunData run, Path file) throws IOException {
        List<TradeRecord> trades = new ArrayList<>(run.trades());
        trades.sort(Comparator.comparingLong(TradeRecord::entryTimeNanos).thenComparing(TradeRecord::instrument));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(TRADES_HEADER);
            out.write('\n');
            int n = 0;
            for (TradeRecord t : trades) {
                out.write(String.join(",", Integer.toString(++n), csv(t.instrument()), t.isLong() ? "long" : "short",
                        Field.timeText(t.entryTimeNanos()), plain(t.entryPrice()), Field.timeText(t.exitTimeNanos()),
                        plain(t.exitPrice()), plain(t.quantity()), plain(t.stopPrice()), plain(t.targetPrice()),
                        plain(t.grossPnl()), plain(t.fees()), plain(t.netPnl()), plain(t.netReturn()),
                        t.exitReason().name().toLowerCase(Locale.ROOT)));
                out.write('\n');
            }
        }
    }

    /** Writes equity.csv: the header, then one row per equity point. */
    public static void writeEquity(RunData run, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(EQUITY_HEADER);
            out.write('\n');
            double peak = run.startingCash();
            for (EquityPoint p : run.equity()) {
                peak = Math.max(peak, p.equity());
                double drawdown = peak > 0 ? (peak - p.equity()) / peak : 0;
                out.write(String.join(",", Field.timeText(p.timeNanos()), plain(p.equity()), plain(p.cash()),
                        plain(p.positionNotional()), plain(drawdown)));
                out.write('\n');
            }
        }
    }

    /** A double as a plain decimal (its shortest exact text, no exponent); empty for NaN. */
    static String plain(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String csv(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
