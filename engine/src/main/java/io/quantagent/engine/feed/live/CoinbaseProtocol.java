package io.quantagent.engine.feed.live;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * Coinbase Advanced Trade public market data ({@code wss://advanced-trade-ws.coinbase.com}), no API key. After
 * connecting the client sends one subscription per channel: {@code market_trades} for the products and
 * {@code heartbeats} (one a second), without which quiet channels are closed by the server. Every message is
 * {@code {"channel":..,"client_id":"","timestamp":..,"sequence_num":n,"events":[..]}}; {@code sequence_num}
 * counts the connection's messages (all channels) up by one, so a jump means messages were lost. A
 * {@code market_trades} event is {@code {"type":"snapshot"|"update","trades":[{"trade_id":"..","product_id":
 * "BTC-USD","price":"..","size":"..","side":"BUY","time":"2023-..Z"}]}}: a snapshot of recent trades after
 * subscribing, then updates batching the trades of the last 250 ms, newest first. Errors come as
 * {@code {"type":"error","message":..}}.
 */
final class CoinbaseProtocol extends ExchangeProtocol {

    /** The production endpoint. */
    static final URI DEFAULT_ENDPOINT = URI.create("wss://advanced-trade-ws.coinbase.com");

    private static final int CHANNEL_NONE = 0;
    private static final int CHANNEL_MARKET_TRADES = 1;
    private static final int CHANNEL_QUIET = 2;
    private static final int CHANNEL_OTHER = 3;

    private final List<String> subscriptions;

    private int channel;
    private boolean error;
    private boolean hasEvents;
    private MalformedKind structureProblem;
    private String structureProblemDetail;

    // The trade being read.
    private int product;
    private boolean hasProduct;
    private long tradeId;
    private long priceUnscaled;
    private int priceDecimalsRead;
    private int priceError;
    private boolean hasPrice;
    private long sizeUnscaled;
    private int sizeDecimalsRead;
    private int sizeError;
    private boolean hasSize;
    private long timeNanos;
    private boolean hasTime;
    private boolean typeProblem;

    CoinbaseProtocol(List<LiveInstrument> instruments) {
        super(instruments);
        StringBuilder products = new StringBuilder();
        for (int i = 0; i < symbols.length; i++) {
            String s = symbols[i];
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                    throw new IllegalArgumentException("'" + s + "' is not a Coinbase product id (such as BTC-USD)");
                }
            }
            products.append(i == 0 ? "" : ",").append('"').append(s).append('"');
        }
        subscriptions = List.of(
                "{\"type\":\"subscribe\",\"product_ids\":[" + products + "],\"channel\":\"market_trades\"}",
                "{\"type\":\"subscribe\",\"channel\":\"heartbeats\"}");
    }

    @Override
    URI endpoint(URI override) {
        return override == null ? DEFAULT_ENDPOINT : override;
    }

    @Override
    List<String> subscriptions() {
        return subscriptions;
    }

    @Override
    boolean contiguousTradeIds() {
        return false;
    }

    @Override
    TradeBatch.Outcome parseObject(JsonParser parser, TradeBatch batch) throws IOException {
        channel = CHANNEL_NONE;
        error = false;
        hasEvents = false;
        structureProblem = null;
        structureProblemDetail = null;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            token = parser.nextToken();
            switch (name) {
                case "channel" -> readChannel(token, parser);
                case "type" -> error |= token == JsonToken.VALUE_STRING && textEquals(parser, "error");
                case "sequence_num" -> {
                    if (token == JsonToken.VALUE_NUMBER_INT && parser.getLongValue() >= 0) {
                        batch.connectionSequence = parser.getLongValue();
                    } else {
                        structure(MalformedKind.BAD_NUMBER, "sequence_num is not a count");
                        skipValue(token, parser);
                    }
                }
                case "events" -> {
                    if (token == JsonToken.START_ARRAY) {
                        hasEvents = true;
                        readEvents(parser, batch);
                    } else {
                        structure(MalformedKind.MISSING_FIELD, "events is not an array");
                        skipValue(token, parser);
                    }
                }
                default -> skipValue(token, parser);
            }
        }
        if (error) {
            return batch.fail(MalformedKind.EXCHANGE_ERROR, "error message");
        }
        if (channel == CHANNEL_NONE) {
            return batch.fail(MalformedKind.MISSING_FIELD, "no channel");
        }
        if (channel == CHANNEL_OTHER) {
            return batch.fail(MalformedKind.UNKNOWN_EVENT, "channel not subscribed");
        }
        if (structureProblem != null) {
            return batch.fail(structureProblem, structureProblemDetail);
        }
        if (channel == CHANNEL_QUIET) {
            batch.truncate(0);
            return TradeBatch.Outcome.OK;
        }
        if (!hasEvents) {
            return batch.fail(MalformedKind.MISSING_FIELD, "no events");
        }
        return TradeBatch.Outcome.OK;
    }

    private void readChannel(JsonToken token, JsonParser parser) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            structure(MalformedKind.MISSING_FIELD, "channel is not a string");
            channel = CHANNEL_QUIET;
            skipValue(token, parser);
        } else if (textEquals(parser, "market_trades")) {
            channel = CHANNEL_MARKET_TRADES;
        } else if (textEquals(parser, "heartbeats") || textEquals(parser, "subscriptions")) {
            channel = CHANNEL_QUIET;
        } else {
            channel = CHANNEL_OTHER;
        }
    }

    /** Reads an events array whose START_ARRAY was just read. */
    private void readEvents(JsonParser parser, TradeBatch batch) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                structure(MalformedKind.MISSING_FIELD, "an event is not an object");
                skipValue(token, parser);
                continue;
            }
            int mark = batch.size;
            int type = 0; // 0: none, 1: snapshot or update, 2: other
            boolean hasTrades = false;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                token = parser.nextToken();
                if (name.equals("type") && token == JsonToken.VALUE_STRING) {
                    type = textEquals(parser, "snapshot") || textEquals(parser, "update") ? 1 : 2;
                } else if (name.equals("trades") && token == JsonToken.START_ARRAY) {
                    hasTrades = true;
                    readTrades(parser, batch);
                } else {
                    skipValue(token, parser);
                }
            }
            if (hasTrades && type != 1) {
                batch.truncate(mark);
                batch.reject(type == 0 ? MalformedKind.MISSING_FIELD : MalformedKind.UNKNOWN_EVENT,
                        type == 0 ? "an event without a type" : "an event type other than snapshot or update");
            }
        }
    }

    /** Reads a trades array whose START_ARRAY was just read, adding the good trades and counting the bad. */
    private void readTrades(JsonParser parser, TradeBatch batch) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                batch.reject(MalformedKind.MISSING_FIELD, "a trade is not an object");
                skipValue(token, parser);
                continue;
            }
            readTrade(parser, batch);
        }
    }

    private void readTrade(JsonParser parser, TradeBatch batch) throws IOException {
        hasProduct = false;
        hasPrice = false;
        hasSize = false;
        hasTime = false;
        typeProblem = false;
        tradeId = LiveTradeHandler.NO_SEQUENCE;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            token = parser.nextToken();
            switch (name) {
                case "trade_id" -> tradeId = readTradeId(token, parser);
                case "product_id" -> {
                    if (token == JsonToken.VALUE_STRING) {
                        hasProduct = true;
                        product = symbolIndex(parser);
                    } else {
                        typeProblem = true;
                        skipValue(token, parser);
                    }
                }
                case "price" -> {
                    if (readDecimal(token, parser)) {
                        hasPrice = true;
                        priceUnscaled = decimal.unscaled;
                        priceDecimalsRead = decimal.decimals;
                        priceError = decimal.error;
                    } else {
                        typeProblem = true;
                        skipValue(token, parser);
                    }
                }
                case "size" -> {
                    if (readDecimal(token, parser)) {
                        hasSize = true;
                        sizeUnscaled = decimal.unscaled;
                        sizeDecimalsRead = decimal.decimals;
                        sizeError = decimal.error;
                    } else {
                        typeProblem = true;
                        skipValue(token, parser);
                    }
                }
                case "time" -> {
                    if (token == JsonToken.VALUE_STRING) {
                        hasTime = true;
                        timeNanos = IsoInstant.parseNanos(parser.getTextCharacters(), parser.getTextOffset(),
                                parser.getTextLength());
                    } else {
                        typeProblem = true;
                        skipValue(token, parser);
                    }
                }
                default -> skipValue(token, parser);
            }
        }
        if (typeProblem || !hasProduct || !hasPrice || !hasSize || !hasTime) {
            batch.reject(MalformedKind.MISSING_FIELD, "a trade without product_id, price, size or time as strings");
            return;
        }
        if (product < 0) {
            batch.reject(MalformedKind.UNKNOWN_SYMBOL, "product_id not subscribed");
            return;
        }
        if (priceError != DecimalText.OK || sizeError != DecimalText.OK) {
            batch.reject(MalformedKind.BAD_NUMBER, "price or size is not a decimal");
            return;
        }
        decimal.unscaled = priceUnscaled;
        decimal.decimals = priceDecimalsRead;
        long price = decimal.toScale(priceDecimals[product]);
        if (decimal.error != DecimalText.OK) {
            rejectScale(batch, "price");
            return;
        }
        decimal.unscaled = sizeUnscaled;
        decimal.decimals = sizeDecimalsRead;
        long size = decimal.toScale(quantityDecimals[product]);
        if (decimal.error != DecimalText.OK) {
            rejectScale(batch, "size");
            return;
        }
        if (price <= 0 || size <= 0) {
            batch.reject(MalformedKind.BAD_NUMBER, "price or size not positive");
            return;
        }
        if (timeNanos == IsoInstant.INVALID) {
            batch.reject(MalformedKind.BAD_TIME, "time is not an ISO-8601 instant");
            return;
        }
        batch.add(product, timeNanos, price, size, tradeId);
    }

    private void rejectScale(TradeBatch batch, String detail) {
        batch.reject(decimal.error == DecimalText.TOO_PRECISE ? MalformedKind.TOO_PRECISE : MalformedKind.BAD_NUMBER,
                detail);
    }

    /** A trade id of digits (string or number) as a long; anything else has no sequence. */
    private static long readTradeId(JsonToken token, JsonParser parser) throws IOException {
        if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT) {
            skipValue(token, parser);
            return LiveTradeHandler.NO_SEQUENCE;
        }
        char[] text = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        if (length == 0 || length > 18) {
            return LiveTradeHandler.NO_SEQUENCE;
        }
        long id = 0;
        for (int k = offset; k < offset + length; k++) {
            int d = text[k] - '0';
            if (d < 0 || d > 9) {
                return LiveTradeHandler.NO_SEQUENCE;
            }
            id = id * 10 + d;
        }
        return id;
    }

    private void structure(MalformedKind kind, String detail) {
        if (structureProblem == null) {
            structureProblem = kind;
            structureProblemDetail = detail;
        }
    }
}
