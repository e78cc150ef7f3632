package io.quantagent.engine.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each key of a YAML file is: its full path ({@code agents.indicator.rsiPeriod}, {@code data[1].format})
 * to its line and column. Also finds keys written twice in one mapping, which YAML forbids.
 */
final class LocationIndex {

    private final String source;
    private final Map<String, int[]> positions = new HashMap<>();
    private final List<ConfigProblem> duplicates = new ArrayList<>();

    private LocationIndex(String source) {
        this.source = source;
    }

    /** An index that knows no positions, for problems with no file behind them. */
    static LocationIndex empty(String source) {
        return new LocationIndex(source);
    }

    /**
     * Reads one YAML document's structure.
     *
     * @throws IOException when the text is not YAML; the caller reports where
     */
    static LocationIndex scan(JsonParser parser, String source) throws IOException {
        LocationIndex index = new LocationIndex(source);
        Deque<Frame> stack = new ArrayDeque<>();
        JsonToken token = parser.nextToken();
        while (token != null) {
            Frame top = stack.peek();
            if (token == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String key = top.path.isEmpty() ? name : top.path + "." + name;
                JsonLocation at = parser.currentTokenLocation();
                int[] first = index.positions.get(key);
                if (!top.names.add(name) && first != null) {
                    index.duplicates.add(new ConfigProblem(source, at.getLineNr(), at.getColumnNr(), key,
                            "duplicate key (first at line " + first[0] + "); write each key once"));
                } else {
                    index.positions.put(key, new int[] {at.getLineNr(), at.getColumnNr()});
                }
                top.pendingName = name;
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                stack.pop();
                if (stack.isEmpty()) {
                    return index;
                }
            } else {
                String key = top == null ? "" : top.childKey();
                if (top != null && top.array) {
                    JsonLocation at = parser.currentTokenLocation();
                    index.positions.put(key, new int[] {at.getLineNr(), at.getColumnNr()});
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    stack.push(new Frame(key, token == JsonToken.START_ARRAY));
                } else if (top == null) {
                    return index;
                }
            }
            token = parser.nextToken();
        }
        return index;
    }

    /** Keys written twice in the same mapping. */
    List<ConfigProblem> duplicates() {
        return duplicates;
    }

    /** The problem placed at its key, or at the nearest enclosing key the file contains. */
    ConfigProblem locate(ConfigProblem problem) {
        for (String key = problem.key(); !key.isEmpty(); key = parent(key)) {
            int[] at = positions.get(key);
            if (at != null) {
                return problem.at(source, at[0], at[1]);
            }
        }
        return problem.at(source, 0, 0);
    }

    /** Whether the file states this exact key. */
    boolean contains(String key) {
        return positions.containsKey(key);
    }

    /** {@code a.b[1].c} to {@code a.b[1]}, {@code a.b[1]} to {@code a.b}, {@code a} to the empty root. */
    static String parent(String key) {
        int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
        return cut <= 0 ? "" : key.substring(0, cut);
    }

    /** One open mapping or list while scanning. */
    private static final class Frame {
        final String path;
        final boolean array;
        final Set<String> names = new HashSet<>();
        String pendingName;
        int nextIndex;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }

        String childKey() {
            if (array) {
                return path + "[" + nextIndex++ + "]";
            }
            return path.isEmpty() ? pendingName : path + "." + pendingName;
        }
    }
}
