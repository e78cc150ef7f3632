package io.quantagent.engine.data;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Where each value sits in the rows of one file, worked out from its format and first line. */
final class CsvLayout {

    /** A first line that does not fit the format; becomes a {@link BadRowException} on line 1. */
    static final class HeaderException extends Exception {
        private static final long serialVersionUID = 1L;

        HeaderException(String reason) {
            super(reason, null, false, false);
        }
    }

    final MarketDataFormat format;
    /** True when the first line is a header rather than a data row. */
    final boolean header;
    /** The number of fields every row must have. */
    final int fields;
    final int time;
    final int open;
    final int high;
    final int low;
    final int close;
    final int volume;
    /** Column of an explicit bar close time (Binance klines), or -1. */
    final int closeTime;
    final int price;
    final int quantity;
    /** Column names for messages, by field index. */
    final String[] labels;

    private CsvLayout(MarketDataFormat format, boolean header, List<String> labels, int[] columns) {
        this.format = format;
        this.header = header;
        this.fields = labels.size();
        this.labels = labels.toArray(new String[0]);
        this.time = columns[0];
        this.open = columns[1];
        this.high = columns[2];
        this.low = columns[3];
        this.close = columns[4];
        this.volume = columns[5];
        this.closeTime = columns[6];
        this.price = columns[7];
        this.quantity = columns[8];
    }

    /** The layout of a file of the given format whose first line has these fields. */
    static CsvLayout of(MarketDataFormat format, List<String> firstLine) throws HeaderException {
        List<String> names = Columns.normalised(firstLine);
        boolean data = Columns.looksLikeData(names.get(0));
        List<String> labels = trimmed(firstLine);
        return switch (format) {
            case QUANTAGENT -> {
                if (!names.equals(Columns.QUANTAGENT)) {
                    throw new HeaderException((data ? "missing header: expected 'Datetime,Close,High,Low,Open,Volume'"
                            + ", found a data row '" : "wrong header: expected 'Datetime,Close,High,Low,Open,Volume', found '")
                            + TextChecks.printable(String.join(",", firstLine)) + "'");
                }
                yield new CsvLayout(format, true, labels, new int[] {0, 4, 2, 3, 1, 5, -1, -1, -1});
            }
            case OHLCV -> {
                requireHeader(data, firstLine, "time, open, high, low, close and volume");
                int[] columns = {
                    column(names, firstLine, Columns.TIME, "time"),
                    column(names, firstLine, Columns.OPEN, "open"),
                    column(names, firstLine, Columns.HIGH, "high"),
                    column(names, firstLine, Columns.LOW, "low"),
                    column(names, firstLine, Columns.CLOSE, "close"),
                    column(names, firstLine, Columns.VOLUME, "volume"),
                    -1, -1, -1};
                yield new CsvLayout(format, true, labels, columns);
            }
            case TRADES -> {
                requireHeader(data, firstLine, "time, price and amount");
                int[] columns = {
                    column(names, firstLine, Columns.TIME, "time"),
                    -1, -1, -1, -1, -1, -1,
                    column(names, firstLine, Columns.PRICE, "price"),
                    column(names, firstLine, Columns.AMOUNT, "amount")};
                yield new CsvLayout(format, true, labels, columns);
            }
            case BINANCE_KLINES -> {
                if (!data && !names.equals(Columns.BINANCE_KLINES)) {
                    throw wrongHeader(String.join(",", Columns.BINANCE_KLINES), firstLine);
                }
                yield new CsvLayout(format, !data, Columns.BINANCE_KLINES, new int[] {0, 1, 2, 3, 4, 5, 6, -1, -1});
            }
            case BINANCE_TRADES -> {
                List<String> full = Columns.BINANCE_TRADES;
                List<String> futures = full.subList(0, full.size() - 1);
                if (!data && !names.equals(full) && !names.equals(futures)) {
                    throw wrongHeader(String.join(",", full), firstLine);
                }
                List<String> columns = names.size() == futures.size() ? futures : full;
                yield new CsvLayout(format, !data, columns, new int[] {4, -1, -1, -1, -1, -1, -1, 1, 2});
            }
        };
    }

    private static void requireHeader(boolean data, List<String> firstLine, String columns) throws HeaderException {
        if (data) {
            throw new HeaderException("missing header: expected column names (" + columns + "), found a data row '"
                    + TextChecks.printable(String.join(",", firstLine)) + "'");
        }
    }

    private static HeaderException wrongHeader(String expected, List<String> firstLine) {
        return new HeaderException("wrong header: expected '" + expected + "' or no header, found '"
                + TextChecks.printable(String.join(",", firstLine)) + "'");
    }

    /** The one column whose name is in {@code accepted}. */
    private static int column(List<String> names, List<String> firstLine, Set<String> accepted, String what)
            throws HeaderException {
        int found = -1;
        for (int i = 0; i < names.size(); i++) {
            if (accepted.contains(names.get(i))) {
                if (found >= 0) {
                    throw new HeaderException("wrong header: two " + what + " columns, '" + firstLine.get(found).strip()
                            + "' and '" + firstLine.get(i).strip() + "'");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new HeaderException("wrong header: no " + what + " column in '"
                    + TextChecks.printable(String.join(",", firstLine)) + "' (accepted names: "
                    + String.join(", ", new TreeSet<>(accepted)) + ")");
        }
        return found;
    }

    private static List<String> trimmed(List<String> fields) {
        String[] labels = new String[fields.size()];
        for (int i = 0; i < labels.length; i++) {
            String label = fields.get(i).strip();
            if (label.length() >= 2 && label.startsWith("\"") && label.endsWith("\"")) {
                label = label.substring(1, label.length() - 1);
            }
            labels[i] = label;
        }
        return List.of(labels);
    }
}
