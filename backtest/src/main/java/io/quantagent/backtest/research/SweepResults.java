package io.quantagent.backtest.research;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A sweep's results: {@code results.jsonl} (one JSON object per finished point, the record a resumed sweep trusts)
 * and {@code results.csv} (the same rows for a spreadsheet), both appended and flushed as each point finishes.
 *
 * <p>Opening recovers from a crash: a last line without its line end (a write cut short) is dropped, the points
 * of every complete line are marked done (each line's parameters must be those of its point in the grid), and
 * {@code results.csv} is rewritten from {@code results.jsonl}, so the two agree even if the crash fell between
 * them. Memory stays flat: only one bit per grid point is kept, never the rows.
 */
public final class SweepResults implements Closeable {

    /** The results as JSON lines. */
    public static final String JSONL = "results.jsonl";
    /** The results as CSV. */
    public static final String CSV = "results.csv";

    static final ObjectMapper JSON = new ObjectMapper();

    private final ParameterGrid grid;
    private final BitSet done = new BitSet();
    private final BufferedWriter jsonl;
    private final BufferedWriter csv;
    private final boolean droppedPartialLine;

    private SweepResults(Path out, ParameterGrid grid) throws IOException {
        this.grid = grid;
        Path jsonlFile = out.resolve(JSONL);
        droppedPartialLine = Files.exists(jsonlFile) && truncatePartialLine(jsonlFile);
        Path csvFile = out.resolve(CSV);
        Path csvTemp = out.resolve(CSV + ".tmp");
        try (BufferedWriter rebuilt = Files.newBufferedWriter(csvTemp, StandardCharsets.UTF_8)) {
            rebuilt.write(csvHeader(grid.keys()));
            if (Files.exists(jsonlFile)) {
                readBack(jsonlFile, rebuilt);
            }
        }
        Files.move(csvTemp, csvFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        jsonl = Files.newBufferedWriter(jsonlFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        csv = Files.newBufferedWriter(csvFile, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /**
     * Opens (or starts) the results in {@code out} for {@code grid}, recovering from a crash.
     *
     * @throws ResearchException when a complete line is not a result of this grid (file and line named)
     * @throws IllegalArgumentException when the grid has more points than a sweep can track (2^31 - 1)
     */
    public static SweepResults open(Path out, ParameterGrid grid) throws IOException {
        if (grid.size() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the grid has " + grid.size() + " points; a sweep runs at most "
                    + Integer.MAX_VALUE);
        }
        Files.createDirectories(out);
        return new SweepResults(out, grid);
    }

    /** Whether the point with this index is already in the results. */
    public synchronized boolean isDone(long index) {
        return done.get((int) index);
    }

    /** How many points are in the results. */
    public synchronized long doneCount() {
        return done.cardinality();
    }

    /** Whether opening dropped a last line cut short by a crash. */
    public boolean droppedPartialLine() {
        return droppedPartialLine;
    }

    /** Appends one finished point to both files and flushes them. */
    public synchronized void append(GridPoint point, PointMetrics m) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("index", point.index());
        ObjectNode parameters = node.putObject("parameters");
        for (int i = 0; i < point.keys().size(); i++) {
            parameters.set(point.keys().get(i), point.values().get(i));
        }
        ObjectNode metrics = JSON.valueToTree(m);
        node.setAll(metrics);
        jsonl.write(JSON.writeValueAsString(node) + "\n");
        jsonl.flush();
        csv.write(csvRow(point.index(), point.parameters(), m));
        csv.flush();
        done.set((int) point.index());
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            jsonl.close();
        } finally {
            csv.close();
        }
    }

    /**
     * The {@code n} best rows of the results in {@code out} by {@code order} (best first), read one line at a time.
     */
    public static List<ResultRow> top(Path out, int n, Comparator<ResultRow> order) throws IOException {
        PriorityQueue<ResultRow> worstFirst = new PriorityQueue<>(order.reversed());
        Path file = out.resolve(JSONL);
        if (Files.exists(file)) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    worstFirst.add(parse(JSON.readTree(line)));
                    if (worstFirst.size() > n) {
                        worstFirst.poll();
                    }
                }
            }
        }
        List<ResultRow> best = new ArrayList<>(worstFirst);
        best.sort(order);
        return best;
    }

    /** Higher Sharpe first; NaN last; ties by index. */
    public static Comparator<ResultRow> bySharpe() {
        return Comparator.comparingDouble((ResultRow r) -> orderable(r.metrics().sharpe())).reversed()
                .thenComparingLong(ResultRow::index);
    }

    static double orderable(double value) {
        return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
    }

    private void readBack(Path file, BufferedWriter rebuilt) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + lineNumber + ": ";
                ResultRow row;
                try {
                    row = parse(JSON.readTree(line));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    throw new ResearchException(where + "not a result line (" + e.getMessage().lines().findFirst()
                            .orElse("") + "); move the file away to start over");
                }
                if (row.index() < 0 || row.index() >= grid.size()) {
                    throw new ResearchException(where + "point " + row.index() + " is not in the grid of " + grid.size()
                            + " points: the grid changed; use another --out");
                }
                Map<String, String> expected = grid.point(row.index()).parameters();
                if (!expected.equals(row.parameters())) {
                    throw new ResearchException(where + "point " + row.index() + " was " + row.label() + ", but the grid's"
                            + " point " + row.index() + " is " + grid.point(row.index()).label()
                            + ": the grid changed; use another --out");
                }
                if (!done.get((int) row.index())) {
                    done.set((int) row.index());
                    rebuilt.write(csvRow(row.index(), row.parameters(), row.metrics()));
                }
            }
        }
    }

    static ResultRow parse(JsonNode node) {
        if (node == null || !node.isObject() || !node.has("index") || !node.path("parameters").isObject()) {
            throw new IllegalArgumentException("expected an object with index and parameters");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.get("parameters").properties()) {
            parameters.put(e.getKey(), e.getValue().asText());
        }
        PointMetrics m = new PointMetrics(number(node, "totalReturn"), number(node, "sharpe"), number(node, "sortino"),
                number(node, "calmar"), number(node, "maxDrawdown"), (int) number(node, "trades"),
                number(node, "winRate"), number(node, "profitFactor"), number(node, "accuracy"), number(node, "fees"),
                (long) number(node, "events"), number(node, "eventsPerSecond"));
        return new ResultRow(node.get("index").asLong(), parameters, m);
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("no " + field);
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        try {
            return Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not a number: " + value.asText(), e);
        }
    }

    static String csvHeader(List<String> keys) {
        StringBuilder sb = new StringBuilder("index");
        for (String key : keys) {
            sb.append(',').append(csvField(key));
        }
        sb.append(",total_return,sharpe,sortino,calmar,max_drawdown,trades,win_rate,profit_factor,accuracy,fees,"
                + "events_per_second\n");
        return sb.toString();
    }

    static String csvRow(long index, Map<String, String> parameters, PointMetrics m) {
        StringBuilder sb = new StringBuilder().append(index);
        for (String value : parameters.values()) {
            sb.append(',').append(csvField(value));
        }
        sb.append(',').append(decimal(m.totalReturn(), 6)).append(',').append(decimal(m.sharpe(), 4))
                .append(',').append(decimal(m.sortino(), 4)).append(',').append(decimal(m.calmar(), 4))
                .append(',').append(decimal(m.maxDrawdown(), 6)).append(',').append(m.trades())
                .append(',').append(decimal(m.winRate(), 4)).append(',').append(decimal(m.profitFactor(), 4))
                .append(',').append(decimal(m.accuracy(), 4)).append(',').append(decimal(m.fees(), 2))
                .append(',').append(decimal(m.eventsPerSecond(), 0)).append('\n');
        return sb.toString();
    }

    static String decimal(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String csvField(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Cuts the file after its last line end; true if anything was cut. */
    private static boolean truncatePartialLine(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long keep = 0;
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            for (long end = size; end > 0 && keep == 0;) {
                long start = Math.max(0, end - buffer.capacity());
                buffer.clear().limit((int) (end - start));
                while (buffer.hasRemaining() && channel.read(buffer, start + buffer.position()) >= 0) {
                    // a local file reads in full; the loop covers a short read
                }
                for (int i = (int) (end - start) - 1; i >= 0; i--) {
                    if (buffer.get(i) == '\n') {
                        keep = start + i + 1;
                        break;
                    }
                }
                end = start;
            }
            if (keep == size) {
                return false;
            }
            channel.truncate(keep);
            return true;
        }
    }
}
