package io.quantagent.engine.feed.live;

import io.quantagent.engine.data.Scales;
import java.util.Objects;

/**
 * One instrument a live feed subscribes to: the exchange's symbol for it and the engine's id and scales.
 *
 * @param id the engine's instrument id, handed to {@link LiveTradeHandler#onTrade}
 * @param symbol the exchange's symbol: {@code BTCUSDT} on Binance, {@code BTC-USD} on Coinbase (case is ignored)
 * @param scales decimals kept for prices and quantities; a trade with more significant decimals is malformed
 */
public record LiveInstrument(int id, String symbol, Scales scales) {

    public LiveInstrument {
        if (id < 0) {
            throw new IllegalArgumentException("instrument ids are not negative, was " + id);
        }
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(scales, "scales");
        if (symbol.isEmpty()) {
            throw new IllegalArgumentException("symbol must not be empty");
        }
        for (int i = 0; i < symbol.length(); i++) {
            char c = symbol.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                throw new IllegalArgumentException("symbol '" + symbol + "' may hold only letters, digits, '-' and '_'");
            }
        }
    }
}
