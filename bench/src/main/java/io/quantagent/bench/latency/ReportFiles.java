package io.quantagent.bench.latency;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * The report's files: HdrHistogram percentile distributions ({@code .hgrm}, microseconds, readable by
 * HdrHistogram's plotter) for each run's tick, tick-to-signal and tick-to-order latency, and a self-contained
 * HTML page of percentile plots (inline SVG, no script, nothing fetched).
 */
public final class ReportFiles {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd"};
    private static final int WIDTH = 860;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 250;
    private static final int TOP = 30;
    private static final int BOTTOM = 50;
    private static final double MAX_NINES = 6;

    private ReportFiles() {
    }

    /** Writes every {@code .hgrm} file and {@code latency.html} into {@code dir}; returns the files written. */
    public static List<Path> write(LatencyReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (RunResult r : report.runs()) {
            files.add(hgrm(dir.resolve(r.spec().slug() + ".tick.hgrm"), r.tick()));
            if (r.signal().getTotalCount() > 0) {
                files.add(hgrm(dir.resolve(r.spec().slug() + ".tick-to-signal.hgrm"), r.signal()));
            }
            if (r.order().getTotalCount() > 0) {
                files.add(hgrm(dir.resolve(r.spec().slug() + ".tick-to-order.hgrm"), r.order()));
            }
        }
        Path html = dir.resolve("latency.html");
        Files.writeString(html, html(report), StandardCharsets.UTF_8);
        files.add(html);
        return files;
    }

    private static Path hgrm(Path file, Histogram h) throws IOException {
        try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
            h.outputPercentileDistribution(out, 1000.0);
        }
        return file;
    }

    /** The HTML page: one percentile plot per measure, every configuration a line. */
    static String html(LatencyReport report) {
        StringBuilder sb = new StringBuilder();
        Machine m = report.machine();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>QuantAgent latency</title><style>body{font-family:sans-serif;margin:24px;color:#222}")
                .append("svg{background:#fff;border:1px solid #ccc}text{font-size:12px}</style></head><body>\n")
                .append("<h1>QuantAgent latency benchmark</h1>\n<p>")
                .append(escape(String.format(Locale.ROOT, "%d cores, %s; %s. %,d ticks/s, %s measured after %s"
                        + " of warm-up. Latency from each tick's intended send time.", m.cores(), m.cpu(), m.jvm(),
                        report.settings().bench().rate(), LatencyHarness.text(report.settings().bench().duration()),
                        LatencyHarness.text(report.settings().bench().warmup()))))
                .append("</p>\n");
        plot(sb, "Tick-to-order", report, RunResult::order);
        plot(sb, "Tick-to-signal", report, RunResult::signal);
        plot(sb, "Tick, whole pipeline", report, RunResult::tick);
        sb.append("</body></html>\n");
        return sb.toString();
    }

    private static void plot(StringBuilder sb, String title, LatencyReport report,
            Function<RunResult, Histogram> which) {
        List<RunResult> runs = new ArrayList<>();
        long max = 1;
        long min = Long.MAX_VALUE;
        for (RunResult r : report.runs()) {
            Histogram h = which.apply(r);
            if (h.getTotalCount() > 0) {
                runs.add(r);
                max = Math.max(max, h.getMaxValue());
                min = Math.min(min, Math.max(1, h.getMinValue()));
            }
        }
        if (runs.isEmpty()) {
            return;
        }
        double yLow = Math.floor(Math.log10(Math.max(0.01, min / 1000.0)));
        double yHigh = Math.ceil(Math.log10(max / 1000.0 * 1.0001));
        if (yHigh <= yLow) {
            yHigh = yLow + 1;
        }
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        sb.append("<h2>").append(escape(title)).append("</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\">\n");
        for (int nines = 0; nines <= MAX_NINES; nines++) {
            double x = LEFT + plotW * nines / MAX_NINES;
            String label = nines == 0 ? "0%" : nines == 1 ? "90%" : "99." + "9".repeat(nines - 2) + "%";
            if (nines == 2) {
                label = "99%";
            }
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, TOP, x, TOP + plotH, x,
                    TOP + plotH + 18, label));
        }
        for (double e = yLow; e <= yHigh; e++) {
            double y = TOP + plotH - plotH * (e - yLow) / (yHigh - yLow);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, y, LEFT + plotW, y,
                    LEFT - 6, y + 4, axisMicros(Math.pow(10, e))));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">percentile</text>%n",
                LEFT + plotW / 2, HEIGHT - 10));
        sb.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\""
                + " text-anchor=\"middle\">microseconds (log)</text>%n", TOP + plotH / 2, TOP + plotH / 2));
        for (int i = 0; i < runs.size(); i++) {
            RunResult r = runs.get(i);
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (HistogramIterationValue v : which.apply(r).percentiles(5)) {
                double p = Math.min(v.getPercentileLevelIteratedTo(), 100 - Math.pow(10, 2 - MAX_NINES));
                double nines = Math.min(MAX_NINES, Math.log10(100 / (100 - p)));
                double us = Math.max(Math.pow(10, yLow), v.getValueIteratedTo() / 1000.0);
                double x = LEFT + plotW * nines / MAX_NINES;
                double y = TOP + plotH - plotH * (Math.log10(us) - yLow) / (yHigh - yLow);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            String dash = r.spec().empty() ? " stroke-dasharray=\"5,3\"" : "";
            sb.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.6\"%s"
                    + " points=\"%s\"/>%n", colour, dash, points.toString().trim()));
            int ly = TOP + 10 + i * 17;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\""
                    + " stroke-width=\"2\"%s/><text x=\"%d\" y=\"%d\">%s</text>%n", LEFT + plotW + 12, ly,
                    LEFT + plotW + 34, ly, colour, dash, LEFT + plotW + 40, ly + 4, escape(r.spec().name())));
        }
        sb.append("</svg>\n");
    }

    private static String axisMicros(double us) {
        if (us >= 1) {
            return String.format(Locale.ROOT, "%,.0f", us);
        }
        return java.math.BigDecimal.valueOf(us).round(new java.math.MathContext(1)).stripTrailingZeros()
                .toPlainString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
