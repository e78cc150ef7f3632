package io.quantagent.engine.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quantagent.engine.feed.live.LiveFeedSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * One market-data feed of the paper daemon (an item of {@code paper.feeds}).
 *
 * @param kind {@code replay} (the {@code data} inputs, at {@code paper.replay.speed}), {@code binance} or
 *     {@code coinbase} (live public trades); required
 * @param symbols the exchange's symbols, such as {@code BTCUSDT} or {@code BTC-USD}, at least one for a live
 *     feed; for {@code replay}, the instruments to replay (default: every {@code data} input)
 * @param endpoint a live feed's WebSocket address ({@code ws://} or {@code wss://}) instead of the exchange's own;
 *     default empty (the exchange's)
 * @param staleAfter a live feed with no message for this long is stale: the Risk agent vetoes new entries on its
 *     instruments until it hears from it again; 1 ms to 1 h, default 10 s
 * @param reconnectAfterSilence a live feed silent for this long gives its connection up and opens a new one; at
 *     least {@code staleAfter}, at most 1 h; default 30 s
 * @param backoffBase the ceiling of the first reconnect delay (each further attempt doubles it, a random delay
 *     below the ceiling is taken); 1 ms to 1 h, default 500 ms
 * @param backoffCap the largest reconnect delay ceiling; at least {@code backoffBase}, at most 1 h; default 30 s
 * @param backoffResetAfter live for this long, and reconnect attempts count from 1 again; 1 ms to 1 d, default 1 m
 * @param connectTimeout how long opening a connection may take; 1 ms to 5 m, default 10 s
 * @param queueCapacity received messages that may wait for the feed's thread (when full, reading pauses; nothing
 *     is dropped); 2 to 1048576, default 1024
 */
