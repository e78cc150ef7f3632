package io.quantagent.backtest.research;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One finished point as a sweep's results file holds it.
 *
 * @param index the point's index in the grid
 * @param parameters each swept key with its value as text, in the grid's order
 * @param metrics the point's figures
 */
public record ResultRow(long index, Map<String, String> parameters, PointMetrics metrics) {

    /** Copies the parameters. */
    public ResultRow {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** {@code key=value, key=value}. */
    public String label() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }
}
