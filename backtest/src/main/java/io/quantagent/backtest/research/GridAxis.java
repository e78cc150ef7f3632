package io.quantagent.backtest.research;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * One swept configuration key and the values it takes, in the order the grid file lists them.
 *
 * @param key the configuration key's full path, such as {@code agents.fusion.minStrength}
 * @param values the values, YAML scalars (numbers, text, booleans), at least one, no two alike
 * @param line 1-based line of the key in the grid file, 0 when not known
 * @param column 1-based column of the key, 0 when not known
 */
public record GridAxis(String key, List<JsonNode> values, int line, int column) {

    /** Copies the values and checks there is at least one. */
    public GridAxis {
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(key + ": an axis needs at least one value");
        }
    }

    /** How many values. */
    public int size() {
        return values.size();
    }

    /** The {@code i}-th value as text, as it appears in results ({@code 0.3}, {@code 5m}, {@code true}). */
    public String text(int i) {
        return values.get(i).asText();
    }
}
