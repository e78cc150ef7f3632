package io.quantagent.engine.feed.live;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * What one exchange's public trade stream looks like on the wire: where to connect, what to send after
 * connecting, and how to read a message into a {@link TradeBatch}. Parsing streams over the JSON with
 * Jackson's {@link JsonParser}, reading numbers and symbols straight from its character buffer; the parser
 * object itself is allocated per message, which a feed thread waiting on a socket can afford. Malformed JSON
 * reaches here as a Jackson exception (that is how Jackson reports it); it is turned into a
 * {@link MalformedKind} and never leaves the parser.
 */
abstract class ExchangeProtocol {

    /** Shared by every parser: it holds the canonical field names, so reading one does not allocate. */
    static final JsonFactory JSON = new JsonFactory();

    /** The symbols as the exchange writes them, by instrument index. */
    final String[] symbols;
    /** The scales' decimals by instrument index. */
    final int[] priceDecimals;
    final int[] quantityDecimals;
    /** Decimal reader for the message being parsed. */
    final DecimalText decimal = new DecimalText();

    private final char[][] upperSymbols;

    ExchangeProtocol(List<LiveInstrument> instruments) {
        int n = instruments.size();
        symbols = new String[n];
        upperSymbols = new char[n][];
        priceDecimals = new int[n];
        quantityDecimals = new int[n];
        for (int i = 0; i < n; i++) {
            LiveInstrument instrument = instruments.get(i);
            symbols[i] = instrument.symbol().toUpperCase(Locale.ROOT);
            upperSymbols[i] = symbols[i].toCharArray();
            priceDecimals[i] = instrument.scales().priceDecimals();
            quantityDecimals[i] = instrument.scales().quantityDecimals();
        }
    }

    /** The address to connect to: the override if given, else the exchange's own, completed with the symbols. */
    abstract URI endpoint(URI override);

    /** The text messages to send, in order, once connected. */
    abstract List<String> subscriptions();

    /** True when the exchange numbers each instrument's trades one by one, so that a jump means missed trades. */
    abstract boolean contiguousTradeIds();

    /** Reads one message into the batch (cleared first). */
    final TradeBatch.Outcome parse(String message, TradeBatch batch) {
        batch.clear();
        try (JsonParser parser = JSON.createParser(message)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return batch.fail(MalformedKind.NOT_JSON, "not an object");
            }
            TradeBatch.Outcome outcome = parseObject(parser, batch);
            if (outcome != TradeBatch.Outcome.MALFORMED && parser.nextToken() != null) {
                return batch.fail(MalformedKind.NOT_JSON, "text after the object");
            }
            return outcome;
        } catch (InputCoercionException e) {
            return batch.fail(MalformedKind.BAD_NUMBER, "an integer beyond 64 bits");
        } catch (JsonProcessingException e) {
            return batch.fail(MalformedKind.NOT_JSON, "invalid JSON");
        } catch (IOException e) {
            return batch.fail(MalformedKind.NOT_JSON, "unreadable");
        }
    }

    /** Reads the top-level object, whose START_OBJECT was just read, to its END_OBJECT. */
    abstract TradeBatch.Outcome parseObject(JsonParser parser, TradeBatch batch) throws IOException;

    /** The instrument index of the current string token's symbol (ASCII case ignored), or -1. */
    final int symbolIndex(JsonParser parser) throws IOException {
        char[] text = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        for (int i = 0; i < upperSymbols.length; i++) {
            char[] symbol = upperSymbols[i];
            if (symbol.length != length) {
                continue;
            }
            int k = 0;
            while (k < length && upper(text[offset + k]) == symbol[k]) {
                k++;
            }
            if (k == length) {
                return i;
            }
        }
        return -1;
    }

    /** True when the current token's text equals {@code expected} exactly. */
    static boolean textEquals(JsonParser parser, String expected) throws IOException {
        int length = parser.getTextLength();
        if (length != expected.length()) {
            return false;
        }
        char[] text = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        for (int k = 0; k < length; k++) {
            if (text[offset + k] != expected.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Parses the current string or number token as a decimal into {@link #decimal}; false when it is neither. */
    final boolean readDecimal(JsonToken token, JsonParser parser) throws IOException {
        if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT
                && token != JsonToken.VALUE_NUMBER_FLOAT) {
            return false;
        }
        decimal.parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        return true;
    }

    /** Skips the value of the current field (the token just read), nested or not. */
    static void skipValue(JsonToken token, JsonParser parser) throws IOException {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            parser.skipChildren();
        }
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }
}
