package io.quantagent.backtest.research;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One point of a {@link ParameterGrid}: its index and the value of every swept key.
 *
 * @param index the point's number, 0 to grid size - 1 (the first key varies slowest)
 * @param keys the swept keys, in the grid file's order
 * @param values the value of each key, same order
 */
public record GridPoint(long index, List<String> keys, List<JsonNode> values) {

    /** Copies the lists and checks they match. */
    public GridPoint {
        keys = List.copyOf(keys);
        values = List.copyOf(values);
        if (keys.size() != values.size()) {
            throw new IllegalArgumentException(keys.size() + " keys but " + values.size() + " values");
        }
    }

    /** The {@code i}-th value as text. */
    public String text(int i) {
        return values.get(i).asText();
    }

    /** Each key with its value as text, in the grid's order: what identifies the point in results. */
    public Map<String, String> parameters() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            map.put(keys.get(i), text(i));
        }
        return map;
    }

    /** {@code key=value, key=value}, for messages and progress lines. */
    public String label() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(keys.get(i)).append('=').append(text(i));
        }
        return sb.toString();
    }
}
