package io.quantagent.engine.feed.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.engine.config.FeedConfig;
import io.quantagent.engine.data.Scales;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.agrona.concurrent.SystemNanoClock;
import org.junit.jupiter.api.Test;

class LiveFeedSettingsTest {

    private static final LiveTradeHandler IGNORE = new LiveTradeHandler() {
        @Override
        public void onTrade(int instrument, long timeNanos, long price, long quantity, long exchangeSequence) {
        }

        @Override
        public void onGap(int instrument, long expected, long received) {
        }
    };

    @Test
    void defaultsSuitTheRealExchanges() {
        LiveFeedSettings defaults = LiveFeedSettings.defaults();
        assertThat(defaults.endpoint()).isNull();
        assertThat(defaults.staleAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.reconnectAfterSilence()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.backoffBase()).isEqualTo(Duration.ofMillis(500));
        assertThat(defaults.backoffCap()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void rejectsSettingsThatCannotWork() {
        LiveFeedSettings d = LiveFeedSettings.defaults();
        assertThatThrownBy(() -> d.withEndpoint(URI.create("https://stream.binance.com")))
                .hasMessageContaining("ws:// or wss://");
        assertThatThrownBy(() -> d.withSilence(Duration.ofSeconds(10), Duration.ofSeconds(5)))
                .hasMessageContaining("reconnectAfterSilence");
        assertThatThrownBy(() -> d.withSilence(Duration.ZERO, Duration.ofSeconds(5)))
                .hasMessageContaining("staleAfter must be positive");
        assertThatThrownBy(() -> d.withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMinutes(1)))
                .hasMessageContaining("backoffCap");
        assertThatThrownBy(() -> d.withQueueCapacity(1)).hasMessageContaining("queueCapacity");
    }

    @Test
    void configuredFeedKindsMapToExchanges() {
        assertThat(LiveExchange.of(FeedConfig.Kind.BINANCE)).isEqualTo(LiveExchange.BINANCE);
        assertThat(LiveExchange.of(FeedConfig.Kind.COINBASE)).isEqualTo(LiveExchange.COINBASE);
        assertThatThrownBy(() -> LiveExchange.of(FeedConfig.Kind.REPLAY)).hasMessageContaining("replay");
    }

    @Test
    void aFeedNamesItsExchangeAndSymbolsAndRefusesASymbolTwice() {
        try (HttpClient http = HttpClient.newHttpClient()) {
            LiveFeed feed = new LiveFeed(LiveExchange.BINANCE, List.of(new LiveInstrument(0, "btcusdt", Scales.DEFAULT),
                    new LiveInstrument(1, "ETHUSDT", Scales.DEFAULT)), LiveFeedSettings.defaults(), IGNORE,
                    FeedStatusListener.NONE, SystemNanoClock.INSTANCE, new SplittableRandom(1), http);
            assertThat(feed.name()).isEqualTo("binance[BTCUSDT,ETHUSDT]");
            assertThat(feed.roleName()).isEqualTo("live-feed-binance");
            assertThat(feed.endpoint())
                    .isEqualTo(URI.create("wss://stream.binance.com:9443/stream?streams=btcusdt@trade/ethusdt@trade"));
            assertThat(feed.state()).isEqualTo(LiveFeedState.CONNECTING);
        }
        assertThatThrownBy(() -> LiveFeed.create(LiveExchange.COINBASE, List.of(
                new LiveInstrument(0, "BTC-USD", Scales.DEFAULT), new LiveInstrument(1, "btc-usd", Scales.DEFAULT)),
                LiveFeedSettings.defaults(), IGNORE, FeedStatusListener.NONE)).hasMessageContaining("twice");
        assertThatThrownBy(() -> LiveFeed.create(LiveExchange.COINBASE, List.of(), LiveFeedSettings.defaults(), IGNORE,
                FeedStatusListener.NONE)).hasMessageContaining("at least one");
    }
}
