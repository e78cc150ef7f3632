package io.quantagent.backtest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantagent.backtest.metrics.Metrics;
import io.quantagent.backtest.metrics.MetricsSettings;
import io.quantagent.backtest.metrics.NamedMetrics;
import io.quantagent.backtest.metrics.PerformanceMetrics;
import io.quantagent.backtest.metrics.PriceBar;
import io.quantagent.backtest.metrics.RunData;
import io.quantagent.backtest.metrics.TradeRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s\"'<>)]+");
    /** URLs in echarts.min.js that browsers never fetch: XML namespaces and license links in comments. */
    private static final Set<String> LIBRARY_IDENTIFIERS = Set.of(
            "http://www.apache.org/licenses/LICENSE-2.0",
            "http://www.w3.org/1999/xlink",
            "http://www.w3.org/2000/svg",
            "http://www.w3.org/2000/xmlns/",
            "http://www.w3.org/XML/1998/namespace",
            "https://github.com/ecomfe/zrender/blob/master/LICENSE.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final RunData run = SampleRun.of("Sample run: BTC & ETH", 600, "BTC-USD", "ETH-USD");
    private final Metrics metrics = PerformanceMetrics.compute(run, MetricsSettings.continuous());

    @Test
    void writesOneFileWithTheChartLibraryInline() throws IOException {
        Path file = folder.resolve("out/report.html");
        HtmlReport.write(run, metrics, List.of(), file);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        keepSampleForPeople(file);

        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).contains("<script>\n" + EchartsLibrary.script() + "\n</script>");
        assertThat(EchartsLibrary.script()).contains("version=\"" + EchartsLibrary.version() + "\"");
        assertThat(html).contains("<p id=\"render-status\" data-status=\"pending\">");
        assertThat(html).contains("id=\"price-0\"", "id=\"price-1\"", "id=\"equity\"", "id=\"drawdown\"");
    }

    @Test
    void aRunOfDaysCarriesACautionAboutItsAnnualisedFigures() {
        String html = HtmlReport.html(run, metrics, List.of());
        assertThat(html).contains("<dt>Caution</dt><dd>the run covers 0.4 days: CAGR and Calmar extrapolate");
        RunData quarter = SampleRun.of("A quarter", 91 * 24 * 60, "BTC-USD");
        assertThat(HtmlReport.html(quarter, PerformanceMetrics.compute(quarter, MetricsSettings.continuous()), List.of()))
                .doesNotContain("<dt>Caution</dt>");
    }

    @Test
    void nothingInTheFileIsFetchedFromTheNetwork() {
        String html = HtmlReport.html(run, metrics, List.of());
        String library = EchartsLibrary.script();
        List<String> libraryUrls = urls(library);
        assertThat(libraryUrls).isNotEmpty().allMatch(LIBRARY_IDENTIFIERS::contains);

        String ours = html.replace(library, "");
        assertThat(urls(ours)).isEmpty();
        assertThat(ours).doesNotContainIgnoringCase(" src=").doesNotContainIgnoringCase(" href=")
                .doesNotContainIgnoringCase("@import").doesNotContain("//cdn");
    }

    @Test
    void theDataBlockParsesAndHoldsEveryBarTradeAndEquityPoint() throws IOException {
        JsonNode data = JSON.readTree(dataBlock(HtmlReport.html(run, metrics, List.of())));

        assertThat(data.get("title").asText()).isEqualTo("Sample run: BTC & ETH");
        assertThat(data.get("instruments")).hasSize(2);
        JsonNode btc = data.get("instruments").get(0);
        assertThat(btc.get("name").asText()).isEqualTo("BTC-USD");
        assertThat(btc.get("time")).hasSize(600);
        assertThat(btc.get("time").get(0).asLong()).isEqualTo(SampleRun.START / 1_000_000);
        PriceBar bar = run.instruments().get(0).bars().get(5);
        JsonNode candle = btc.get("candles").get(5);
        assertThat(candle.get(0).asDouble()).isCloseTo(bar.open(), within(bar.open() * 1e-6));
        assertThat(candle.get(1).asDouble()).isCloseTo(bar.close(), within(bar.close() * 1e-6));
        assertThat(candle.get(2).asDouble()).isCloseTo(bar.low(), within(bar.low() * 1e-6));
        assertThat(candle.get(3).asDouble()).isCloseTo(bar.high(), within(bar.high() * 1e-6));

        List<TradeRecord> ordered = new ArrayList<>(run.trades());
        ordered.sort(Comparator.comparingLong(TradeRecord::entryTimeNanos));
        int inJson = data.get("instruments").get(0).get("trades").size() + data.get("instruments").get(1).get("trades").size();
        assertThat(inJson).isEqualTo(run.trades().size()).isGreaterThan(4);
        JsonNode first = btc.get("trades").get(0);
        TradeRecord trade = ordered.get(first.get("n").asInt() - 1);
        assertThat(trade.instrument()).isEqualTo("BTC-USD");
        assertThat(first.get("entryX").asInt()).isEqualTo((int) ((trade.entryTimeNanos() - SampleRun.START) / SampleRun.MINUTE_NANOS));
        assertThat(first.get("exitX").asInt()).isEqualTo((int) ((trade.exitTimeNanos() - SampleRun.START) / SampleRun.MINUTE_NANOS));
        assertThat(first.get("stop").asDouble()).isEqualTo(trade.stopPrice());
        assertThat(first.get("target").asDouble()).isEqualTo(trade.targetPrice());
        assertThat(first.get("reason").asText()).isEqualTo(trade.exitReason().name());

        assertThat(data.get("equity").get("equity")).hasSize(600);
        double lowest = 0;
        for (JsonNode dd : data.get("equity").get("drawdown")) {
            lowest = Math.min(lowest, dd.asDouble());
        }
        assertThat(lowest).isCloseTo(-metrics.maxDrawdown(), within(1e-6));
    }

    @Test
    void baselineCurvesGoIntoTheEquityChartUnderTheirNames() throws IOException {
        RunData other = SampleRun.of("other", 600, "BTC-USD", "ETH-USD");
        String html = HtmlReport.html(run, metrics, List.of(new NamedMetrics("buy and hold", metrics)),
                List.of(new BaselineCurve("buy and hold", other.equity())));

        JsonNode baselines = JSON.readTree(dataBlock(html)).get("baselines");
        assertThat(baselines).hasSize(1);
        assertThat(baselines.get(0).get("name").asText()).isEqualTo("buy and hold");
        assertThat(baselines.get(0).get("equity")).hasSize(other.equity().size());
        assertThat(baselines.get(0).get("equity").get(599).asDouble())
                .isCloseTo(other.equity().get(599).equity(), within(other.equity().get(599).equity() * 1e-6));
        assertThat(JSON.readTree(dataBlock(HtmlReport.html(run, metrics, List.of()))).get("baselines")).isEmpty();
    }

    @Test
    void textFromTheRunIsEscapedEverywhere() throws IOException {
        String name = "<img onerror=x>\"&'";
        String title = "</script><b>bold</b>";
        RunData raw = SampleRun.of(title, 120, name);
        RunData evil = new RunData(raw.title(), raw.timeFrame(), raw.startingCash(), raw.instruments(), raw.equity(),
                raw.trades(), raw.decisions(), "key: <script>alert(1)</script>\n");
        Metrics evilMetrics = PerformanceMetrics.compute(evil, MetricsSettings.continuous());
        String html = HtmlReport.html(evil, evilMetrics, List.of(new NamedMetrics("<i>baseline</i>", evilMetrics)));
        String ours = html.replace(EchartsLibrary.script(), "");

        assertThat(ours).doesNotContain(name).doesNotContain(title).doesNotContain("<script>alert")
                .doesNotContain("<i>baseline</i>");
        assertThat(ours).contains("&lt;img onerror=x&gt;&quot;&amp;&#39;", "&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;",
                "key: &lt;script&gt;alert(1)&lt;/script&gt;", "<th>&lt;i&gt;baseline&lt;/i&gt;</th>");
        assertThat(ours.split("</script>", -1)).as("only our three script elements end").hasSize(4);
        JsonNode data = JSON.readTree(dataBlock(html));
        assertThat(data.get("title").asText()).isEqualTo(title);
        assertThat(data.get("instruments").get(0).get("name").asText()).isEqualTo(name);
    }

    @Test
    void tablesHaveARowPerMetricTradeAndAgent() {
        Metrics other = PerformanceMetrics.compute(SampleRun.of("other", 600, "BTC-USD", "ETH-USD"),
                MetricsSettings.continuous().withRiskFreeRate(0.04));
        String html = HtmlReport.html(run, metrics, List.of(new NamedMetrics("Buy and hold", other)));

        String metricsTable = between(html, "<table class=\"metrics\">", "</table>");
        assertThat(count(metricsTable, "<tr><th title=")).isEqualTo(MetricRow.ALL.size());
        assertThat(metricsTable).contains("<th>This run</th><th>Buy and hold</th>");
        assertThat(metricsTable).contains("<th title=\"largest fall from a running peak of equity, as a fraction of the peak\">"
                + "Maximum drawdown</th><td>" + Formats.percent(metrics.maxDrawdown()) + "</td><td>"
                + Formats.percent(other.maxDrawdown()) + "</td>");

        String trades = between(html, "<table class=\"trades\">", "</table>");
        assertThat(count(trades, "<tr class=\"win\">") + count(trades, "<tr class=\"loss\">")
                + count(trades, "<tr class=\"even\">")).isEqualTo(run.trades().size());

        String agents = between(html, "<table class=\"attribution\">", "</table>");
        assertThat(agents).contains("<tr><th>Indicator</th>", "<tr><th>Pattern</th>", "<tr><th>Trend</th>",
                "<th>Fused decision</th>");
        assertThat(agents).contains(Formats.share(metrics.decisionsCorrect(), metrics.decisionsScored()));
        assertThat(html).contains("<section id=\"configuration\">\n<h2>Configuration</h2>\n<pre>instruments: BTC-USD, ETH-USD");
    }

    @Test
    void tenThousandBarsMakeAFileOfAFewMegabytesAtMost() throws IOException {
        RunData big = SampleRun.of("10k bars", 10_000, "BTC-USD");
        Path file = folder.resolve("big.html");
        HtmlReport.write(big, PerformanceMetrics.compute(big, MetricsSettings.continuous()), file);
        long size = Files.size(file);
        assertThat(size).isGreaterThan(EchartsLibrary.script().length()).isLessThan(2_500_000);
    }

    private static String dataBlock(String html) {
        return between(html, "<script type=\"application/json\" id=\"report-data\">", "</script>");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        int to = text.indexOf(end, from + start.length());
        assertThat(to).as(end).isPositive();
        return text.substring(from + start.length(), to);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    private static List<String> urls(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = URL.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** Leaves a copy in the build folder (target-x/sample-report/report.html) for bin/render-report. */
    private static void keepSampleForPeople(Path file) throws IOException {
        String samples = System.getProperty("qa.samples");
        if (samples != null) {
            Path copy = Path.of(samples).getParent().resolve("sample-report/report.html");
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
