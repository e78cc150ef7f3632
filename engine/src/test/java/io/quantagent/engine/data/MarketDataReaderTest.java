package io.quantagent.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.quantagent.engine.data.RecordingHandler.Bar;
import io.quantagent.engine.data.RecordingHandler.Trade;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketDataReaderTest {

    private static final String QA_HEADER = "Datetime,Close,High,Low,Open,Volume\n";
    private static final String QA_ROW_1 = "2025-03-29 08:00:00,82462.7,82527.7,82145.22,82293.56,634.07629\n";
    private static final String QA_ROW_2 = "2025-03-29 09:00:00,82851.95,82863.49,82454.44,82462.69,578.26067\n";
    private static final long HOUR = 3_600_000_000_000L;
    private static final long T0 = nanos("2025-03-29T08:00:00Z");

    @TempDir
    Path dir;

    private final RecordingHandler rows = new RecordingHandler();

    private static long nanos(String instant) {
        Instant i = Instant.parse(instant);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private ReadSummary read(Path file) throws IOException {
        return MarketDataReader.read(file, ReadOptions.defaults(), rows);
    }

    private ReadSummary skipping(Path file) throws IOException {
        return MarketDataReader.read(file, ReadOptions.defaults().withPolicy(BadRowPolicy.SKIP), rows);
    }

    private BadRowException failure(Path file) {
        return failure(file, ReadOptions.defaults());
    }

    private BadRowException failure(Path file, ReadOptions options) {
        return catchThrowableOfType(BadRowException.class, () -> MarketDataReader.read(file, options, rows));
    }

    /** A QuantAgent file whose third line (second row) is {@code row}. */
    private Path quantAgentWithSecondRow(String row) throws IOException {
        return write("BTC_1h_7.csv", QA_HEADER + QA_ROW_1 + row + "\n");
    }

    // ---- formats read correctly ----

    @Test
    void readsQuantAgentBarsExactlyWithTheIntervalFromTheFileName() throws IOException {
        ReadSummary summary = read(write("BTC_1h_7.csv", QA_HEADER + QA_ROW_1 + QA_ROW_2));

        assertThat(rows.bars).containsExactly(
                new Bar(T0, T0 + HOUR, 8_229_356_000_000L, 8_252_770_000_000L, 8_214_522_000_000L,
                        8_246_270_000_000L, 63_407_629_000L),
                new Bar(T0 + HOUR, T0 + 2 * HOUR, 8_246_269_000_000L, 8_286_349_000_000L, 8_245_444_000_000L,
                        8_285_195_000_000L, 57_826_067_000L));
        assertThat(summary.format()).isEqualTo(MarketDataFormat.QUANTAGENT);
        assertThat(summary.rows()).isEqualTo(2);
        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(summary.rejected()).isZero();
        assertThat(summary.firstTimeNanos()).isEqualTo(T0);
        assertThat(summary.lastTimeNanos()).isEqualTo(T0 + HOUR);
    }

    @Test
    void readsExchangeLocalTimesInTheGivenZone() throws IOException {
        Path file = write("SPX_1h_1.csv", QA_HEADER + "2023-05-12 12:30:00,4111.05,4114.43,4101.44,4109.03,0.0\n");

        MarketDataReader.read(file, ReadOptions.defaults().withZone(ZoneId.of("America/New_York")), rows);

        assertThat(rows.bars.get(0).openTime()).isEqualTo(nanos("2023-05-12T16:30:00Z"));
        assertThat(rows.bars.get(0).volume()).isZero();
    }

    @Test
    void readsOhlcvColumnsInAnyOrderWithIsoTimestamps() throws IOException {
        Path file = write("eth.csv", "volume,Close,timestamp,Low,High,open\n"
                + "12.5,1801.2,2023-03-13T00:00:00Z,1795,1810.75,1800\n"
                + "3,1802,2023-03-13T02:05:00+02:00,1799.5,1803,1801.2\n");

        ReadSummary summary = read(file);

        assertThat(summary.format()).isEqualTo(MarketDataFormat.OHLCV);
        long t = nanos("2023-03-13T00:00:00Z");
        assertThat(rows.bars).containsExactly(
                new Bar(t, Long.MIN_VALUE, 180_000_000_000L, 181_075_000_000L, 179_500_000_000L, 180_120_000_000L,
                        1_250_000_000L),
                new Bar(t + 300_000_000_000L, Long.MIN_VALUE, 180_120_000_000L, 180_300_000_000L, 179_950_000_000L,
                        180_200_000_000L, 300_000_000L));
    }

    @Test
    void readsOhlcvWithEpochSecondsOrMilliseconds() throws IOException {
        Path seconds = write("s.csv", "time,open,high,low,close,volume\n1704067200,1,2,0.5,1.5,10\n");
        Path millis = write("ms.csv", "time,open,high,low,close,volume\n1704067200000,1,2,0.5,1.5,10\n");
        ReadOptions options = ReadOptions.defaults().withTimestampFormat(TimestampFormat.EPOCH_MILLIS);

        read(seconds);
        MarketDataReader.read(millis, options, rows);

        assertThat(rows.bars).extracting(Bar::openTime)
                .containsExactly(nanos("2024-01-01T00:00:00Z"), nanos("2024-01-01T00:00:00Z"));
    }

    @Test
    void readsDailyBarsWithPlainDatesAndAGivenInterval() throws IOException {
        Path file = write("appleinc_bars.csv", "date,open,high,low,close,volume\r\n"
                + "2013-01-02,553.82,555.00,541.63,549.03,20018500\r\n"
                + "2013-01-03,547.88,549.67,541.00,542.10,12605900\r\n");
        ReadOptions options = ReadOptions.defaults().withBarInterval(Duration.ofDays(1));

        MarketDataReader.read(file, options, rows);

        long day = 86_400_000_000_000L;
        long t = nanos("2013-01-02T00:00:00Z");
        assertThat(rows.bars.get(0)).isEqualTo(new Bar(t, t + day, 55_382_000_000L, 55_500_000_000L,
                54_163_000_000L, 54_903_000_000L, 2_001_850_000_000_000L));
        assertThat(rows.bars.get(1).openTime()).isEqualTo(t + day);
    }

    @Test
    void readsATimestampPattern() throws IOException {
        Path file = write("bars.csv", "Date,Open,High,Low,Close,Volume\n02.01.2024 09:30,10,11,9,10.5,100\n");
        ReadOptions options = ReadOptions.defaults().withTimestampFormat(TimestampFormat.pattern("dd.MM.yyyy HH:mm"))
                .withZone(ZoneId.of("Europe/Berlin"));

        MarketDataReader.read(file, options, rows);

        assertThat(rows.bars.get(0).openTime()).isEqualTo(nanos("2024-01-02T08:30:00Z"));
    }

    @Test
    void readsTradesLikeTheBitstampFileWithCrlfAndNoFinalLineEnd() throws IOException {
        Path file = write("bitstamp_trades_from_20131125_usd.csv", "timestamp,price,amount\r\n"
                + "1385337600,800.010000000000,0.100000000000\r\n"
                + "1385337613,800.050000000000,0.278380490000\r\n"
                + "1385337613,800.050000000000,0.274369260000");

        ReadSummary summary = read(file);

        assertThat(summary.format()).isEqualTo(MarketDataFormat.TRADES);
        assertThat(rows.trades).containsExactly(
                new Trade(1_385_337_600_000_000_000L, 80_001_000_000L, 10_000_000L),
                new Trade(1_385_337_613_000_000_000L, 80_005_000_000L, 27_838_049L),
                new Trade(1_385_337_613_000_000_000L, 80_005_000_000L, 27_436_926L));
        assertThat(summary.rejected()).isZero();
    }

    @Test
    void readsBinanceKlinesInMillisecondsWithTheirCloseTime() throws IOException {
        Path file = write("BTCUSDT-1m-2024-01.csv",
                "1704067200000,42283.58000000,42298.62000000,42283.58000000,42298.61000000,35.92724000,1704067259999,"
                        + "1519032.36444810,1292,26.60539000,1124837.76380460,0\n");

        ReadSummary summary = read(file);

        long open = nanos("2024-01-01T00:00:00Z");
        assertThat(summary.format()).isEqualTo(MarketDataFormat.BINANCE_KLINES);
        assertThat(rows.bars).containsExactly(new Bar(open, open + 60_000_000_000L, 4_228_358_000_000L,
                4_229_862_000_000L, 4_228_358_000_000L, 4_229_861_000_000L, 3_592_724_000L));
    }

    @Test
    void readsBinanceKlinesInMicrosecondsWithAHeader() throws IOException {
        Path file = write("BTCUSDT-1s-2025-01-01.csv", String.join(",", Columns.BINANCE_KLINES) + "\n"
                + "1735689600000000,93576.00,93590.00,93570.00,93580.00,1.5,1735689600999999,140370.0,12,0.5,46790.0,0\n"
                + "1735689601000000,93580.00,93581.00,93579.00,93579.00,0.25,1735689601999999,23394.75,3,0.1,9357.9,0\n");

        ReadSummary summary = read(file);

        long open = nanos("2025-01-01T00:00:00Z");
        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(rows.bars.get(0)).isEqualTo(new Bar(open, open + 1_000_000_000L, 9_357_600_000_000L,
                9_359_000_000_000L, 9_357_000_000_000L, 9_358_000_000_000L, 150_000_000L));
        assertThat(rows.bars.get(1).openTime()).isEqualTo(open + 1_000_000_000L);
    }

    @Test
    void readsBinanceTradesInMillisecondsAndMicroseconds() throws IOException {
        Path millis = write("BTCUSDT-trades-2024-01.csv",
                "3360000000,42283.58000000,0.00118000,49.89462440,1704067200000,true,true\n"
                        + "3360000001,42283.59000000,0.00500000,211.41795000,1704067200000,false,true\n");
        Path micros = write("BTCUSDT-trades-2025-01.csv", "id,price,qty,quote_qty,time,is_buyer_maker,is_best_match\n"
                + "4370000000,93576.01,0.00010000,9.357601,1735689600123456,false,true\n");

        assertThat(read(millis).format()).isEqualTo(MarketDataFormat.BINANCE_TRADES);
        assertThat(read(micros).format()).isEqualTo(MarketDataFormat.BINANCE_TRADES);

        assertThat(rows.trades).containsExactly(
                new Trade(1_704_067_200_000_000_000L, 4_228_358_000_000L, 118_000L),
                new Trade(1_704_067_200_000_000_000L, 4_228_359_000_000L, 500_000L),
                new Trade(1_735_689_600_123_456_000L, 9_357_601_000_000L, 10_000L));
    }

    @Test
    void detectsEveryFormatFromTheFirstLine() throws IOException {
        Map<MarketDataFormat, Path> files = Map.of(
                MarketDataFormat.QUANTAGENT, write("a.csv", QA_HEADER + QA_ROW_1),
                MarketDataFormat.OHLCV, write("b.csv", "Date,Open,High,Low,Close,Volume\n2013-01-02,1,2,1,2,3\n"),
                MarketDataFormat.TRADES, write("c.csv", "timestamp,price,amount\n1385337600,800.01,0.1\n"),
                MarketDataFormat.BINANCE_KLINES, write("d.csv", "1704067200000,1,2,1,2,3,1704067259999,4,5,6,7,0\n"),
                MarketDataFormat.BINANCE_TRADES, write("e.csv", "1,2.5,0.1,0.25,1704067200000,true,true\n"));

        files.forEach((format, file) -> {
            try {
                assertThat(read(file).format()).as(format.cliName()).isEqualTo(format);
                assertThat(MarketDataFormat.detect(file)).as(format.cliName()).isEqualTo(format);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void acceptsAByteOrderMarkAndCrlfLineEnds() throws IOException {
        Path file = write("BTC_1h_7.csv",
                "\uFEFF" + (QA_HEADER + QA_ROW_1 + QA_ROW_2).replace("\n", "\r\n"));

        ReadSummary summary = read(file);

        assertThat(summary.format()).isEqualTo(MarketDataFormat.QUANTAGENT);
        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(rows.bars.get(1).volume()).isEqualTo(57_826_067_000L);
    }

    @Test
    void acceptsBlankLinesAtTheEndOfTheFile() throws IOException {
        ReadSummary summary = read(write("BTC_1h_7.csv", QA_HEADER + QA_ROW_1 + "\n\r\n  \n"));

        assertThat(summary.rows()).isEqualTo(1);
        assertThat(summary.rejected()).isZero();
    }

    @Test
    void aReaderCanReadManyFilesOneAfterAnother() throws IOException {
        Path first = write("BTC_1h_7.csv", QA_HEADER + QA_ROW_1 + QA_ROW_2);
        Path second = write("c.csv", "timestamp,price,amount\n1385337600,800.01,0.1\n");
        MarketDataReader reader = new MarketDataReader(ReadOptions.defaults());

        ReadSummary bars = reader.read(first, rows);
        ReadSummary trades = reader.read(second, rows);

        assertThat(bars.accepted()).isEqualTo(2);
        assertThat(trades.format()).isEqualTo(MarketDataFormat.TRADES);
        assertThat(trades.accepted()).isEqualTo(1);
        assertThat(trades.firstTimeNanos()).isEqualTo(1_385_337_600_000_000_000L);
    }

    // ---- bad rows: one test per case ----

    @Test
    void rejectsANonNumericValue() throws IOException {
        Path file = quantAgentWithSecondRow("2025-03-29 09:00:00,abc,82863.49,82454.44,82462.69,578.26067");

        BadRowException e = failure(file);

        assertThat(e).hasMessage(file + ":3: Close 'abc' is not a number");
        assertThat(e.problem()).isEqualTo(RowProblem.NOT_A_NUMBER);
        assertThat(e.line()).isEqualTo(3);
        assertThat(rows.bars).hasSize(1);
    }

    @Test
    void rejectsNaN() throws IOException {
        Path file = quantAgentWithSecondRow("2025-03-29 09:00:00,82851.95,NaN,82454.44,82462.69,578.26067");

        assertThat(failure(file)).hasMessage(file + ":3: High 'NaN' is not a finite number");
    }

    @Test
    void rejectsAZeroPrice() throws IOException {
        Path file = quantAgentWithSecondRow("2025-03-29 09:00:00,82851.95,82863.49,0.0,82462.69,578.26067");

        BadRowException e = failure(file);

        assertThat(e).hasMessage(file + ":3: Low 0.0 is zero; prices must be positive");
        assertThat(e.problem()).isEqualTo(RowProblem.NON_POSITIVE_PRICE);
    }

    @Test
    void rejectsANegativePrice() throws IOException {
        Path file = quantAgentWithSecondRow("2025-03-29 09:00:00,82851.95,82863.49,82454.44,-82462.69,578.26067");

        assertThat(failure(file)).hasMessage(file + ":3: Open -82462.69 is negative; prices must be positive");
    }

    @Test
    void rejectsATradeWithANonPositivePrice() throws IOException {
        Path file = write("t.csv", "timestamp,price,amount\n1385337600,0,0.1\n");

        assertThat(failure(file)).hasMessage(file + ":2: price 0 is zero; prices must be positive");
    }

    @Test
    void rejectsHighBelowLow() throws IOException {
        Path file = quantAgentWithSecondRow("2025-03-29 09:00:00,82851.95,82400,82454.44,82462.69,578.26067");

        BadRowException e = failure(file);

        assertThat(e).hasMessage(file + ":3: high 82400 is below low 82454.44");
        assertThat(e.problem()).isEqualTo(RowProblem.HIGH_BELOW_LOW);
    }

    @Test
    void rejectsAnOpenOutsideTheRange() throws IOException {
        Path file = quantAgentWithSecondRow("2025-03-29 09:00:00,82851.95,82863.49,82454.44,83000,578.26067");

        BadRowException e = failure(file);

        assertThat(e).hasMessage(file + ":3: open 83000 is outside [low 82454.44, high 82863.49]");
        assertThat(e.problem()).isEqualTo(RowProblem.OPEN_OUTSIDE_RANGE);
    }

    @Test
    void rejectsACloseOutsideTheRange() throws IOException {
        Path file = quantAgentWithSecondRow("2025-03-29 09:00:00,82454.43,82863.49,82454.44,82462.69,578.26067");

        BadRowException e = failure(file);

        assertThat(e).hasMessage(file + ":3: close 82454.43 is outside [low 82454.44, high 82863.49]");
        assertThat(e.problem()).isEqualTo(RowProblem.CLOSE_OUTSIDE_RANGE);
    }

    @Test
    void rejectsANegativeVolume() throws IOException {
        Path file = quantAgentWithSecondRow("2025-03-29 09:00:00,82851.95,82863.49,82454.44,82462.69,-578.26067");

        BadRowException e = failure(file);

        assertThat(e).hasMessage(file + ":3: Volume -578.26067 is negative");
        assertThat(e.problem()).isEqualTo(RowProblem.NEGATIVE_QUANTITY);
    }

    @Test
    void rejectsANegativeTradeAmount() throws IOException {
        Path file = write("t.csv", "timestamp,price,amount\n1385337600,800,-0.1\n");

        assertThat(failure(file)).hasMessage(file + ":2: amount -0.1 is negative");
    }

    @Test
    void rejectsBarTimestampsGoingBackwards() throws IOException {
        Path file = write("BTC_1h_7.csv", QA_HEADER + QA_ROW_1 + QA_ROW_2
                + "2025-03-29 07:00:00,82462.7,82527.7,82145.22,82293.56,1\n");

        BadRowException e = failure(file);

        assertThat(e).hasMessage(file + ":4: timestamp 2025-03-29T07:00:00Z goes backwards: line 3 has"
                + " 2025-03-29T09:00:00Z");
        assertThat(e.problem()).isEqualTo(RowProblem.TIME_BACKWARDS);
    }

    @Test
    void rejectsTradeTimestampsGoingBackwards() throws IOException {
        Path file = write("t.csv", "timestamp,price,amount\n1385337613,800,0.1\n1385337600,800,0.1\n");

        BadRowException e = failure(file);

        assertThat(e).hasMessage(file + ":3: timestamp 2013-11-25T00:00:00Z goes backwards: line 2 has"
                + " 2013-11-25T00:00:13Z");
    }

    @Test
    void rejectsADuplicateBarTimestamp() throws IOException {
        Path file = write("BTC_1h_7.csv", QA_HEADER + QA_ROW_1 + QA_ROW_1);

        BadRowException e = failure(file);

        assertThat(e).hasMessage(file + ":3: duplicate timestamp 2025-03-29T08:00:00Z (also on line 2)");
        assertThat(e.problem()).isEqualTo(RowProblem.DUPLICATE_TIMESTAMP);
    }

    @Test
    void letsTradesShareATimestamp() throws IOException {
        Path file = write("t.csv", "timestamp,price,amount\n1385337613,800,0.1\n1385337613,801,0.2\n");

        ReadSummary summary = read(file);

        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(rows.trades).extracting(Trade::time).containsOnly(1_385_337_613_000_000_000L);
    }

    @Test
    void rejectsAWrongHeader() throws IOException {
        Path file = write("BTC_1h_7.csv", "Date,Close,High,Low,Open,Volume\n" + QA_ROW_1);

        BadRowException e = failure(file, ReadOptions.defaults().withFormat(MarketDataFormat.QUANTAGENT));

        assertThat(e).hasMessage(file + ":1: wrong header: expected 'Datetime,Close,High,Low,Open,Volume', found"
                + " 'Date,Close,High,Low,Open,Volume'");
        assertThat(e.problem()).isEqualTo(RowProblem.BAD_HEADER);
    }

    @Test
    void rejectsAHeaderMissingAColumn() throws IOException {
        Path file = write("bars.csv", "date,open,high,low,close\n2013-01-02,1,2,1,2\n");

        assertThat(failure(file)).hasMessage(file + ":1: wrong header: no volume column in 'date,open,high,low,close'"
                + " (accepted names: v, vol, volume)");
    }

    @Test
    void rejectsAnUnknownHeader() throws IOException {
        Path file = write("x.csv", "when,what,how\n1,2,3\n");

        BadRowException e = failure(file);

        assertThat(e.problem()).isEqualTo(RowProblem.UNKNOWN_FORMAT);
        assertThat(e).hasMessageStartingWith(file + ":1: unrecognised format: the first line 'when,what,how' is no"
                + " known header");
    }

    @Test
    void rejectsAMissingHeader() throws IOException {
        Path forced = write("BTC_1h_7.csv", QA_ROW_1 + QA_ROW_2);
        Path detected = write("BTC_1h_8.csv", QA_ROW_1 + QA_ROW_2);

        BadRowException e = failure(forced, ReadOptions.defaults().withFormat(MarketDataFormat.QUANTAGENT));
        BadRowException auto = failure(detected);

        assertThat(e).hasMessage(forced + ":1: missing header: expected 'Datetime,Close,High,Low,Open,Volume', found a"
                + " data row '2025-03-29 08:00:00,82462.7,82527.7,82145.22,82293.56,634.07629'");
        assertThat(auto.problem()).isEqualTo(RowProblem.BAD_HEADER);
        assertThat(auto).hasMessageStartingWith(detected + ":1: missing header: the first line '2025-03-29 08:00:00,");
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        for (String content : new String[] {"", "\uFEFF", "\n\n  \r\n"}) {
            Path file = write("empty.csv", content);

            BadRowException e = failure(file, ReadOptions.defaults().withPolicy(BadRowPolicy.SKIP));

            assertThat(e).as("content '%s'", content).hasMessage(file + ":1: empty file");
            assertThat(e.problem()).isEqualTo(RowProblem.EMPTY_FILE);
        }
    }

    @Test
    void rejectsAHeaderWithoutRows() throws IOException {
        Path file = write("BTC_1h_7.csv", QA_HEADER);

        BadRowException e = failure(file);

        assertThat(e).hasMessage(file + ":2: no data rows after the header");
        assertThat(e.problem()).isEqualTo(RowProblem.NO_DATA);
    }

    @Test
    void rejectsBinaryGarbage() throws IOException {
        byte[] garbage = new byte[5000];
        new java.util.Random(42).nextBytes(garbage);
        Path random = Files.write(dir.resolve("garbage.csv"), garbage);
        Path zip = Files.write(dir.resolve("BTCUSDT-1m-2024-01.csv"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        Path nulInHeader = write("BTC_1h_7.csv", "Datetime,Cl\u0000ose,High,Low,Open,Volume\n" + QA_ROW_1);

        BadRowException e = failure(random, ReadOptions.defaults().withPolicy(BadRowPolicy.SKIP));

        assertThat(e.problem()).isEqualTo(RowProblem.BINARY_FILE);
        assertThat(e).hasMessageStartingWith(random + ":1: binary data, not a CSV text file");
        assertThat(failure(zip)).hasMessage(zip + ":1: a zip archive, not a CSV text file (unzip it first)");
        assertThat(failure(nulInHeader))
                .hasMessage(nulInHeader + ":1: binary data in the first line, not a CSV text file");
    }

    @Test
    void rejectsALineOfBinaryGarbageInsideTheFile() throws IOException {
        Path file = write("BTC_1h_7.csv", QA_HEADER + QA_ROW_1 + "\u0001\u0002\u0000\u0007junk\n" + QA_ROW_2);

        ReadSummary summary = skipping(file);

        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(summary.rejected(RowProblem.BINARY_DATA)).isEqualTo(1);
        assertThat(summary.problems()).containsExactly(
                file + ":3: binary data in the line (4 control bytes): expected 6 fields, found 1");
    }

    @Test
    void rejectsATruncatedLastLine() throws IOException {
        Path cutInAValue = write("BTC_1h_7.csv", QA_HEADER + QA_ROW_1 + "2025-03-29 09:00:00,82851.95,8286");
        Path cutAfterAComma = write("BTC_1h_8.csv", QA_HEADER + QA_ROW_1 + QA_ROW_2.substring(0, QA_ROW_2.lastIndexOf(',') + 1));

        BadRowException e = failure(cutInAValue);

        assertThat(e).hasMessage(cutInAValue + ":3: truncated last line (no line end): expected 6 fields, found 3");
        assertThat(e.problem()).isEqualTo(RowProblem.TRUNCATED_LINE);
        assertThat(failure(cutAfterAComma))
                .hasMessage(cutAfterAComma + ":3: truncated last line (no line end): Volume is empty");
    }

    @Test
    void rejectsARowWithTheWrongNumberOfFields() throws IOException {
        Path file = quantAgentWithSecondRow("2025-03-29 09:00:00,82851.95,82863.49");

        BadRowException e = failure(file);

        assertThat(e).hasMessage(file + ":3: expected 6 fields, found 3");
        assertThat(e.problem()).isEqualTo(RowProblem.FIELD_COUNT);
    }

    @Test
    void rejectsMoreDecimalsThanTheScaleRatherThanRounding() throws IOException {
        Path file = quantAgentWithSecondRow("2025-03-29 09:00:00,82851.123456789,82863.49,82454.44,82462.69,1");

        BadRowException e = failure(file);

        assertThat(e).hasMessage(file + ":3: Close 82851.123456789 has more decimals than the scale (8) keeps; it would"
                + " be rounded");
        assertThat(e.problem()).isEqualTo(RowProblem.TOO_PRECISE);
        Path coarse = write("BTC_1h_9.csv", QA_HEADER + QA_ROW_1);
        assertThat(failure(coarse, ReadOptions.defaults().withScales(new Scales(1, 8))))
                .hasMessage(coarse + ":2: Open 82293.56 has more decimals than the scale (1) keeps; it would be rounded");
    }

    @Test
    void rejectsAValueThatOverflowsALong() throws IOException {
        Path file = quantAgentWithSecondRow("2025-03-29 09:00:00,82851.95,92233720368547758070,82454.44,82462.69,1");

        BadRowException e = failure(file);

        assertThat(e).hasMessage(file + ":3: High 92233720368547758070 is too large for a fixed-point value with 8"
                + " decimals");
        assertThat(e.problem()).isEqualTo(RowProblem.OUT_OF_RANGE);
    }

    @Test
    void rejectsAnImpossibleTimestamp() throws IOException {
        Path file = quantAgentWithSecondRow("2025-02-30 09:00:00,82851.95,82863.49,82454.44,82462.69,578.26067");

        BadRowException e = failure(file);

        assertThat(e).hasMessage(file + ":3: Datetime '2025-02-30 09:00:00' is not a timestamp (expected"
                + " yyyy-MM-dd[ HH:mm:ss], ISO-8601 or epoch numbers)");
        assertThat(e.problem()).isEqualTo(RowProblem.BAD_TIMESTAMP);
    }

    @Test
    void rejectsABinanceKlineClosingBeforeItOpens() throws IOException {
        Path file = write("k.csv", "1704067200000,1,2,1,2,3,1704067100000,4,5,6,7,0\n");

        assertThat(failure(file)).hasMessage(file + ":1: close_time 1704067100000 is not after open_time 1704067200000");
    }

    @Test
    void rejectsAnEmptyLineBetweenRows() throws IOException {
        Path file = write("BTC_1h_7.csv", QA_HEADER + QA_ROW_1 + "\n" + QA_ROW_2);

        BadRowException e = failure(file);

        assertThat(e).hasMessage(file + ":3: empty line");
        assertThat(e.problem()).isEqualTo(RowProblem.EMPTY_LINE);
    }

    @Test
    void rejectsALineLongerThanTheBufferAndGoesOnWhenSkipping() throws IOException {
        Path file = write("BTC_1h_7.csv", QA_HEADER + QA_ROW_1 + "9".repeat(MarketDataReader.MAX_LINE_BYTES + 10)
                + "\n" + QA_ROW_2);

        ReadSummary summary = skipping(file);

        assertThat(summary.problems()).containsExactly(file + ":3: line longer than 262144 bytes");
        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(rows.bars.get(1).openTime()).isEqualTo(T0 + HOUR);
    }

    // ---- policies ----

    @Test
    void failFastStopsAtTheFirstBadRowAfterDeliveringTheRowsBeforeIt() throws IOException {
        Path file = write("BTC_1h_7.csv", QA_HEADER + QA_ROW_1
                + "2025-03-29 09:00:00,x,82863.49,82454.44,82462.69,578.26067\n" + QA_ROW_2);

        BadRowException e = failure(file);

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.reason()).isEqualTo("Close 'x' is not a number");
        assertThat(rows.bars).extracting(Bar::openTime).containsExactly(T0);
    }

    @Test
    void skipCountsEveryBadRowKeepsTheFirstMessagesAndDeliversTheRest() throws IOException {
        Path file = write("BTC_1h_7.csv", QA_HEADER + QA_ROW_1
                + "2025-03-29 10:00:00,x,1,1,1,1\n"
                + "2025-03-29 11:00:00,1,1,2,1,1\n"
                + QA_ROW_2
                + "2025-03-29 12:00:00,1,1,1,1,-1\n");
        ReadOptions options = ReadOptions.defaults().withPolicy(BadRowPolicy.SKIP).withMaxProblems(2);

        ReadSummary summary = MarketDataReader.read(file, options, rows);

        assertThat(summary.rows()).isEqualTo(5);
        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(3);
        assertThat(summary.problems()).containsExactly(
                file + ":3: Close 'x' is not a number",
                file + ":4: high 1 is below low 2");
        assertThat(summary.problemsNotShown()).isEqualTo(1);
        assertThat(summary.rejectedByProblem()).containsOnly(
                Map.entry(RowProblem.NOT_A_NUMBER, 1L),
                Map.entry(RowProblem.HIGH_BELOW_LOW, 1L),
                Map.entry(RowProblem.NEGATIVE_QUANTITY, 1L));
        assertThat(rows.bars).extracting(Bar::openTime).containsExactly(T0, T0 + HOUR);
    }

    @Test
    void aRejectedRowDoesNotMoveTheClock() throws IOException {
        Path file = write("BTC_1h_7.csv", QA_HEADER + QA_ROW_1
                + "2025-03-29 12:00:00,1,1,2,1,1\n"
                + QA_ROW_2);

        ReadSummary summary = skipping(file);

        assertThat(summary.rejectedByProblem()).containsOnly(Map.entry(RowProblem.HIGH_BELOW_LOW, 1L));
        assertThat(summary.accepted()).isEqualTo(2);
    }

    @Test
    void problemsWithTheWholeFileAreThrownEvenWhenSkipping() throws IOException {
        Path file = write("bars.csv", "date,open,high,low,close\n2013-01-02,1,2,1,2\n");

        BadRowException e = failure(file, ReadOptions.defaults().withPolicy(BadRowPolicy.SKIP));

        assertThat(e.problem()).isEqualTo(RowProblem.BAD_HEADER);
        assertThat(e.problem().wholeFile()).isTrue();
    }
}