public record FeedConfig(Kind kind, List<String> symbols, String endpoint, Duration staleAfter,
        Duration reconnectAfterSilence, Duration backoffBase, Duration backoffCap, Duration backoffResetAfter,
        Duration connectTimeout, int queueCapacity) {

    private static final LiveFeedSettings LIVE_DEFAULTS = LiveFeedSettings.defaults();

    public FeedConfig {
        Checks checks = new Checks();
        checks.present("kind", kind);
        if (checks.present("symbols", symbols)) {
            for (int i = 0; i < symbols.size(); i++) {
                String symbol = symbols.get(i);
                checks.require(symbol != null && !symbol.isBlank() && symbol.chars().noneMatch(Character::isWhitespace),
                        "symbols[" + i + "]", "must be a symbol without spaces, was '" + symbol + "'");
            }
            checks.require(kind == null || kind == Kind.REPLAY || !symbols.isEmpty(), "symbols",
                    "a " + (kind == null ? "" : kind.key()) + " feed needs at least one symbol, such as "
                            + (kind == Kind.COINBASE ? "BTC-USD" : "BTCUSDT"));
        }
        if (checks.present("endpoint", endpoint) && !endpoint.isEmpty()) {
            checks.require(webSocketAddress(endpoint), "endpoint",
                    "must be a ws:// or wss:// address with a host, such as wss://stream.binance.com:9443, was '"
                            + endpoint + "'");
        }
        checks.between("staleAfter", staleAfter, Duration.ofMillis(1), Duration.ofHours(1));
        checks.between("reconnectAfterSilence", reconnectAfterSilence, Duration.ofMillis(1), Duration.ofHours(1));
        if (staleAfter != null && reconnectAfterSilence != null) {
            checks.require(reconnectAfterSilence.compareTo(staleAfter) >= 0, "reconnectAfterSilence",
                    "must be at least staleAfter (" + Durations.format(staleAfter) + "), was "
                            + Durations.format(reconnectAfterSilence));
        }
        checks.between("backoffBase", backoffBase, Duration.ofMillis(1), Duration.ofHours(1));
        checks.between("backoffCap", backoffCap, Duration.ofMillis(1), Duration.ofHours(1));
        if (backoffBase != null && backoffCap != null) {
            checks.require(backoffCap.compareTo(backoffBase) >= 0, "backoffCap",
                    "must be at least backoffBase (" + Durations.format(backoffBase) + "), was "
                            + Durations.format(backoffCap));
        }
        checks.between("backoffResetAfter", backoffResetAfter, Duration.ofMillis(1), Duration.ofDays(1));
        checks.between("connectTimeout", connectTimeout, Duration.ofMillis(1), Duration.ofMinutes(5));
        checks.between("queueCapacity", queueCapacity, 2, 1 << 20);
        checks.done();
        symbols = List.copyOf(symbols);
    }

    /** A feed of this kind and these symbols, every connection setting at its default. */
    public FeedConfig(Kind kind, List<String> symbols) {
        this(kind, symbols, "", LIVE_DEFAULTS.staleAfter(), LIVE_DEFAULTS.reconnectAfterSilence(),
                LIVE_DEFAULTS.backoffBase(), LIVE_DEFAULTS.backoffCap(), LIVE_DEFAULTS.backoffResetAfter(),
                LIVE_DEFAULTS.connectTimeout(), LIVE_DEFAULTS.queueCapacity());
    }

    /** Reads an item of {@code paper.feeds}: {@code symbols} defaults to none, the connection settings to {@link LiveFeedSettings#defaults()}. */
    @JsonCreator
    static FeedConfig fromFile(
            @JsonProperty(value = "kind", required = true) Kind kind,
            @JsonProperty("symbols") List<String> symbols,
            @JsonProperty("endpoint") String endpoint,
            @JsonProperty("staleAfter") Duration staleAfter,
            @JsonProperty("reconnectAfterSilence") Duration reconnectAfterSilence,
            @JsonProperty("backoffBase") Duration backoffBase,
            @JsonProperty("backoffCap") Duration backoffCap,
            @JsonProperty("backoffResetAfter") Duration backoffResetAfter,
            @JsonProperty("connectTimeout") Duration connectTimeout,
            @JsonProperty("queueCapacity") Integer queueCapacity) {
        return new FeedConfig(kind, symbols == null ? List.of() : symbols, endpoint == null ? "" : endpoint,
                staleAfter == null ? LIVE_DEFAULTS.staleAfter() : staleAfter,
                reconnectAfterSilence == null ? LIVE_DEFAULTS.reconnectAfterSilence() : reconnectAfterSilence,
                backoffBase == null ? LIVE_DEFAULTS.backoffBase() : backoffBase,
                backoffCap == null ? LIVE_DEFAULTS.backoffCap() : backoffCap,
                backoffResetAfter == null ? LIVE_DEFAULTS.backoffResetAfter() : backoffResetAfter,
                connectTimeout == null ? LIVE_DEFAULTS.connectTimeout() : connectTimeout,
                queueCapacity == null ? LIVE_DEFAULTS.queueCapacity() : queueCapacity);
    }

    /** A replay of every {@code data} input. */
    public static FeedConfig replay() {
        return new FeedConfig(Kind.REPLAY, List.of());
    }

    /** The connection settings of a live feed of this item (the exchange's endpoint when none is given). */
    public LiveFeedSettings liveSettings() {
        return new LiveFeedSettings(endpoint.isEmpty() ? null : URI.create(endpoint), staleAfter,
                reconnectAfterSilence, backoffBase, backoffCap, backoffResetAfter, connectTimeout, queueCapacity,
                LIVE_DEFAULTS.maxMessageChars());
    }

    private static boolean webSocketAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("ws") || scheme.equals("wss")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Where a feed's events come from. */
    public enum Kind implements ConfigEnum {
        /** The {@code data} inputs, replayed in accelerated event time. */
        REPLAY("replay"),
        /** Binance public trade stream. */
        BINANCE("binance"),
        /** Coinbase public matches channel. */
        COINBASE("coinbase");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }
}
