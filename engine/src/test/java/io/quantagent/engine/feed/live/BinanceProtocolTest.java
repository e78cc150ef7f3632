package io.quantagent.engine.feed.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.engine.data.Scales;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinanceProtocolTest {

    private static final List<LiveInstrument> INSTRUMENTS = List.of(
            new LiveInstrument(7, "BTCUSDT", new Scales(2, 8)),
            new LiveInstrument(9, "ethusdt", Scales.DEFAULT));

    private final BinanceProtocol protocol = new BinanceProtocol(INSTRUMENTS);
    private final TradeBatch batch = new TradeBatch();

    static String trade(String symbol, long id, String price, String quantity, long timeMillis) {
        return "{\"e\":\"trade\",\"E\":" + (timeMillis + 3) + ",\"s\":\"" + symbol + "\",\"t\":" + id + ",\"p\":\""
                + price + "\",\"q\":\"" + quantity + "\",\"T\":" + timeMillis + ",\"m\":true,\"M\":true}";
    }

    static String combined(String symbol, long id, String price, String quantity, long timeMillis) {
        return "{\"stream\":\"" + symbol.toLowerCase() + "@trade\",\"data\":" + trade(symbol, id, price, quantity,
                timeMillis) + "}";
    }

    private TradeBatch.Outcome parse(String message) {
        return protocol.parse(message, batch);
    }

    @Test
    void combinedStreamAddressNamesEveryTradeStream() {
        assertThat(protocol.endpoint(null))
                .isEqualTo(URI.create("wss://stream.binance.com:9443/stream?streams=btcusdt@trade/ethusdt@trade"));
        assertThat(protocol.endpoint(URI.create("ws://127.0.0.1:4567")))
                .isEqualTo(URI.create("ws://127.0.0.1:4567/stream?streams=btcusdt@trade/ethusdt@trade"));
        assertThat(protocol.subscriptions()).isEmpty();
    }

    @Test
    void anAddressWithAPathIsUsedAsGiven() {
        URI raw = URI.create("ws://127.0.0.1:4567/ws/btcusdt@trade");
        assertThat(protocol.endpoint(raw)).isEqualTo(raw);
    }

    @Test
    void readsACombinedStreamTradeIntoFixedPoint() {
        assertThat(parse(combined("BTCUSDT", 12345, "67000.01000000", "0.00150000", 1_700_000_000_123L)))
                .isEqualTo(TradeBatch.Outcome.OK);
        assertThat(batch.size).isEqualTo(1);
        assertThat(batch.instrument[0]).isZero();
        assertThat(batch.price[0]).isEqualTo(6_700_001L);
        assertThat(batch.quantity[0]).isEqualTo(150_000L);
        assertThat(batch.timeNanos[0]).isEqualTo(1_700_000_000_123_000_000L);
        assertThat(batch.sequence[0]).isEqualTo(12345L);
        assertThat(batch.connectionSequence).isEqualTo(LiveTradeHandler.NO_SEQUENCE);
    }

    @Test
    void readsARawStreamTradeWithFieldsInAnyOrder() {
        String message = "{\"q\":\"100\",\"T\":123456785,\"p\":\"0.001\",\"t\":12345,\"s\":\"ETHUSDT\",\"e\":\"trade\"}";
        assertThat(parse(message)).isEqualTo(TradeBatch.Outcome.OK);
        assertThat(batch.instrument[0]).isEqualTo(1);
        assertThat(batch.price[0]).isEqualTo(100_000L);
        assertThat(batch.quantity[0]).isEqualTo(10_000_000_000L);
        assertThat(batch.timeNanos[0]).isEqualTo(123_456_785_000_000L);
    }

    @Test
    void theWrapperMayComeAfterThePayload() {
        String message = "{\"data\":" + trade("BTCUSDT", 1, "1.5", "2", 1000) + ",\"stream\":\"btcusdt@trade\"}";
        assertThat(parse(message)).isEqualTo(TradeBatch.Outcome.OK);
        assertThat(batch.price[0]).isEqualTo(150L);
    }

    @Test
    void subscriptionResponsesAreWellFormedAndCarryNoTrades() {
        assertThat(parse("{\"result\":null,\"id\":1}")).isEqualTo(TradeBatch.Outcome.OK);
        assertThat(batch.size).isZero();
    }

    @Test
    void aServerShutdownEventAsksForANewConnection() {
        assertThat(parse("{\"e\":\"serverShutdown\",\"E\":1770123456789}")).isEqualTo(TradeBatch.Outcome.RECONNECT);
        assertThat(parse("{\"event\":{\"e\":\"serverShutdown\",\"E\":1770123456789}}"))
                .isEqualTo(TradeBatch.Outcome.RECONNECT);
    }

    @Test
    void eachKindOfDamageIsNamed() {
        assertMalformed("not json at all", MalformedKind.NOT_JSON);
        assertMalformed("[1,2,3]", MalformedKind.NOT_JSON);
        assertMalformed("{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\"", MalformedKind.NOT_JSON);
        assertMalformed(trade("BTCUSDT", 1, "1", "1", 1) + "{}", MalformedKind.NOT_JSON);
        assertMalformed(trade("BTCUSDT", 1, "1", "1", 1).replace(",\"p\":\"1\"", ""), MalformedKind.MISSING_FIELD);
        assertMalformed(trade("BTCUSDT", 1, "1", "1", 1).replace("\"e\":\"trade\",", ""), MalformedKind.MISSING_FIELD);
        assertMalformed(trade("BTCUSDT", 1, "abc", "1", 1), MalformedKind.BAD_NUMBER);
        assertMalformed(trade("BTCUSDT", 1, "-5", "1", 1), MalformedKind.BAD_NUMBER);
        assertMalformed(trade("BTCUSDT", 1, "0", "1", 1), MalformedKind.BAD_NUMBER);
        assertMalformed(trade("BTCUSDT", 1, "1", "1", 1).replace("\"t\":1", "\"t\":99999999999999999999"),
                MalformedKind.BAD_NUMBER);
        assertMalformed(trade("BTCUSDT", 1, "1.001", "1", 1), MalformedKind.TOO_PRECISE);
        assertMalformed(trade("BTCUSDT", 1, "1", "1", 1).replace("\"T\":1", "\"T\":\"soon\""), MalformedKind.BAD_TIME);
        assertMalformed(trade("BTCUSDT", 1, "1", "1", 1).replace("\"e\":\"trade\"", "\"e\":\"aggTrade\""),
                MalformedKind.UNKNOWN_EVENT);
        assertMalformed(trade("BNBBTC", 1, "1", "1", 1), MalformedKind.UNKNOWN_SYMBOL);
        assertMalformed("{\"error\":{\"code\":2,\"msg\":\"Invalid request\"},\"id\":1}", MalformedKind.EXCHANGE_ERROR);
    }

    @Test
    void symbolsMustBeBinanceSymbols() {
        assertThatThrownBy(() -> new BinanceProtocol(List.of(new LiveInstrument(0, "BTC-USD", Scales.DEFAULT))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BTC-USD");
    }

    private void assertMalformed(String message, MalformedKind kind) {
        assertThat(parse(message)).as(message).isEqualTo(TradeBatch.Outcome.MALFORMED);
        assertThat(batch.failure).as(message).isEqualTo(kind);
        assertThat(batch.size).isZero();
    }
}
