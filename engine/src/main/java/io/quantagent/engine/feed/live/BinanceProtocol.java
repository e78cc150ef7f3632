package io.quantagent.engine.feed.live;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Binance spot trade streams ({@code <symbol>@trade}). The streams are named in the address of a combined
 * stream ({@code /stream?streams=btcusdt@trade/ethusdt@trade}), so nothing is sent after connecting; each
 * message is {@code {"stream":"btcusdt@trade","data":{...}}}, or the bare payload on a raw stream
 * ({@code /ws/btcusdt@trade}). The payload: {@code {"e":"trade","E":event ms,"s":"BTCUSDT","t":trade id,
 * "p":"price","q":"quantity","T":trade ms,"m":buyer is maker,"M":ignore}}. Also understood: the
 * {@code serverShutdown} event (connect again), subscription responses ({@code {"result":null,"id":1}}) and
 * errors. Trade ids of a symbol count up by one, so a jump is a gap of missed trades. The server's pings
 * (every 20 s) are answered by the JDK's WebSocket itself, and it closes every connection after 24 hours.
 */
final class BinanceProtocol extends ExchangeProtocol {

    /** The production endpoint. */
    static final URI DEFAULT_ENDPOINT = URI.create("wss://stream.binance.com:9443");

    private static final long NANOS_PER_MILLI = 1_000_000L;

    private static final int EVENT_NONE = 0;
    private static final int EVENT_TRADE = 1;
    private static final int EVENT_SHUTDOWN = 2;
    private static final int EVENT_OTHER = 3;

    private int event;
    private int symbol;
    private boolean hasSymbol;
    private long tradeId;
    private boolean hasTradeId;
    private long tradeMillis;
    private boolean hasTradeTime;
    private long priceUnscaled;
    private int priceDecimalsRead;
    private boolean hasPrice;
    private long quantityUnscaled;
    private int quantityDecimalsRead;
    private boolean hasQuantity;
    private boolean control;
    private boolean error;
    private MalformedKind fieldProblem;
    private String fieldProblemDetail;

