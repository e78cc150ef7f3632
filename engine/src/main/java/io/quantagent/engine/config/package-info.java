/**
 * Typed configuration: the YAML files in {@code configs/} bound to immutable records.
 *
 * <p>{@link io.quantagent.engine.config.ConfigLoader} reads a file and rejects unknown keys, wrong types and
 * values out of range, naming the file, line, column and the key's full path (with the nearest valid key for
 * a misspelt one). {@link io.quantagent.engine.config.EngineConfig#defaults()} is the QuantAgent paper's
 * parameters; every key has a default, so a file only states what it changes. Relative paths in a
 * configuration (data files, the journal folder) are resolved against the working directory, as on a command
 * line, not against the configuration file's folder.
 */
package io.quantagent.engine.config;
