package io.quantagent.engine.feed.live;

import io.quantagent.engine.config.FeedConfig;
import java.net.URI;
import java.util.List;

/** The exchanges a {@link LiveFeed} can read public trades from, without an API key. */
public enum LiveExchange {
    /** Binance spot trade streams ({@code wss://stream.binance.com:9443}, symbols such as {@code BTCUSDT}). */
    BINANCE("binance", BinanceProtocol.DEFAULT_ENDPOINT),
    /** Coinbase Advanced Trade market trades ({@code wss://advanced-trade-ws.coinbase.com}, products such as {@code BTC-USD}). */
    COINBASE("coinbase", CoinbaseProtocol.DEFAULT_ENDPOINT);

    private final String key;
    private final URI defaultEndpoint;

    LiveExchange(String key, URI defaultEndpoint) {
        this.key = key;
        this.defaultEndpoint = defaultEndpoint;
    }

    /** The name used in configuration and logs: {@code binance}, {@code coinbase}. */
    public String key() {
        return key;
    }

    /** The exchange's public WebSocket address. */
    public URI defaultEndpoint() {
        return defaultEndpoint;
    }

    /**
     * The exchange of a configured live feed.
     *
     * @throws IllegalArgumentException for a {@code replay} feed, which is not live
     */
    public static LiveExchange of(FeedConfig.Kind kind) {
        return switch (kind) {
            case BINANCE -> BINANCE;
            case COINBASE -> COINBASE;
            case REPLAY -> throw new IllegalArgumentException("a replay feed is not a live exchange feed");
        };
    }

    /** The wire protocol for these instruments. */
    ExchangeProtocol protocol(List<LiveInstrument> instruments) {
        return switch (this) {
            case BINANCE -> new BinanceProtocol(instruments);
            case COINBASE -> new CoinbaseProtocol(instruments);
        };
    }
}
