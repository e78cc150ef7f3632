package io.quantagent.engine.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Column names of the known formats, and the names a header may give each column. */
final class Columns {

    static final List<String> QUANTAGENT = List.of("datetime", "close", "high", "low", "open", "volume");
    static final List<String> BINANCE_KLINES = List.of("open_time", "open", "high", "low", "close", "volume",
            "close_time", "quote_volume", "count", "taker_buy_volume", "taker_buy_quote_volume", "ignore");
    static final List<String> BINANCE_TRADES =
            List.of("id", "price", "qty", "quote_qty", "time", "is_buyer_maker", "is_best_match");

    static final Set<String> TIME = Set.of("datetime", "date", "time", "timestamp", "date_time", "open_time",
            "opentime", "ts", "t", "unix", "unix_time");
    static final Set<String> OPEN = Set.of("open", "o", "open_price");
    static final Set<String> HIGH = Set.of("high", "h", "high_price");
    static final Set<String> LOW = Set.of("low", "l", "low_price");
    static final Set<String> CLOSE = Set.of("close", "c", "close_price");
    static final Set<String> VOLUME = Set.of("volume", "vol", "v");
    static final Set<String> PRICE = Set.of("price", "p", "rate");
    static final Set<String> AMOUNT = Set.of("amount", "qty", "quantity", "size", "volume", "vol", "q");

    private Columns() {
    }

    /** The comma-separated fields of a line (a leading byte-order mark and a trailing CR dropped). */
    static List<String> split(String line) {
        String text = line;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',') {
                fields.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return fields;
    }

    /** Field names trimmed, unquoted and lower-cased, for matching. */
    static List<String> normalised(List<String> fields) {
        List<String> names = new ArrayList<>(fields.size());
        for (String field : fields) {
            names.add(normalised(field));
        }
        return names;
    }

    static String normalised(String field) {
        String name = field.strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).strip();
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** True when the text is a non-empty run of decimal digits. */
    static boolean integer(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** True when a first field looks like a value (a number or a date) rather than a column name. */
    static boolean looksLikeData(String normalisedField) {
        if (normalisedField.isEmpty()) {
            return false;
        }
        char c = normalisedField.charAt(0);
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
    }
}
