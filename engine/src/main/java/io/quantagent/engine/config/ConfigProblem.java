package io.quantagent.engine.config;

/**
 * One thing wrong (or worth a warning) in a configuration, printed as
 * {@code source:line:column: key: message}; the parts that are not known are left out.
 *
 * @param source the file as the user named it, or {@code null} for a configuration built in code
 * @param line 1-based line of the key in the file, or 0 when not known
 * @param column 1-based column of the key, or 0 when not known
 * @param key the key's full path such as {@code agents.indicator.rsiPeriod} or {@code data[1].format}; empty
 *     for a problem with the whole file
 * @param message what is wrong and, where possible, how to fix it
 */
public record ConfigProblem(String source, int line, int column, String key, String message) {

    public ConfigProblem {
        key = key == null ? "" : key;
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a configuration problem needs a message");
        }
    }

    /** A problem with a key, before it is placed in a file. */
    public static ConfigProblem of(String key, String message) {
        return new ConfigProblem(null, 0, 0, key, message);
    }

    /** The same problem with its key moved under {@code prefix} (a record's path inside the whole configuration). */
    public ConfigProblem under(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return this;
        }
        String full = key.isEmpty() ? prefix : key.startsWith("[") ? prefix + key : prefix + "." + key;
        return new ConfigProblem(source, line, column, full, message);
    }

    /** The same problem placed in a file. */
    public ConfigProblem at(String source, int line, int column) {
        return new ConfigProblem(source, line, column, key, message);
    }

    @Override
    public String toString() {
        return toString(null);
    }

    /** As {@link #toString()}, with a label such as {@code warning} after the place: {@code f.yaml:3:5: warning: key: message}. */
    public String toString(String label) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (line > 0) {
                sb.append(':').append(line).append(':').append(column);
            }
            sb.append(": ");
        }
        if (label != null) {
            sb.append(label).append(": ");
        }
        if (!key.isEmpty()) {
            sb.append(key).append(": ");
        }
        return sb.append(message).toString();
    }
}
