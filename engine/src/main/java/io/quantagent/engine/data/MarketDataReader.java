package io.quantagent.engine.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streams a market data file into a {@link MarketDataHandler}, row by row, in constant memory: the file is
 * read through one reused buffer and each value is parsed from its bytes straight into a fixed-point
 * {@code long}, so files larger than memory work and no row allocates.
 *
 * <p>Every row is validated: numbers must be exact at the {@link Scales} (no silent rounding), prices
 * positive, volumes not negative, a bar's open and close inside [low, high], bar timestamps strictly
 * increasing and trade timestamps non-decreasing. A rejected row is reported as {@code file:line: reason};
 * under {@link BadRowPolicy#FAIL_FAST} the first one is thrown as a {@link BadRowException}, under
 * {@link BadRowPolicy#SKIP} it is counted and the reader goes on. Problems with the whole file (empty,
 * binary, wrong header) are always thrown. A UTF-8 byte-order mark, CRLF line ends, a missing line end after
 * the last row and blank lines at the end of the file are accepted.
 *
 * <p>One reader serves one thread; it can read many files one after another.
 */
public final class MarketDataReader {

    /** The longest line the reader accepts, in bytes (the size of its buffer). */
    public static final int MAX_LINE_BYTES = 1 << 18;

    private static final int MAX_FIELDS = 256;
    private static final int BINARY_CHECK_BYTES = 4096;

    private final ReadOptions options;
    private final byte[] buffer = new byte[MAX_LINE_BYTES];
    private final ByteBuffer window = ByteBuffer.wrap(buffer);
    private final int[] fieldStart = new int[MAX_FIELDS + 1];
    private final int[] fieldEnd = new int[MAX_FIELDS + 1];
    private final DecimalParser decimals = new DecimalParser();
    private final TimestampParser timestamps;
    private final long[] rejectedByProblem = new long[RowProblem.values().length];
    private final List<String> problems = new ArrayList<>();
    private final boolean failFast;
    private final int priceDecimals;
    private final int quantityDecimals;

    private String file;
    private ReadableByteChannel channel;
    private int pos;
    private int limit;
    private boolean eof;

    private long line;
    private int lineStart;
    private int lineEnd;
    private int fieldCount;
    private boolean terminated;
    private boolean overlong;

    private MarketDataFormat format;
    private CsvLayout layout;
    private long intervalNanos;
    private long rows;
    private long accepted;
    private long rejected;
    private long firstTime;
    private long lastTime;
    private long lastTimeLine;
    private long pendingBlankLine;
    private long pendingBlankLines;
    private boolean failed;

    /** A reader that reads with these options. */
    public MarketDataReader(ReadOptions options) {
        this.options = options;
        this.timestamps = new TimestampParser(options.timestampFormat(), options.zone());
        this.failFast = options.policy() == BadRowPolicy.FAIL_FAST;
        this.priceDecimals = options.scales().priceDecimals();
        this.quantityDecimals = options.scales().quantityDecimals();
    }

    /**
     * Reads a whole file into the handler with a new reader.
     *
     * @throws BadRowException on a problem with the whole file, or on the first bad row under FAIL_FAST
     * @throws IOException when the file cannot be read
     */
    public static ReadSummary read(Path file, ReadOptions options, MarketDataHandler handler) throws IOException {
        return new MarketDataReader(options).read(file, handler);
    }

    /**
     * Reads a whole file into the handler, calling it once per accepted row, in file order.
     *
     * @throws BadRowException on a problem with the whole file, or on the first bad row under FAIL_FAST
     * @throws IOException when the file cannot be read
     */
    public ReadSummary read(Path file, MarketDataHandler handler) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            begin(file, in);
            readRows(handler);
            return summary();
        } finally {
            channel = null;
        }
    }

    /** The 1-based line of the row being delivered (valid inside a handler callback). */
    public long lineNumber() {
        return line;
    }

    /** The format of the file being read (valid once its first line is read, so in every callback). */
    public MarketDataFormat format() {
        return format;
    }

    /** The bar interval used for close times of the file being read, in nanoseconds; 0 when unknown or trades. */
    public long barIntervalNanos() {
        return intervalNanos;
    }

    private void begin(Path path, ReadableByteChannel in) {
        file = path.toString();
        channel = in;
        pos = 0;
        limit = 0;
        eof = false;
        line = 0;
        format = null;
        layout = null;
        rows = 0;
        accepted = 0;
        rejected = 0;
        firstTime = Long.MIN_VALUE;
        lastTime = Long.MIN_VALUE;
        lastTimeLine = 0;
        pendingBlankLine = 0;
        pendingBlankLines = 0;
        Arrays.fill(rejectedByProblem, 0);
        problems.clear();
        intervalNanos = 0;
        Duration interval = options.barInterval() != null ? options.barInterval()
                : DataFileNames.barInterval(path).orElse(null);
        if (interval != null) {
            intervalNanos = interval.toNanos();
        }
    }

    private void readRows(MarketDataHandler handler) throws IOException {
        while (!eof && limit < BINARY_CHECK_BYTES) {
            fill();
        }
        String binary = TextChecks.binaryReason(buffer, 0, Math.min(limit, BINARY_CHECK_BYTES));
        if (binary != null) {
            throw fileProblem(1, RowProblem.BINARY_FILE, binary);
        }
        pos = TextChecks.bomLength(buffer, limit);
        if (!nextLine()) {
            throw fileProblem(1, RowProblem.EMPTY_FILE, "empty file");
        }
        readFirstLine();
        boolean bars = format.bars();
        if (!layout.header) {
            rows++;
            row(handler, bars);
        }
        while (nextLine()) {
            if (overlong) {
                flushBlankLines();
                rows++;
                reject(RowProblem.LINE_TOO_LONG, "line longer than " + MAX_LINE_BYTES + " bytes");
                continue;
            }
            if (fieldCount == 1 && blank()) {
                if (pendingBlankLines++ == 0) {
                    pendingBlankLine = line;
                }
                continue;
            }
            if (pendingBlankLines > 0) {
                flushBlankLines();
            }
            rows++;
            row(handler, bars);
        }
        if (rows == 0) {
            throw fileProblem(2, RowProblem.NO_DATA, "no data rows after the header");
        }
    }

    private void readFirstLine() throws IOException {
        if (overlong) {
            throw fileProblem(1, RowProblem.BAD_HEADER, "first line longer than " + MAX_LINE_BYTES + " bytes");
        }
        if (fieldCount == 1 && blank()) {
            while (nextLine()) {
                if (overlong || fieldCount > 1 || !blank()) {
                    throw fileProblem(1, RowProblem.BAD_HEADER, "the first line is empty");
                }
            }
            throw fileProblem(1, RowProblem.EMPTY_FILE, "empty file");
        }
        if (TextChecks.controlBytes(buffer, lineStart, lineEnd) > 0) {
            throw fileProblem(1, RowProblem.BINARY_FILE, "binary data in the first line, not a CSV text file");
        }
        String first = new String(buffer, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
        format = options.format() != null ? options.format()
                : MarketDataFormat.detect(first).orElseThrow(() -> MarketDataFormat.unknown(file, first));
        try {
            layout = CsvLayout.of(format, Columns.split(first));
        } catch (CsvLayout.HeaderException e) {
            throw fileProblem(1, RowProblem.BAD_HEADER, e.getMessage());
        }
        int lastColumn = Math.max(Math.max(Math.max(layout.time, layout.close), Math.max(layout.open, layout.volume)),
                Math.max(Math.max(layout.high, layout.low), Math.max(layout.price, layout.quantity)));
        if (lastColumn >= MAX_FIELDS) {
            throw fileProblem(1, RowProblem.BAD_HEADER, "a needed column comes after the first " + MAX_FIELDS);
        }
        if (!format.bars()) {
            intervalNanos = 0;
        }
    }

    private void row(MarketDataHandler handler, boolean bars) {
        failed = false;
        if (fieldCount != layout.fields) {
            reject(RowProblem.FIELD_COUNT, "expected " + layout.fields + " fields, found " + fieldCount);
        } else if (bars) {
            bar(handler);
        } else {
            trade(handler);
        }
    }

    private void bar(MarketDataHandler handler) {
        final CsvLayout l = layout;
        long time = time(l.time);
        long open = decimal(l.open, priceDecimals);
        long high = decimal(l.high, priceDecimals);
        long low = decimal(l.low, priceDecimals);
        long close = decimal(l.close, priceDecimals);
        long volume = decimal(l.volume, quantityDecimals);
        if (failed || !positive(open, l.open) || !positive(high, l.high) || !positive(low, l.low)
                || !positive(close, l.close) || !notNegative(volume, l.volume)) {
            return;
        }
        if (high < low) {
            reject(RowProblem.HIGH_BELOW_LOW, "high " + text(l.high) + " is below low " + text(l.low));
            return;
        }
        if (open < low || open > high) {
            reject(RowProblem.OPEN_OUTSIDE_RANGE,
                    "open " + text(l.open) + " is outside [low " + text(l.low) + ", high " + text(l.high) + "]");
            return;
        }
        if (close < low || close > high) {
            reject(RowProblem.CLOSE_OUTSIDE_RANGE,
                    "close " + text(l.close) + " is outside [low " + text(l.low) + ", high " + text(l.high) + "]");
            return;
        }
        long closeTime;
        if (l.closeTime >= 0) {
            closeTime = time(l.closeTime);
            if (failed) {
                return;
            }
            closeTime += timestamps.unitNanos;
            if (closeTime <= time) {
                reject(RowProblem.BAD_TIMESTAMP, l.labels[l.closeTime] + " " + text(l.closeTime) + " is not after "
                        + l.labels[l.time] + " " + text(l.time));
                return;
            }
        } else {
            closeTime = intervalNanos > 0 ? time + intervalNanos : Long.MIN_VALUE;
        }
        if (time <= lastTime) {
            if (time == lastTime) {
                reject(RowProblem.DUPLICATE_TIMESTAMP,
                        "duplicate timestamp " + instant(time) + " (also on line " + lastTimeLine + ")");
            } else {
                backwards(time);
            }
            return;
        }
        accept(time);
        handler.onBar(time, closeTime, open, high, low, close, volume);
    }

    private void trade(MarketDataHandler handler) {
        final CsvLayout l = layout;
        long time = time(l.time);
        long price = decimal(l.price, priceDecimals);
        long quantity = decimal(l.quantity, quantityDecimals);
        if (failed || !positive(price, l.price) || !notNegative(quantity, l.quantity)) {
            return;
        }
        if (time < lastTime) {
            backwards(time);
            return;
        }
        accept(time);
        handler.onTrade(time, price, quantity);
    }

    private void accept(long time) {
        if (accepted++ == 0) {
            firstTime = time;
        }
        lastTime = time;
        lastTimeLine = line;
    }

    private long decimal(int column, int scale) {
        if (failed) {
            return 0;
        }
        long value = decimals.parse(buffer, fieldStart[column], fieldEnd[column], scale);
        if (decimals.error != DecimalParser.OK) {
            valueProblem(column, decimals.error, scale);
            return 0;
        }
        return value;
    }

    private long time(int column) {
        if (failed) {
            return 0;
        }
        long value = timestamps.parse(buffer, fieldStart[column], fieldEnd[column]);
        if (timestamps.error != TimestampParser.OK) {
            timeProblem(column, timestamps.error);
            return 0;
        }
        return value;
    }

    private boolean positive(long value, int column) {
        if (value > 0) {
            return true;
        }
        reject(RowProblem.NON_POSITIVE_PRICE, layout.labels[column] + " " + text(column)
                + (value == 0 ? " is zero" : " is negative") + "; prices must be positive");
        return false;
    }

    private boolean notNegative(long value, int column) {
        if (value >= 0) {
            return true;
        }
        reject(RowProblem.NEGATIVE_QUANTITY, layout.labels[column] + " " + text(column) + " is negative");
        return false;
    }

    private void valueProblem(int column, int error, int scale) {
        String label = layout.labels[column];
        String value = text(column);
        switch (error) {
            case DecimalParser.EMPTY -> reject(RowProblem.EMPTY_VALUE, label + " is empty");
            case DecimalParser.TOO_PRECISE -> reject(RowProblem.TOO_PRECISE,
                    label + " " + value + " has more decimals than the scale (" + scale + ") keeps; it would be rounded");
            case DecimalParser.OUT_OF_RANGE -> reject(RowProblem.OUT_OF_RANGE,
                    label + " " + value + " is too large for a fixed-point value with " + scale + " decimals");
            default -> {
                String bare = value.replace("\"", "").strip().toLowerCase(Locale.ROOT);
                boolean nan = bare.equals("nan") || bare.contains("inf");
                reject(RowProblem.NOT_A_NUMBER, label + " '" + value + "' is " + (nan ? "not a finite number" : "not a number"));
            }
        }
    }

    private void timeProblem(int column, int error) {
        String label = layout.labels[column];
        String value = text(column);
        if (value.isBlank()) {
            reject(RowProblem.EMPTY_VALUE, label + " is empty");
            return;
        }
        String why = switch (error) {
            case TimestampParser.OUT_OF_RANGE -> " is out of range (years 1678 to 2261)";
            case TimestampParser.TOO_PRECISE -> " is finer than a nanosecond";
            default -> " is not a timestamp (expected " + expectedTimestamps() + ")";
        };
        reject(RowProblem.BAD_TIMESTAMP, label + " '" + value + "'" + why);
    }

    private String expectedTimestamps() {
        TimestampFormat f = options.timestampFormat();
        return switch (f.kind()) {
            case AUTO -> "yyyy-MM-dd[ HH:mm:ss], ISO-8601 or epoch numbers";
            case TEXT -> "yyyy-MM-dd[ HH:mm:ss] or ISO-8601";
            case PATTERN -> "the pattern '" + f.pattern() + "'";
            default -> "an epoch number (" + f + ")";
        };
    }

    private void backwards(long time) {
        reject(RowProblem.TIME_BACKWARDS, "timestamp " + instant(time) + " goes backwards: line " + lastTimeLine
                + " has " + instant(lastTime));
    }

    private void flushBlankLines() {
        long first = pendingBlankLine;
        long count = pendingBlankLines;
        pendingBlankLines = 0;
        for (long k = 0; k < count; k++) {
            rows++;
            rejectAt(first + k, RowProblem.EMPTY_LINE, "empty line");
        }
    }

    private void reject(RowProblem problem, String reason) {
        RowProblem kind = problem;
        String why = reason;
        if (kind != RowProblem.LINE_TOO_LONG) {
            int control = TextChecks.controlBytes(buffer, lineStart, lineEnd);
            if (control > 0) {
                kind = RowProblem.BINARY_DATA;
                why = "binary data in the line (" + control + " control bytes): " + reason;
            } else if (!terminated && (kind == RowProblem.FIELD_COUNT || kind == RowProblem.EMPTY_VALUE
                    || kind == RowProblem.NOT_A_NUMBER)) {
                kind = RowProblem.TRUNCATED_LINE;
                why = "truncated last line (no line end): " + reason;
            }
        }
        rejectAt(line, kind, why);
    }

    private void rejectAt(long lineNumber, RowProblem problem, String reason) {
        failed = true;
        rejected++;
        rejectedByProblem[problem.ordinal()]++;
        if (failFast) {
            throw new BadRowException(file, lineNumber, problem, reason);
        }
        if (problems.size() < options.maxProblems()) {
            problems.add(file + ":" + lineNumber + ": " + reason);
        }
    }

    private BadRowException fileProblem(long lineNumber, RowProblem problem, String reason) {
        return new BadRowException(file, lineNumber, problem, reason);
    }

    private ReadSummary summary() {
        Map<RowProblem, Long> byProblem = new EnumMap<>(RowProblem.class);
        for (RowProblem problem : RowProblem.values()) {
            if (rejectedByProblem[problem.ordinal()] > 0) {
                byProblem.put(problem, rejectedByProblem[problem.ordinal()]);
            }
        }
        return new ReadSummary(file, format, rows, accepted, rejected, byProblem, problems, firstTime, lastTime);
    }

    /** The field's text, quoted safely for a message. */
    private String text(int column) {
        return TextChecks.printable(buffer, fieldStart[column], fieldEnd[column]).strip();
    }

    private static String instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L)).toString();
    }

    private boolean blank() {
        for (int i = lineStart; i < lineEnd; i++) {
            if (buffer[i] != ' ' && buffer[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds the next line and its fields in one pass over its bytes (a word-at-a-time scan measured slower:
     * commas are too dense). Sets {@link #overlong} instead when the line does not fit the buffer (and skips
     * it). Returns false at the end of the file.
     */
    private boolean nextLine() throws IOException {
        overlong = false;
        while (true) {
            final byte[] b = buffer;
            final int[] starts = fieldStart;
            final int[] ends = fieldEnd;
            final int lim = limit;
            final int from = pos;
            int i = from;
            int commas = 0;
            starts[0] = from;
            boolean newline = false;
            for (; i < lim; i++) {
                byte c = b[i];
                if (c == '\n') {
                    newline = true;
                    break;
                }
                if (c == ',') {
                    if (commas < MAX_FIELDS) {
                        ends[commas] = i;
                        starts[commas + 1] = i + 1;
                    }
                    commas++;
                }
            }
            if (newline || (eof && from < lim)) {
                int end = i;
                if (end > from && b[end - 1] == '\r') {
                    end--;
                }
                ends[Math.min(commas, MAX_FIELDS)] = end;
                lineStart = from;
                lineEnd = end;
                fieldCount = commas + 1;
                terminated = newline || end < i;
                pos = newline ? i + 1 : lim;
                line++;
                return true;
            }
            if (eof) {
                return false;
            }
            if (from == 0 && lim == b.length) {
                skipOverlongLine();
                return true;
            }
            fill();
        }
    }

    private void skipOverlongLine() throws IOException {
        overlong = true;
        line++;
        fieldCount = 0;
        lineStart = 0;
        lineEnd = 0;
        pos = 0;
        limit = 0;
        while (true) {
            fill();
            for (int i = 0; i < limit; i++) {
                if (buffer[i] == '\n') {
                    pos = i + 1;
                    terminated = true;
                    return;
                }
            }
            if (eof) {
                pos = limit;
                terminated = false;
                return;
            }
            limit = 0;
        }
    }

    /** Moves the unread bytes to the front of the buffer and reads more after them. */
    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        window.limit(buffer.length).position(limit);
        int n = channel.read(window);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }
}
