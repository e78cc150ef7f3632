package io.quantagent.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataInspectorTest {

    private static final long HOUR = 3_600_000_000_000L;
    private static final String QA_HEADER = "Datetime,Close,High,Low,Open,Volume\n";

    @TempDir
    Path dir;

    private final DataInspector inspector = new DataInspector(ReadOptions.defaults());

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void describesACleanQuantAgentWindow() throws IOException {
        InspectionReport report = inspector.inspect(SampleFilesTest.quantAgentWindow("BTC_1h_1.csv"));

        assertThat(report.format()).isEqualTo(MarketDataFormat.QUANTAGENT);
        assertThat(report.instrument()).isEqualTo("BTC");
        assertThat(report.rows()).isEqualTo(100);
        assertThat(report.accepted()).isEqualTo(100);
        assertThat(report.clean()).isTrue();
        assertThat(report.barIntervalNanos()).isEqualTo(HOUR);
        assertThat(report.gaps()).isZero();
        assertThat(report.largestGapNanos()).isEqualTo(HOUR);
        assertThat(report.duplicates()).isZero();
        assertThat(report.firstTimeNanos()).isEqualTo(1_743_235_200_000_000_000L);
        assertThat(report.lastTimeNanos()).isEqualTo(1_743_235_200_000_000_000L + 99 * HOUR);
    }

    @Test
    void countsTheGapsOfAnIndexWindowLikeAnIndependentCount() throws IOException {
        Path file = SampleFilesTest.quantAgentWindow("SPX_1h_1.csv");
        List<String> lines = Files.readAllLines(file);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        long gaps = 0;
        long largest = 0;
        for (int i = 2; i < lines.size(); i++) {
            long previous = LocalDateTime.parse(lines.get(i - 1).split(",")[0], format).toEpochSecond(ZoneOffset.UTC);
            long current = LocalDateTime.parse(lines.get(i).split(",")[0], format).toEpochSecond(ZoneOffset.UTC);
            gaps += current - previous > 3600 ? 1 : 0;
            largest = Math.max(largest, current - previous);
        }

        InspectionReport report = inspector.inspect(file);

        assertThat(gaps).isPositive();
        assertThat(report.barIntervalNanos()).isEqualTo(HOUR);
        assertThat(report.gaps()).isEqualTo(gaps);
        assertThat(report.largestGapNanos()).isEqualTo(largest * 1_000_000_000L);
        assertThat(report.anomalies()).as("an index without volume is not an anomaly").isEmpty();
    }

    @Test
    void reportsEveryBadRowAndCountsDuplicateBars() throws IOException {
        Path file = write("BTC_1h_7.csv", QA_HEADER
                + "2025-03-29 08:00:00,100,101,99,100,5\n"
                + "2025-03-29 08:00:00,100,101,99,100,5\n"
                + "2025-03-29 09:00:00,100,99,101,100,5\n"
                + "2025-03-29 10:00:00,100,101,99,100,5\n");

        InspectionReport report = inspector.inspect(file);

        assertThat(report.rows()).isEqualTo(4);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.clean()).isFalse();
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.problems()).containsExactly(
                file + ":3: duplicate timestamp 2025-03-29T08:00:00Z (also on line 2)",
                file + ":4: high 99 is below low 101");
        assertThat(report.problemsNotShown()).isZero();
        assertThat(report.gaps()).isEqualTo(0);
        assertThat(report.barIntervalNanos()).isEqualTo(2 * HOUR);
    }

    @Test
    void keepsTheFirstProblemsAndCountsTheRest() throws IOException {
        StringBuilder content = new StringBuilder(QA_HEADER);
        for (int h = 0; h < 10; h++) {
            content.append("2025-03-29 ").append(h < 10 ? "0" + h : h).append(":00:00,x,101,99,100,5\n");
        }
        Path file = write("BTC_1h_7.csv", content.toString());

        InspectionReport report = new DataInspector(ReadOptions.defaults().withMaxProblems(3)).inspect(file);

        assertThat(report.rejected()).isEqualTo(10);
        assertThat(report.problems()).hasSize(3);
        assertThat(report.problemsNotShown()).isEqualTo(7);
        assertThat(report.firstTimeNanos()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void flagsPriceJumpsZeroVolumeBarsAndBarsCloserThanTheInterval() throws IOException {
        Path file = write("bars.csv", "time,open,high,low,close,volume\n"
                + "2024-01-01T00:00:00Z,100,101,99,100,5\n"
                + "2024-01-01T01:00:00Z,100,101,99,100,5\n"
                + "2024-01-01T02:00:00Z,120,121,119,120,5\n"
                + "2024-01-01T03:00:00Z,120,121,119,120,0\n"
                + "2024-01-01T03:30:00Z,120,121,119,120,5\n"
                + "2024-01-01T04:30:00Z,120,121,119,120,5\n"
                + "2024-01-01T05:30:00Z,120,121,119,120,5\n");

        InspectionReport report = inspector.inspect(file);

        assertThat(report.barIntervalNanos()).isEqualTo(HOUR);
        assertThat(report.anomalies()).containsExactly(
                file + ": 1 bars start less than the bar interval (1h) after the previous bar",
                file + ":4: open 120 is 20.0% away from the previous close 100",
                file + ":5: volume is 0");
        assertThat(report.anomaliesNotShown()).isZero();
    }

    @Test
    void capsTheAnomaliesAndCountsTheRest() throws IOException {
        StringBuilder content = new StringBuilder("timestamp,price,amount\n");
        for (int i = 0; i < 30; i++) {
            content.append(1_385_337_600 + i).append(",800,0\n");
        }
        Path file = write("bitstamp_trades_from_20131125_usd.csv", content.toString());

        InspectionReport report = new DataInspector(ReadOptions.defaults().withMaxProblems(5)).inspect(file);

        assertThat(report.instrument()).isEqualTo("BTC/USD");
        assertThat(report.anomalies()).hasSize(5).allMatch(a -> a.endsWith(": trade with zero amount"));
        assertThat(report.anomalies().get(0)).isEqualTo(file + ":2: trade with zero amount");
        assertThat(report.anomaliesNotShown()).isEqualTo(25);
    }

    @Test
    void describesTradesByTheirLongestPauseAndIdenticalRepeats() throws IOException {
        Path file = write("t.csv", "timestamp,price,amount\n"
                + "1385337600,800,0.1\n"
                + "1385337600,800,0.1\n"
                + "1385337610,800,0.2\n"
                + "1385337700,950,0.3\n");

        InspectionReport report = inspector.inspect(file);

        assertThat(report.format()).isEqualTo(MarketDataFormat.TRADES);
        assertThat(report.instrument()).isNull();
        assertThat(report.barIntervalNanos()).isZero();
        assertThat(report.gaps()).isZero();
        assertThat(report.largestGapNanos()).isEqualTo(90_000_000_000L);
        assertThat(report.largestGapAfterNanos()).isEqualTo(1_385_337_610_000_000_000L);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.anomalies()).containsExactly(file + ":5: price 950 is 18.8% away from the previous trade 800");
    }
}
