package io.quantagent.engine.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One market-data feed of the paper daemon (an item of {@code paper.feeds}).
 *
 * @param kind {@code replay} (the {@code data} inputs, at {@code paper.replay.speed}), {@code binance} or
 *     {@code coinbase} (live public trades); required
 * @param symbols the exchange's symbols, such as {@code BTCUSDT} or {@code BTC-USD}, at least one for a live
 *     feed; for {@code replay}, the instruments to replay (default: every {@code data} input)
 */
public record FeedConfig(Kind kind, List<String> symbols) {

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
        checks.done();
        symbols = List.copyOf(symbols);
    }

    /** Reads an item of {@code paper.feeds}: {@code symbols} defaults to none. */
    @JsonCreator
    static FeedConfig fromFile(
            @JsonProperty(value = "kind", required = true) Kind kind,
            @JsonProperty("symbols") List<String> symbols) {
        return new FeedConfig(kind, symbols == null ? List.of() : symbols);
    }

    /** A replay of every {@code data} input. */
    public static FeedConfig replay() {
        return new FeedConfig(Kind.REPLAY, List.of());
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
