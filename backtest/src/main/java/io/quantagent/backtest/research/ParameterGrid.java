package io.quantagent.backtest.research;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A sweep's grid: configuration keys, each with a list of values; its points are every combination. The file is
 * YAML, one key path per line, written flat or nested:
 *
 * <pre>
 * agents.fusion.minStrength: [0.3, 0.5, 0.7]
 * agents.trend.lookbackBars: [30, 50]
 * bars.timeframe: [1m, 5m]
 * </pre>
 *
 * A single value (no list) fixes a key for the whole sweep. Points are numbered in odometer order, the first key
 * varying slowest, and built on demand from their index ({@link #point(long)}): a grid of any size costs the
 * memory of its axes. The data inputs, the journal, the paper daemon and the pipeline's topology and wait strategy
 * are not swept (every point runs sequential with a blocking wait, so parallel points share the cores).
 */
public final class ParameterGrid {

    static final YAMLMapper YAML = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final long MAX_FILE_BYTES = 1 << 20;

    private final String source;
    private final List<GridAxis> axes;
    private final long size;

    private ParameterGrid(String source, List<GridAxis> axes, long size) {
        this.source = source;
        this.axes = List.copyOf(axes);
        this.size = size;
    }

    /**
     * Reads a grid file.
     *
     * @throws ResearchException naming the file (and line and key) of every problem found
     */
    public static ParameterGrid load(Path file) {
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw new ResearchException(file + ": is a folder, not a grid file");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ResearchException(file + ": too large for a grid file (over 1 MiB)");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ResearchException(file + ": no such file");
        } catch (IOException e) {
            throw new ResearchException(file + ": cannot read the grid: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /**
     * Reads grid text.
     *
     * @param yaml the YAML text
     * @param source the name problems are reported under, such as the file's path
     * @throws ResearchException naming every problem found, with its line and key
     */
    public static ParameterGrid parse(String yaml, String source) {
        List<GridAxis> axes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                throw new ResearchException(source + ": the grid is empty; map configuration keys to lists of values,"
                        + " such as 'agents.fusion.minStrength: [0.3, 0.5]'");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new ResearchException(source + ": not a grid: expected 'key: [values]' lines");
            }
            readMapping(parser, "", source, axes, problems);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new ResearchException(source + where + ": not a valid grid: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ResearchException(source + ": cannot read the grid: " + e.getMessage(), e);
        }
        if (axes.isEmpty() && problems.isEmpty()) {
            problems.add(source + ": the grid names no keys; map configuration keys to lists of values");
        }
        long size = 1;
        for (GridAxis axis : axes) {
            try {
                size = Math.multiplyExact(size, axis.size());
            } catch (ArithmeticException e) {
                problems.add(source + ": the grid has more than " + Long.MAX_VALUE + " points");
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new ResearchException(problems);
        }
        return new ParameterGrid(source, axes, size);
    }

    private static void readMapping(JsonParser parser, String prefix, String source, List<GridAxis> axes,
            List<String> problems) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            String key = prefix.isEmpty() ? name : prefix + "." + name;
            String where = source + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + key + ": ";
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT) {
                readMapping(parser, key, source, axes, problems);
                continue;
            }
            JsonNode value = YAML.readTree(parser);
            String refused = refusal(key);
            if (refused != null) {
                problems.add(where + refused);
                continue;
            }
            List<JsonNode> values = new ArrayList<>();
            if (value == null || value.isNull()) {
                problems.add(where + "has no values; give a list such as [1, 2]");
                continue;
            }
            if (value.isArray()) {
                value.forEach(values::add);
            } else {
                values.add(value);
            }
            if (values.isEmpty()) {
                problems.add(where + "an empty list; give at least one value");
                continue;
            }
            boolean ok = true;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < values.size(); i++) {
                JsonNode v = values.get(i);
                if (!v.isValueNode() || v.isNull()) {
                    problems.add(where + "value " + (i + 1) + " is " + (v.isArray() ? "a list" : v.isObject()
                            ? "a section" : "empty") + "; values are numbers, text or true/false");
                    ok = false;
                } else if (!seen.add(v.asText())) {
                    problems.add(where + "value '" + v.asText() + "' is listed twice");
                    ok = false;
                }
            }
            if (ok) {
                axes.add(new GridAxis(key, values, at.getLineNr(), at.getColumnNr()));
            }
        }
    }

    /** Why a key cannot be swept, or null if it can. */
    private static String refusal(String key) {
        if (key.contains("[") || key.equals("data") || key.startsWith("data.")) {
            return "the data inputs are not swept; run one sweep per data set (--data)";
        }
        if (key.equals("journal") || key.startsWith("journal.")) {
            return "not swept: each point's journal goes to a folder of its own";
        }
        if (key.equals("paper") || key.startsWith("paper.")) {
            return "not swept: the paper daemon's settings play no part in a backtest";
        }
        if (key.equals("pipeline.topology") || key.equals("pipeline.waitStrategy") || key.equals("pipeline")) {
            return "not swept: every point runs the sequential topology with a blocking wait, so parallel points"
                    + " share the cores";
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** The file as the user named it. */
    public String source() {
        return source;
    }

    /** The swept keys with their values, in the file's order. */
    public List<GridAxis> axes() {
        return axes;
    }

    /** The swept keys, in the file's order. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(axes.size());
        for (GridAxis axis : axes) {
            keys.add(axis.key());
        }
        return keys;
    }

    /** The number of points: the product of the axes' sizes. */
    public long size() {
        return size;
    }

    /**
     * The point with this index: the first key varies slowest.
     *
     * @throws IndexOutOfBoundsException if the index is not in {@code [0, size)}
     */
    public GridPoint point(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("point " + index + " of a grid of " + size);
        }
        JsonNode[] values = new JsonNode[axes.size()];
        long rest = index;
        for (int i = axes.size() - 1; i >= 0; i--) {
            GridAxis axis = axes.get(i);
            values[i] = axis.values().get((int) (rest % axis.size()));
            rest /= axis.size();
        }
        return new GridPoint(index, keys(), List.of(values));
    }

    /** The axis of a configuration key, or null: to place a configuration problem in the grid file. */
    GridAxis axisFor(String configKey) {
        for (GridAxis axis : axes) {
            String key = axis.key();
            if (key.equals(configKey) || key.startsWith(configKey + ".") || configKey.startsWith(key + ".")
                    || configKey.startsWith(key + "[")) {
                return axis;
            }
        }
        return null;
    }

    /** A digest of the keys and values (types included) in order: equal for grids that give the same points. */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder();
        for (GridAxis axis : axes) {
            sb.append(axis.key()).append('\u0000');
            for (JsonNode v : axis.values()) {
                sb.append(v.getNodeType()).append(':').append(v.asText()).append('\u0001');
            }
            sb.append('\n');
        }
        return sha256(sb.toString());
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
