package io.quantagent.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.data.RecordingHandler.Bar;
import io.quantagent.engine.data.RecordingHandler.Trade;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The readers on real data: the Bitstamp trades and AAPL bars from ta4j-examples, and QuantAgent windows. */
class SampleFilesTest {

    private static final long HOUR = 3_600_000_000_000L;

    private final RecordingHandler rows = new RecordingHandler();

    static Path sample(String name) {
        String folder = System.getProperty("qa.samples");
        assertThat(folder).as("system property qa.samples (set by the build)").isNotNull();
        return Path.of(folder, name);
    }

    static Path quantAgentWindow(String name) {
        try {
            return Path.of(SampleFilesTest.class.getResource("/quantagent/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long nanos(String instant) {
        return Instant.parse(instant).getEpochSecond() * 1_000_000_000L;
    }

    @Test
    void readsTheHundredThousandBitstampTrades() throws IOException {
        ReadSummary summary = MarketDataReader.read(sample("bitstamp_trades_from_20131125_usd.csv"),
                ReadOptions.defaults(), rows);

        assertThat(summary.format()).isEqualTo(MarketDataFormat.TRADES);
        assertThat(summary.rows()).isEqualTo(100_000);
        assertThat(summary.accepted()).isEqualTo(100_000);
        assertThat(rows.trades.get(0)).isEqualTo(new Trade(1_385_337_600_000_000_000L, 80_001_000_000L, 10_000_000L));
        assertThat(rows.trades.get(99_999)).isEqualTo(new Trade(1_385_913_725_000_000_000L, 99_900_000_000L,
                129_263_310L));
        assertThat(summary.lastTimeNanos()).isEqualTo(1_385_913_725_000_000_000L);
    }

    @Test
    void readsTheAppleDailyBars() throws IOException {
        ReadSummary summary = MarketDataReader.read(sample("appleinc_bars_from_20130101_usd.csv"),
                ReadOptions.defaults(), rows);

        assertThat(summary.format()).isEqualTo(MarketDataFormat.OHLCV);
        assertThat(summary.accepted()).isEqualTo(252);
        assertThat(rows.bars.get(0)).isEqualTo(new Bar(nanos("2013-01-02T00:00:00Z"), Long.MIN_VALUE,
                55_382_000_000L, 55_500_000_000L, 54_163_000_000L, 54_903_000_000L, 2_001_850_000_000_000L));
    }

    @Test
    void readsAQuantAgentBitcoinWindow() throws IOException {
        ReadSummary summary = MarketDataReader.read(quantAgentWindow("BTC_1h_1.csv"), ReadOptions.defaults(), rows);

        assertThat(summary.format()).isEqualTo(MarketDataFormat.QUANTAGENT);
        assertThat(summary.accepted()).isEqualTo(100);
        long first = nanos("2025-03-29T08:00:00Z");
        assertThat(rows.bars.get(0)).isEqualTo(new Bar(first, first + HOUR, 8_229_356_000_000L, 8_252_770_000_000L,
                8_214_522_000_000L, 8_246_270_000_000L, 63_407_629_000L));
        assertThat(rows.bars.get(99)).isEqualTo(new Bar(nanos("2025-04-02T11:00:00Z"), nanos("2025-04-02T12:00:00Z"),
                8_587_774_000_000L, 8_733_300_000_000L, 8_581_120_000_000L, 8_675_767_000_000L, 558_570_214_000L));
        for (Bar bar : rows.bars) {
            assertThat(bar.closeTime() - bar.openTime()).isEqualTo(HOUR);
        }
    }

    @Test
    void readsQuantAgentIndexAndFuturesWindows() throws IOException {
        ReadSummary spx = MarketDataReader.read(quantAgentWindow("SPX_1h_1.csv"), ReadOptions.defaults(), rows);
        assertThat(spx.accepted()).isEqualTo(100);
        assertThat(rows.bars).extracting(Bar::volume).containsOnly(0L);
        assertThat(rows.bars.get(0).close()).isEqualTo(411_105_000_000L);

        RecordingHandler oil = new RecordingHandler();
        ReadSummary cl = MarketDataReader.read(quantAgentWindow("CL_1h_1.csv"), ReadOptions.defaults(), oil);
        assertThat(cl.accepted()).isEqualTo(100);
        assertThat(oil.bars.get(0)).isEqualTo(new Bar(nanos("2025-01-07T08:00:00Z"), nanos("2025-01-07T09:00:00Z"),
                7_405_000_000L, 7_413_000_000L, 7_383_000_000L, 7_404_000_000L, 963_100_000_000L));
    }
}
