package io.quantagent.engine.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** An enumerated configuration value, written in files as its lower-case {@link #key()} (for example {@code busy-spin}). */
public interface ConfigEnum {

    /** The value as it is written in a configuration file. */
    @JsonValue
    String key();
}
