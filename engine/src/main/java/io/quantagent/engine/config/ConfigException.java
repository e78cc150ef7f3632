package io.quantagent.engine.config;

import java.util.List;

/**
 * A configuration that cannot be used: every problem found, each naming its key (and, for a file, where the
 * key is). The message is the problems, one per line, ready to show to a user.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    /** A configuration with the given problems (at least one). */
    public ConfigException(List<ConfigProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** A configuration with one problem. */
    public ConfigException(ConfigProblem problem) {
        this(List.of(problem));
    }

    /** Every problem found, in file order where the file is known. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String message(List<ConfigProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a configuration exception needs at least one problem");
        }
        StringBuilder sb = new StringBuilder();
        for (ConfigProblem p : problems) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(p);
        }
        return sb.toString();
    }
}
