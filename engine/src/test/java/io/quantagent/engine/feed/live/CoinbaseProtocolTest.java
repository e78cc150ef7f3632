package io.quantagent.engine.feed.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantagent.engine.data.Scales;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoinbaseProtocolTest {

    private static final List<LiveInstrument> INSTRUMENTS = List.of(
            new LiveInstrument(3, "BTC-USD", new Scales(2, 8)),
            new LiveInstrument(4, "eth-usd", new Scales(2, 8)));

    private final CoinbaseProtocol protocol = new CoinbaseProtocol(INSTRUMENTS);
    private final TradeBatch batch = new TradeBatch();

    static String trade(String id, String product, String price, String size, String side, String time) {
        return "{\"trade_id\":\"" + id + "\",\"product_id\":\"" + product + "\",\"price\":\"" + price
                + "\",\"size\":\"" + size + "\",\"side\":\"" + side + "\",\"time\":\"" + time + "\"}";
    }

    static String trades(long sequence, String type, String... trades) {
        return "{\"channel\":\"market_trades\",\"client_id\":\"\",\"timestamp\":\"2023-02-09T20:19:35.39625135Z\","
                + "\"sequence_num\":" + sequence + ",\"events\":[{\"type\":\"" + type + "\",\"trades\":["
                + String.join(",", trades) + "]}]}";
    }

    static String heartbeat(long sequence, long counter) {
        return "{\"channel\":\"heartbeats\",\"client_id\":\"\",\"timestamp\":\"2023-06-23T20:31:26.122969572Z\","
                + "\"sequence_num\":" + sequence + ",\"events\":[{\"current_time\":"
                + "\"2023-06-23 20:31:56.121961769 +0000 UTC m=+91717.525857105\",\"heartbeat_counter\":\"" + counter
                + "\"}]}";
    }

    static String subscriptions(long sequence) {
        return "{\"channel\":\"subscriptions\",\"client_id\":\"\",\"timestamp\":\"2023-02-09T20:32:50.714964855Z\","
                + "\"sequence_num\":" + sequence + ",\"events\":[{\"subscriptions\":{\"market_trades\":[\"BTC-USD\"],"
                + "\"heartbeats\":[\"heartbeats\"]}}]}";
    }

    @Test
    void subscribesToMarketTradesAndHeartbeatsSeparately() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(protocol.endpoint(null)).isEqualTo(URI.create("wss://advanced-trade-ws.coinbase.com"));
        assertThat(protocol.subscriptions()).hasSize(2);
        assertThat(json.readTree(protocol.subscriptions().get(0))).isEqualTo(json.readTree(
                "{\"type\":\"subscribe\",\"product_ids\":[\"BTC-USD\",\"ETH-USD\"],\"channel\":\"market_trades\"}"));
        assertThat(json.readTree(protocol.subscriptions().get(1)))
                .isEqualTo(json.readTree("{\"type\":\"subscribe\",\"channel\":\"heartbeats\"}"));
    }

    @Test
    void readsEveryTradeOfAnUpdate() {
        String message = trades(5, "update",
                trade("2", "ETH-USD", "1650.5", "0.25", "SELL", "2023-02-09T20:19:35.5Z"),
                trade("11", "BTC-USD", "23000.01", "0.001", "BUY", "2023-02-09T20:19:35.1Z"));
        assertThat(protocol.parse(message, batch)).isEqualTo(TradeBatch.Outcome.OK);
        assertThat(batch.size).isEqualTo(2);
        assertThat(batch.connectionSequence).isEqualTo(5);
        assertThat(batch.instrument[0]).isEqualTo(1);
        assertThat(batch.price[0]).isEqualTo(165_050L);
        assertThat(batch.quantity[0]).isEqualTo(25_000_000L);
        assertThat(batch.sequence[0]).isEqualTo(2L);
        assertThat(batch.instrument[1]).isZero();
        assertThat(batch.price[1]).isEqualTo(2_300_001L);
        assertThat(batch.quantity[1]).isEqualTo(100_000L);
        assertThat(batch.timeNanos[1]).isEqualTo(1_675_973_975_100_000_000L);
        int[] order = batch.timeOrder();
        assertThat(new int[] {order[0], order[1]}).containsExactly(1, 0);
    }

    @Test
    void channelMayComeAfterTheEvents() {
        String message = "{\"events\":[{\"type\":\"snapshot\",\"trades\":["
                + trade("1", "BTC-USD", "1", "1", "BUY", "2023-02-09T20:19:35Z") + "]}],\"sequence_num\":0,"
                + "\"channel\":\"market_trades\"}";
        assertThat(protocol.parse(message, batch)).isEqualTo(TradeBatch.Outcome.OK);
        assertThat(batch.size).isEqualTo(1);
    }

    @Test
    void heartbeatsAndSubscriptionsAreWellFormedWithoutTrades() {
        assertThat(protocol.parse(heartbeat(7, 42), batch)).isEqualTo(TradeBatch.Outcome.OK);
        assertThat(batch.size).isZero();
        assertThat(batch.connectionSequence).isEqualTo(7);
        assertThat(protocol.parse(subscriptions(0), batch)).isEqualTo(TradeBatch.Outcome.OK);
        assertThat(batch.size).isZero();
    }

    @Test
    void badTradesAreRejectedOneByOneAndTheRestKept() {
        String message = trades(1, "update",
                trade("1", "BTC-USD", "1.001", "1", "BUY", "2023-02-09T20:19:35Z"),
                trade("2", "SOL-USD", "20", "1", "BUY", "2023-02-09T20:19:35Z"),
                trade("3", "BTC-USD", "x", "1", "BUY", "2023-02-09T20:19:35Z"),
                trade("4", "BTC-USD", "1", "1", "BUY", "last tuesday"),
                "{\"trade_id\":\"5\",\"price\":\"1\",\"size\":\"1\",\"time\":\"2023-02-09T20:19:35Z\"}",
                trade("6", "BTC-USD", "2", "3", "BUY", "2023-02-09T20:19:36Z"));
        assertThat(protocol.parse(message, batch)).isEqualTo(TradeBatch.Outcome.OK);
        assertThat(batch.size).isEqualTo(1);
        assertThat(batch.sequence[0]).isEqualTo(6L);
        assertThat(batch.rejections[MalformedKind.TOO_PRECISE.ordinal()]).isEqualTo(1);
        assertThat(batch.rejections[MalformedKind.UNKNOWN_SYMBOL.ordinal()]).isEqualTo(1);
        assertThat(batch.rejections[MalformedKind.BAD_NUMBER.ordinal()]).isEqualTo(1);
        assertThat(batch.rejections[MalformedKind.BAD_TIME.ordinal()]).isEqualTo(1);
        assertThat(batch.rejections[MalformedKind.MISSING_FIELD.ordinal()]).isEqualTo(1);
    }

    @Test
    void eventsOfAnUnknownTypeAreRejectedWithTheirTrades() {
        String message = trades(1, "rumour", trade("1", "BTC-USD", "1", "1", "BUY", "2023-02-09T20:19:35Z"));
        assertThat(protocol.parse(message, batch)).isEqualTo(TradeBatch.Outcome.OK);
        assertThat(batch.size).isZero();
        assertThat(batch.rejections[MalformedKind.UNKNOWN_EVENT.ordinal()]).isEqualTo(1);
    }

    @Test
    void wholeMessageDamageIsNamed() {
        assertMalformed("{\"channel\":\"market_trades\",\"events\":[", MalformedKind.NOT_JSON);
        assertMalformed("\"market_trades\"", MalformedKind.NOT_JSON);
        assertMalformed("{\"channel\":\"level2\",\"sequence_num\":3,\"events\":[]}", MalformedKind.UNKNOWN_EVENT);
        assertMalformed("{\"sequence_num\":3,\"events\":[]}", MalformedKind.MISSING_FIELD);
        assertMalformed("{\"channel\":\"market_trades\",\"sequence_num\":3}", MalformedKind.MISSING_FIELD);
        assertMalformed("{\"channel\":\"market_trades\",\"sequence_num\":-3,\"events\":[]}", MalformedKind.BAD_NUMBER);
        assertMalformed("{\"type\":\"error\",\"message\":\"Failed to subscribe\"}", MalformedKind.EXCHANGE_ERROR);
    }

    @Test
    void aMalformedMessageKeepsItsSequenceNumber() {
        protocol.parse("{\"channel\":\"level2\",\"sequence_num\":3,\"events\":[]}", batch);
        assertThat(batch.connectionSequence).isEqualTo(3);
    }

    private void assertMalformed(String message, MalformedKind kind) {
        assertThat(protocol.parse(message, batch)).as(message).isEqualTo(TradeBatch.Outcome.MALFORMED);
        assertThat(batch.failure).as(message).isEqualTo(kind);
        assertThat(batch.size).isZero();
    }
}
