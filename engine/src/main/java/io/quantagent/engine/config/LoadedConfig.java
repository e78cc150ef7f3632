package io.quantagent.engine.config;

import java.util.List;

/** A configuration read from a file, with the file's name and the warnings it deserves. */
public final class LoadedConfig {

    private final String source;
    private final EngineConfig config;
    private final List<ConfigProblem> warnings;
    private final LocationIndex index;

    LoadedConfig(String source, EngineConfig config, List<ConfigProblem> warnings, LocationIndex index) {
        this.source = source;
        this.config = config;
        this.warnings = List.copyOf(warnings);
        this.index = index;
    }

    /** The file as the user named it. */
    public String source() {
        return source;
    }

    /** The validated configuration. */
    public EngineConfig config() {
        return config;
    }

    /** Allowed but worth attention (such as a non-loopback host), each placed at its key in the file. */
    public List<ConfigProblem> warnings() {
        return warnings;
    }

    /**
     * A problem found later (for example a data file that does not exist), placed at its key in this file,
     * or at the nearest enclosing key the file states.
     */
    public ConfigProblem problemAt(String key, String message) {
        return index.locate(ConfigProblem.of(key, message));
    }
}