    BinanceProtocol(List<LiveInstrument> instruments) {
        super(instruments);
        for (String s : symbols) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                    throw new IllegalArgumentException("'" + s + "' is not a Binance symbol (letters and digits, such as BTCUSDT)");
                }
            }
        }
    }

    @Override
    URI endpoint(URI override) {
        URI base = override == null ? DEFAULT_ENDPOINT : override;
        String path = base.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            return base;
        }
        StringBuilder uri = new StringBuilder(base.getScheme()).append("://").append(base.getRawAuthority())
                .append("/stream?streams=");
        for (int i = 0; i < symbols.length; i++) {
            if (i > 0) {
                uri.append('/');
            }
            uri.append(symbols[i].toLowerCase(Locale.ROOT)).append("@trade");
        }
        return URI.create(uri.toString());
    }

    @Override
    List<String> subscriptions() {
        return List.of();
    }

    @Override
    boolean contiguousTradeIds() {
        return true;
    }

    @Override
    TradeBatch.Outcome parseObject(JsonParser parser, TradeBatch batch) throws IOException {
        event = EVENT_NONE;
        hasSymbol = false;
        hasTradeId = false;
        hasTradeTime = false;
        hasPrice = false;
        hasQuantity = false;
        control = false;
        error = false;
        fieldProblem = null;
        fieldProblemDetail = null;
        readFields(parser, true);
        if (error) {
            return batch.fail(MalformedKind.EXCHANGE_ERROR, "error response");
        }
        if (event == EVENT_SHUTDOWN) {
            return TradeBatch.Outcome.RECONNECT;
        }
        if (event == EVENT_NONE) {
            return control ? TradeBatch.Outcome.OK : batch.fail(MalformedKind.MISSING_FIELD, "no event type \"e\"");
        }
        if (event == EVENT_OTHER) {
            return batch.fail(MalformedKind.UNKNOWN_EVENT, "event type \"e\" is not trade");
        }
        if (fieldProblem != null) {
            return batch.fail(fieldProblem, fieldProblemDetail);
        }
        if (!hasSymbol || !hasTradeId || !hasPrice || !hasQuantity || !hasTradeTime) {
            return batch.fail(MalformedKind.MISSING_FIELD, missingDetail());
        }
        if (symbol < 0) {
            return batch.fail(MalformedKind.UNKNOWN_SYMBOL, "symbol \"s\" not subscribed");
        }
        long price = scaled(priceUnscaled, priceDecimalsRead, priceDecimals[symbol]);
        if (decimal.error != DecimalText.OK) {
            return batch.fail(decimalKind(), "price \"p\"");
        }
        long quantity = scaled(quantityUnscaled, quantityDecimalsRead, quantityDecimals[symbol]);
        if (decimal.error != DecimalText.OK) {
            return batch.fail(decimalKind(), "quantity \"q\"");
        }
        if (price <= 0 || quantity <= 0) {
            return batch.fail(MalformedKind.BAD_NUMBER, "price or quantity not positive");
        }
        if (tradeMillis < 0 || tradeMillis > Long.MAX_VALUE / NANOS_PER_MILLI) {
            return batch.fail(MalformedKind.BAD_TIME, "trade time \"T\" out of range");
        }
        batch.add(symbol, tradeMillis * NANOS_PER_MILLI, price, quantity, tradeId);
        return TradeBatch.Outcome.OK;
    }

    /** Reads the fields of an object whose START_OBJECT was just read: the wrapper, the payload, or both in one. */
    private void readFields(JsonParser parser, boolean topLevel) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            token = parser.nextToken();
            switch (name) {
                case "data", "event" -> {
                    if (topLevel && token == JsonToken.START_OBJECT) {
                        readFields(parser, false);
                    } else {
                        problem(MalformedKind.MISSING_FIELD, "\"data\" is not an object");
                        skipValue(token, parser);
                    }
                }
                case "e" -> {
                    if (token != JsonToken.VALUE_STRING) {
                        problem(MalformedKind.MISSING_FIELD, "event type \"e\" is not a string");
                        event = EVENT_OTHER;
                        skipValue(token, parser);
                    } else if (textEquals(parser, "trade")) {
                        event = EVENT_TRADE;
                    } else if (textEquals(parser, "serverShutdown")) {
                        event = EVENT_SHUTDOWN;
                    } else {
                        event = EVENT_OTHER;
                    }
                }
                case "s" -> {
                    if (token == JsonToken.VALUE_STRING) {
                        hasSymbol = true;
                        symbol = symbolIndex(parser);
                    } else {
                        skipValue(token, parser);
                    }
                }
                case "t" -> {
                    if (token == JsonToken.VALUE_NUMBER_INT) {
                        hasTradeId = true;
                        tradeId = parser.getLongValue();
                        if (tradeId < 0) {
                            problem(MalformedKind.BAD_NUMBER, "trade id \"t\" is negative");
                        }
                    } else {
                        problem(token == JsonToken.VALUE_NUMBER_FLOAT ? MalformedKind.BAD_NUMBER : MalformedKind.MISSING_FIELD,
                                "trade id \"t\" is not an integer");
                        skipValue(token, parser);
                    }
                }
                case "T" -> {
                    if (token == JsonToken.VALUE_NUMBER_INT) {
                        hasTradeTime = true;
                        tradeMillis = parser.getLongValue();
                    } else {
                        problem(MalformedKind.BAD_TIME, "trade time \"T\" is not an integer");
                        skipValue(token, parser);
                    }
                }
                case "p" -> {
                    if (readDecimal(token, parser)) {
                        hasPrice = true;
                        priceUnscaled = decimal.unscaled;
                        priceDecimalsRead = decimal.decimals;
                        if (decimal.error != DecimalText.OK) {
                            problem(MalformedKind.BAD_NUMBER, "price \"p\" is not a decimal");
                        }
                    } else {
                        problem(MalformedKind.MISSING_FIELD, "price \"p\" is not a string");
                        skipValue(token, parser);
                    }
                }
                case "q" -> {
                    if (readDecimal(token, parser)) {
                        hasQuantity = true;
                        quantityUnscaled = decimal.unscaled;
                        quantityDecimalsRead = decimal.decimals;
                        if (decimal.error != DecimalText.OK) {
                            problem(MalformedKind.BAD_NUMBER, "quantity \"q\" is not a decimal");
                        }
                    } else {
                        problem(MalformedKind.MISSING_FIELD, "quantity \"q\" is not a string");
                        skipValue(token, parser);
                    }
                }
                case "result", "id" -> {
                    if (topLevel) {
                        control = true;
                    }
                    skipValue(token, parser);
                }
                case "error", "code", "msg" -> {
                    if (topLevel) {
                        error = true;
                    }
                    skipValue(token, parser);
                }
                default -> skipValue(token, parser);
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new JsonParseException(parser, "expected a field name");
        }
    }

    private void problem(MalformedKind kind, String detail) {
        if (fieldProblem == null) {
            fieldProblem = kind;
            fieldProblemDetail = detail;
        }
    }

    private String missingDetail() {
        if (!hasSymbol) {
            return "no symbol \"s\"";
        }
        if (!hasTradeId) {
            return "no trade id \"t\"";
        }
        if (!hasPrice) {
            return "no price \"p\"";
        }
        if (!hasQuantity) {
            return "no quantity \"q\"";
        }
        return "no trade time \"T\"";
    }

    private long scaled(long unscaled, int decimalsRead, int scale) {
        decimal.unscaled = unscaled;
        decimal.decimals = decimalsRead;
        return decimal.toScale(scale);
    }

    private MalformedKind decimalKind() {
        return decimal.error == DecimalText.TOO_PRECISE ? MalformedKind.TOO_PRECISE : MalformedKind.BAD_NUMBER;
    }
}
