package io.quantagent.engine.journal;

import io.quantagent.engine.config.ConfigLoader;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.feed.Instrument;
import java.util.List;

/**
 * What a journal's HEADER record holds: the journal format and engine version, the whole configuration of the
 * run as YAML (what a replay re-creates the engine from) and the instrument table (ids, names and scales).
 *
 * @param formatVersion the journal format, {@link #FORMAT_VERSION} for journals written by this code
 * @param engineVersion the engine that wrote it
 * @param configYaml the configuration, as {@link ConfigLoader#toYaml} wrote it
 * @param instruments the instruments, by id
 */
public record JournalHeader(int formatVersion, String engineVersion, String configYaml, List<Instrument> instruments) {

    /** The journal format this code writes and reads. */
    public static final int FORMAT_VERSION = 1;

    public JournalHeader {
        instruments = List.copyOf(instruments);
    }

    /** The configuration of the run (parsed from {@link #configYaml()}). */
    public EngineConfig config() {
        return ConfigLoader.parse(configYaml, "journal header").config();
    }

    /** The instrument with this id, or null for -1 or an id the table does not have. */
    public Instrument instrument(int id) {
        return id >= 0 && id < instruments.size() ? instruments.get(id) : null;
    }
}
