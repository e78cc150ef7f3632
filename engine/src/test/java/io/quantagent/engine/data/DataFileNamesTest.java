package io.quantagent.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DataFileNamesTest {

    @Test
    void namesTheInstrumentOfKnownFiles() {
        assertThat(DataFileNames.instrument(Path.of("data/btc/BTC_1h_7.csv"))).contains("BTC");
        assertThat(DataFileNames.instrument(Path.of("BTCUSDT-1m-2024-01.csv"))).contains("BTCUSDT");
        assertThat(DataFileNames.instrument(Path.of("ETHUSDT-trades-2024-01-02.csv"))).contains("ETHUSDT");
        assertThat(DataFileNames.instrument(Path.of("bitstamp_trades_from_20131125_usd.csv"))).contains("BTC/USD");
        assertThat(DataFileNames.instrument(Path.of("appleinc_bars_from_20130101_usd.csv"))).isEmpty();
    }

    @Test
    void tellsTheBarIntervalAFileNameStates() {
        assertThat(DataFileNames.barInterval(Path.of("BTC_1h_7.csv"))).contains(Duration.ofHours(1));
        assertThat(DataFileNames.barInterval(Path.of("BTCUSDT-15m-2024-01.csv"))).contains(Duration.ofMinutes(15));
        assertThat(DataFileNames.barInterval(Path.of("BTCUSDT-1d-2024-01.csv"))).contains(Duration.ofDays(1));
        assertThat(DataFileNames.barInterval(Path.of("BTCUSDT-1mo-2024-01.csv"))).isEmpty();
        assertThat(DataFileNames.barInterval(Path.of("BTCUSDT-trades-2024-01.csv"))).isEmpty();
        assertThat(DataFileNames.barInterval(Path.of("bars.csv"))).isEmpty();
    }
}
