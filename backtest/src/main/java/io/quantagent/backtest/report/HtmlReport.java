package io.quantagent.backtest.report;

import io.quantagent.backtest.metrics.AgentAttribution;
import io.quantagent.backtest.metrics.DecisionOutcomes;
import io.quantagent.backtest.metrics.DecisionRecord;
import io.quantagent.backtest.metrics.InstrumentBars;
import io.quantagent.backtest.metrics.Metrics;
import io.quantagent.backtest.metrics.MetricsSettings;
import io.quantagent.backtest.metrics.NamedMetrics;
import io.quantagent.backtest.metrics.RunData;
import io.quantagent.backtest.metrics.TradeRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes the report of a backtest run as one self-contained HTML file that opens offline: candlesticks per
 * instrument with entries, exits, stops and targets; equity (with any baselines' curves) and drawdown; the metrics
 * next to any baselines; the
 * trades; how each agent's views related to the decisions and the outcomes; and the configuration.
 *
 * <p>Nothing is fetched when the file is opened: ECharts is inlined from its WebJar and the data sits in an inline
 * JSON block. Tables are plain HTML, readable without JavaScript. Long runs are not thinned: every bar is in the
 * file, the price charts open on the last {@value #INITIAL_WINDOW_BARS} bars with a zoom slider over the whole
 * run, candlesticks switch to ECharts' large mode above a few thousand bars, and the equity and drawdown lines are
 * drawn with LTTB sampling. A run of 10,000 one-minute bars and 500 trades makes a file of about 2.3 MB: 1 MB
 * of library, 1 MB of chart data, the rest the tables.
 *
 * <p>When the charts have been drawn, the element {@code #render-status} gets {@code data-status="ok"}; on a
 * script error it gets {@code data-status="error"} and the message, which {@code bin/render-report} checks.
 */
public final class HtmlReport {

    /** Bars shown when a price chart opens; the slider reaches the rest. */
    public static final int INITIAL_WINDOW_BARS = 750;

    /** Below this span the header warns that the annualised return is an extrapolation. */
    static final double SHORT_RUN_DAYS = 90;

    private static final String RESOURCES = "/io/quantagent/backtest/report/";

    private HtmlReport() {
    }

    /** Writes the report of {@code run} with its {@code metrics} to {@code outFile} (parent folders are created). */
    public static void write(RunData run, Metrics metrics, Path outFile) throws IOException {
        write(run, metrics, List.of(), outFile);
    }

    /**
     * Writes the report of {@code run} with its {@code metrics}, and {@code baselines} in columns next to them, to
     * {@code outFile} (parent folders are created).
     */
    public static void write(RunData run, Metrics metrics, List<NamedMetrics> baselines, Path outFile) throws IOException {
        write(run, metrics, baselines, List.of(), outFile);
    }

    /**
     * Writes the report of {@code run} with its {@code metrics}, {@code baselines} in columns next to them, and the
     * baselines' equity {@code curves} in the equity chart, to {@code outFile} (parent folders are created).
     */
    public static void write(RunData run, Metrics metrics, List<NamedMetrics> baselines, List<BaselineCurve> curves,
            Path outFile) throws IOException {
        Path parent = outFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(outFile, html(run, metrics, baselines, curves), StandardCharsets.UTF_8);
    }

    /** The report as a string. */
    public static String html(RunData run, Metrics metrics, List<NamedMetrics> baselines) {
        return html(run, metrics, baselines, List.of());
    }

    /** The report as a string, with the baselines' equity curves in the equity chart. */
    public static String html(RunData run, Metrics metrics, List<NamedMetrics> baselines, List<BaselineCurve> curves) {
        List<TradeRecord> trades = new ArrayList<>(run.trades());
        trades.sort(Comparator.comparingLong(TradeRecord::entryTimeNanos));
        StringBuilder html = new StringBuilder(1 << 20);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.text(run.title())).append(" \u2013 backtest report</title>\n")
                .append("<style>\n").append(resource("report.css")).append("</style>\n</head>\n<body>\n");
        header(html, run, metrics);
        charts(html, run);
        metricsTable(html, metrics, baselines);
        attribution(html, run, metrics);
        tradesTable(html, trades);
        configuration(html, run);
        html.append("<script type=\"application/json\" id=\"report-data\">")
                .append(ChartData.json(run, trades, curves, INITIAL_WINDOW_BARS))
                .append("</script>\n");
        html.append("<script>\n").append(EchartsLibrary.script()).append("\n</script>\n");
        html.append("<script>\n").append(EchartsLibrary.checkedInline(resource("report.js"), "report.js"))
                .append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, RunData run, Metrics metrics) {
        html.append("<header>\n<h1>").append(Html.text(run.title())).append("</h1>\n<dl class=\"summary\">\n");
        List<String> names = new ArrayList<>();
        int bars = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (InstrumentBars instrument : run.instruments()) {
            names.add(instrument.instrument());
            bars += instrument.size();
            if (instrument.size() > 0) {
                first = Math.min(first, instrument.bars().get(0).timeNanos());
                last = Math.max(last, instrument.bars().get(instrument.size() - 1).timeNanos());
            }
        }
        item(html, "Instruments", String.join(", ", names));
        item(html, "Bars", bars + " of " + run.timeFrame() + (bars == 0 ? "" : ", closing "
                + Formats.time(first) + " to " + Formats.time(last) + " UTC"));
        item(html, "Starting cash", Formats.money(run.startingCash()));
        item(html, "Final equity", Formats.money(metrics.finalEquity()) + " (" + Formats.percent(metrics.totalReturn()) + ")");
        item(html, "Trades", Integer.toString(metrics.trades()));
        MetricsSettings settings = metrics.settings();
        item(html, "Assumptions", String.format(Locale.ROOT,
                "%s periods a year for annualising; risk-free rate %s a year; CAGR over years of %s days;"
                        + " decisions scored %d bar(s) ahead", Formats.plain(metrics.periodsPerYear()),
                Formats.percent(settings.riskFreeRate()), Formats.plain(settings.daysPerYear()),
                settings.accuracyHorizonBars()));
        double days = bars == 0 ? 0 : (last - first) / 86_400e9;
        if (days < SHORT_RUN_DAYS) {
            item(html, "Caution", String.format(Locale.ROOT, "the run covers %.1f days: CAGR and Calmar extrapolate"
                    + " them to a year and mean little below %.0f days", days, SHORT_RUN_DAYS));
        }
        html.append("</dl>\n<p id=\"render-status\" data-status=\"pending\">Charts not drawn yet (JavaScript is off,"
                + " or still running).</p>\n</header>\n");
    }

    private static void item(StringBuilder html, String term, String value) {
        html.append("<dt>").append(Html.text(term)).append("</dt><dd>").append(Html.text(value)).append("</dd>\n");
    }

    private static void charts(StringBuilder html, RunData run) {
        html.append("<section id=\"prices\">\n<h2>Prices and trades</h2>\n")
                .append("<p class=\"note\">\u25b2 long entry, \u25bc short entry, \u25c6 exit (green won, red lost);"
                        + " dashed lines: stop (red) and target (green) of each trade, from entry to exit."
                        + " Bars are labelled by their close time (UTC). Drag the slider or scroll to zoom.</p>\n");
        for (int i = 0; i < run.instruments().size(); i++) {
            html.append("<div class=\"chart price\" id=\"price-").append(i).append("\"></div>\n");
        }
        html.append("</section>\n<section id=\"equity-curves\">\n<h2>Equity and drawdown</h2>\n")
                .append("<p class=\"note\">Dashed lines: the baselines' equity, where given. Drawdown is this run's.</p>\n")
                .append("<div class=\"chart equity\" id=\"equity\"></div>\n")
                .append("<div class=\"chart drawdown\" id=\"drawdown\"></div>\n</section>\n");
    }

    private static void metricsTable(StringBuilder html, Metrics metrics, List<NamedMetrics> baselines) {
        html.append("<section id=\"metrics\">\n<h2>Metrics</h2>\n<div class=\"scroll\">\n<table class=\"metrics\">\n<thead><tr><th>Metric</th>")
                .append("<th>This run</th>");
        for (NamedMetrics baseline : baselines) {
            html.append("<th>").append(Html.text(baseline.name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (MetricRow row : MetricRow.ALL) {
            html.append("<tr><th title=\"").append(Html.text(row.definition())).append("\">")
                    .append(Html.text(row.label())).append("</th><td>")
                    .append(Html.text(row.value().apply(metrics))).append("</td>");
            for (NamedMetrics baseline : baselines) {
                html.append("<td>").append(Html.text(row.value().apply(baseline.metrics()))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n<details><summary>Definitions</summary>\n<dl class=\"definitions\">\n");
        for (MetricRow row : MetricRow.ALL) {
            item(html, row.label(), row.definition());
        }
        html.append("</dl>\n<p class=\"note\">Per-bar returns are taken between consecutive equity points (one per bar);"
                + " ratios divided by zero show \u221e, and a statistic without data shows n/a.</p>\n</details>\n")
                .append("</section>\n");
    }

    private static void attribution(StringBuilder html, RunData run, Metrics metrics) {
        DecisionOutcomes outcomes = DecisionOutcomes.of(run, metrics.settings().accuracyHorizonBars());
        html.append("<section id=\"attribution\">\n<h2>Agents</h2>\n<p class=\"note\">")
                .append(outcomes.size()).append(" decisions. <i>With the decision</i>: share of the LONG or SHORT")
                .append(" decisions that the agent's view agreed with. <i>With the outcome</i>: share of the agent's views")
                .append(" that matched the sign of the close change ").append(metrics.settings().accuracyHorizonBars())
                .append(" bar(s) later (an unchanged close matches neither).</p>\n")
                .append("<table class=\"attribution\">\n<thead><tr><th>Agent</th><th>Had a view</th>")
                .append("<th>Agreed with the decision</th><th>Agreed with the outcome</th></tr></thead>\n<tbody>\n");
        for (AgentAttribution agent : outcomes.attribution()) {
            html.append("<tr><th>").append(Html.text(agent.agent().title())).append("</th><td>")
                    .append(Html.text(Formats.share(agent.views(), agent.decisions()))).append("</td><td>")
                    .append(Html.text(Formats.share(agent.agreedWithDecision(), agent.decided()))).append("</td><td>")
                    .append(Html.text(Formats.share(agent.agreedWithOutcome(), agent.scoredViews())))
                    .append("</td></tr>\n");
        }
        html.append("<tr class=\"fused\"><th>Fused decision</th><td>")
                .append(Html.text(Formats.share(decided(run), outcomes.size()))).append("</td><td>\u2013</td><td>")
                .append(Html.text(Formats.share(outcomes.correct(), outcomes.scored()))).append("</td></tr>\n")
                .append("</tbody>\n</table>\n</section>\n");
    }

    private static int decided(RunData run) {
        int decided = 0;
        for (DecisionRecord decision : run.decisions()) {
            if (decision.decision().sign() != 0) {
                decided++;
            }
        }
        return decided;
    }

    private static void tradesTable(StringBuilder html, List<TradeRecord> trades) {
        html.append("<section id=\"trades\">\n<h2>Trades</h2>\n<div class=\"scroll\">\n<table class=\"trades\">\n<thead><tr>")
                .append("<th>#</th><th>Instrument</th><th>Side</th><th>Entry (UTC)</th><th>Entry price</th>")
                .append("<th>Exit (UTC)</th><th>Exit price</th><th>Quantity</th><th>Stop</th><th>Target</th>")
                .append("<th>Gross PnL</th><th>Fees</th><th>Net PnL</th><th>Return</th><th>Exit</th></tr></thead>\n<tbody>\n");
        for (int t = 0; t < trades.size(); t++) {
            TradeRecord trade = trades.get(t);
            html.append("<tr class=\"").append(trade.netPnl() > 0 ? "win" : trade.netPnl() < 0 ? "loss" : "even")
                    .append("\"><td>").append(t + 1).append("</td>");
            cell(html, trade.instrument());
            cell(html, trade.isLong() ? "long" : "short");
            cell(html, Formats.time(trade.entryTimeNanos()));
            cell(html, Formats.plain(trade.entryPrice()));
            cell(html, Formats.time(trade.exitTimeNanos()));
            cell(html, Formats.plain(trade.exitPrice()));
            cell(html, Formats.plain(trade.quantity()));
            cell(html, Double.isNaN(trade.stopPrice()) ? "\u2013" : Formats.plain(trade.stopPrice()));
            cell(html, Double.isNaN(trade.targetPrice()) ? "\u2013" : Formats.plain(trade.targetPrice()));
            cell(html, Formats.money(trade.grossPnl()));
            cell(html, Formats.money(trade.fees()));
            cell(html, Formats.money(trade.netPnl()));
            cell(html, Formats.percent(trade.netReturn()));
            cell(html, trade.exitReason().name().toLowerCase(Locale.ROOT));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void cell(StringBuilder html, String text) {
        html.append("<td>").append(Html.text(text)).append("</td>");
    }

    private static void configuration(StringBuilder html, RunData run) {
        html.append("<section id=\"configuration\">\n<h2>Configuration</h2>\n<pre>")
                .append(run.configuration().isEmpty() ? "(none given)" : Html.text(run.configuration()))
                .append("</pre>\n</section>\n");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCES + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCES + name, e);
        }
    }
}
