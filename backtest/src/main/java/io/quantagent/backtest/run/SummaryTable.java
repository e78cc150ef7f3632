package io.quantagent.backtest.run;

import io.quantagent.backtest.metrics.Metrics;
import io.quantagent.backtest.report.Formats;
import io.quantagent.engine.pipeline.RunSummary;
import io.quantagent.engine.portfolio.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The terminal's view of a backtest: a few lines on the run, then our metrics next to each baseline's. */
public final class SummaryTable {

    private static final List<Row> ROWS = List.of(
            new Row("Total return", m -> Formats.percent(m.totalReturn())),
            new Row("CAGR", m -> Formats.percent(m.cagr()), true),
            new Row("Sharpe", m -> Formats.ratio(m.sharpe())),
            new Row("Sortino", m -> Formats.ratio(m.sortino())),
            new Row("Max drawdown", m -> Formats.percent(m.maxDrawdown())),
            new Row("Trades", m -> Integer.toString(m.trades())),
            new Row("Win rate", m -> Formats.percent(m.winRate())),
            new Row("Profit factor", m -> Formats.ratio(m.profitFactor())),
            new Row("Exposure", m -> Formats.percent(m.exposure())),
            new Row("Fees", m -> Formats.money(m.feesPaid())),
            new Row("Directional accuracy", m -> Formats.percent(m.directionalAccuracy())));

    /** Below this span a compound annual rate is an extrapolation, not a figure: the table shows n/a. */
    static final double MIN_CAGR_DAYS = 90;

    private SummaryTable() {
    }

    /** The summary as lines of text, each ending in a newline. */
    public static String render(BacktestResult result) {
        RunSummary s = result.summary();
        StringBuilder text = new StringBuilder(2048);
        text.append(String.format(Locale.ROOT, "instruments:  %s, %s bars%n", result.ours().run().title(),
                result.ours().run().timeFrame()));
        text.append(String.format(Locale.ROOT, "events:       %,d in, %,d bars, %,d decisions, %,d orders"
                        + " (%,d rejected), %,d fills, %,d faults%n", s.eventsIn(), s.bars(), s.decisions(), s.orders(),
                s.rejections(), s.fills(), s.counts().faults()));
        text.append(String.format(Locale.ROOT, "final equity: %s from %s (fees %s)%n", Money.format(s.portfolio().equity()),
                Money.format(s.portfolio().startingCash()), Money.format(s.portfolio().fees())));
        text.append(String.format(Locale.ROOT, "speed:        %,.0f events/s (%.2f s, %s, %s wait)%n%n",
                s.eventsPerSecond(), s.elapsedNanos() / 1e9, s.topology(), s.waitStrategy()));

        List<NamedRun> runs = result.all();
        List<List<String>> cells = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("");
        runs.forEach(r -> header.add(r.name()));
        cells.add(header);
        double spanDays = spanDays(result);
        boolean shortRun = spanDays < MIN_CAGR_DAYS;
        for (Row row : ROWS) {
            List<String> line = new ArrayList<>();
            line.add(row.label());
            runs.forEach(r -> line.add(row.extrapolated() && shortRun ? "n/a" : row.value().apply(r.metrics())));
            cells.add(line);
        }
        int[] widths = new int[header.size()];
        for (List<String> line : cells) {
            for (int c = 0; c < line.size(); c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        for (int r = 0; r < cells.size(); r++) {
            List<String> line = cells.get(r);
            for (int c = 0; c < line.size(); c++) {
                String cell = line.get(c);
                if (c == 0) {
                    text.append(cell).append(" ".repeat(widths[c] - cell.length()));
                } else {
                    text.append("  ").append(" ".repeat(widths[c] - cell.length())).append(cell);
                }
            }
            text.append(System.lineSeparator());
            if (r == 0) {
                int total = widths[0];
                for (int c = 1; c < widths.length; c++) {
                    total += 2 + widths[c];
                }
                text.append("-".repeat(total)).append(System.lineSeparator());
            }
        }
        if (shortRun) {
            text.append(String.format(Locale.ROOT, "(CAGR: n/a, the run covers %.1f days; an annual rate needs at least %.0f."
                    + " summary.json has the extrapolated value.)%n", spanDays, MIN_CAGR_DAYS));
        }
        text.append(System.lineSeparator());
        text.append("report:       ").append(result.report()).append(System.lineSeparator());
        text.append("summary:      ").append(result.outDir().resolve(BacktestFiles.SUMMARY)).append(System.lineSeparator());
        text.append("journal:      ").append(result.journal()).append(" (verify it with: quantagent replay ")
                .append(result.outDir()).append(')').append(System.lineSeparator());
        return text.toString();
    }

    private static double spanDays(BacktestResult result) {
        var equity = result.ours().run().equity();
        if (equity.size() < 2) {
            return 0;
        }
        return (equity.get(equity.size() - 1).timeNanos() - equity.get(0).timeNanos()) / 86_400e9;
    }

    private record Row(String label, Function<Metrics, String> value, boolean extrapolated) {
        Row(String label, Function<Metrics, String> value) {
            this(label, value, false);
        }
    }
}
