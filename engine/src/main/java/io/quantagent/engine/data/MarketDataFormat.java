package io.quantagent.engine.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The market data file formats the readers understand, and how to tell them apart. */
public enum MarketDataFormat {
    /** The QuantAgent benchmark windows: header {@code Datetime,Close,High,Low,Open,Volume}, 1 h bars. */
    QUANTAGENT("quantagent", true),
    /** OHLCV bars with a header naming the columns in any order (time, open, high, low, close, volume). */
    OHLCV("ohlcv", true),
    /** Trades with a header naming time, price and amount columns in any order (as the Bitstamp sample). */
    TRADES("trades", false),
    /** Binance kline dumps: twelve columns from {@code open_time} to {@code ignore}, header optional. */
    BINANCE_KLINES("binance-klines", true),
    /** Binance trade dumps: {@code id,price,qty,quote_qty,time,is_buyer_maker[,is_best_match]}, header optional. */
    BINANCE_TRADES("binance-trades", false);

    private final String cliName;
    private final boolean bars;

    MarketDataFormat(String cliName, boolean bars) {
        this.cliName = cliName;
        this.bars = bars;
    }

    /** The name used on the command line and in reports ({@code binance-klines}). */
    public String cliName() {
        return cliName;
    }

    /** True for bar formats (delivered with {@link MarketDataHandler#onBar}), false for trades. */
    public boolean bars() {
        return bars;
    }

    /** The format of a command-line name ({@code quantagent}, {@code ohlcv}, ...), case-insensitive. */
    public static MarketDataFormat fromName(String name) {
        for (MarketDataFormat format : values()) {
            if (format.cliName.equalsIgnoreCase(name.trim()) || format.name().equalsIgnoreCase(name.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (expected one of " + names() + ")");
    }

    /** The command-line names of all formats, comma-separated. */
    public static String names() {
        StringBuilder sb = new StringBuilder();
        for (MarketDataFormat format : values()) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(format.cliName);
        }
        return sb.toString();
    }

    /**
     * The format a file's first line (header, or first row of a headerless Binance dump) points to, or
     * empty when it fits none. A byte-order mark and a trailing carriage return are ignored.
     */
    public static Optional<MarketDataFormat> detect(String firstLine) {
        List<String> names = Columns.normalised(Columns.split(firstLine));
        if (names.isEmpty() || names.get(0).isEmpty()) {
            return Optional.empty();
        }
        if (Columns.looksLikeData(names.get(0))) {
            if (names.size() == Columns.BINANCE_KLINES.size() && Columns.integer(names.get(0))
                    && Columns.integer(names.get(6))) {
                return Optional.of(BINANCE_KLINES);
            }
            if ((names.size() == Columns.BINANCE_TRADES.size() || names.size() == Columns.BINANCE_TRADES.size() - 1)
                    && Columns.integer(names.get(0)) && Columns.integer(names.get(4))
                    && (names.get(5).equals("true") || names.get(5).equals("false"))) {
                return Optional.of(BINANCE_TRADES);
            }
            return Optional.empty();
        }
        if (names.equals(Columns.QUANTAGENT)) {
            return Optional.of(QUANTAGENT);
        }
        if (names.contains("open_time") && names.contains("close_time")) {
            return Optional.of(BINANCE_KLINES);
        }
        if (names.contains("is_buyer_maker")) {
            return Optional.of(BINANCE_TRADES);
        }
        for (String name : names) {
            if (Columns.OPEN.contains(name) || Columns.HIGH.contains(name) || Columns.LOW.contains(name)
                    || Columns.CLOSE.contains(name)) {
                return Optional.of(OHLCV);
            }
        }
        for (String name : names) {
            if (Columns.PRICE.contains(name)) {
                return Optional.of(TRADES);
            }
        }
        return Optional.empty();
    }

    /**
     * The format of a file, from its first line.
     *
     * @throws BadRowException when the file is empty, binary, or its first line fits no format
     * @throws IOException when the file cannot be read
     */
    public static MarketDataFormat detect(Path file) throws IOException {
        byte[] head = new byte[64 * 1024];
        int length = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while (length < head.length && (n = in.read(head, length, head.length - length)) > 0) {
                length += n;
            }
        }
        String name = file.toString();
        String binary = TextChecks.binaryReason(head, 0, length);
        if (binary != null) {
            throw new BadRowException(name, 1, RowProblem.BINARY_FILE, binary);
        }
        int start = TextChecks.bomLength(head, length);
        int end = start;
        while (end < length && head[end] != '\n') {
            end++;
        }
        String firstLine = new String(head, start, end - start, StandardCharsets.UTF_8);
        if (firstLine.isBlank()) {
            throw new BadRowException(name, 1, RowProblem.EMPTY_FILE, end >= length ? "empty file" : "empty first line");
        }
        return detect(firstLine).orElseThrow(() -> unknown(name, firstLine));
    }

    /** The failure for a first line that fits no format: a missing header, or an unknown one. */
    static BadRowException unknown(String file, String firstLine) {
        List<String> names = Columns.normalised(Columns.split(firstLine));
        String expected = "expected a header naming time, open, high, low, close and volume columns, or time, price"
                + " and amount; or pass the format: " + names() + ")";
        if (!names.isEmpty() && Columns.looksLikeData(names.get(0))) {
            return new BadRowException(file, 1, RowProblem.BAD_HEADER, "missing header: the first line '"
                    + TextChecks.printable(firstLine) + "' is a data row (" + expected);
        }
        return new BadRowException(file, 1, RowProblem.UNKNOWN_FORMAT, "unrecognised format: the first line '"
                + TextChecks.printable(firstLine) + "' is no known header (" + expected);
    }

    /** The command-line name. */
    @Override
    public String toString() {
        return cliName;
    }
}
