package io.quantagent.engine.config;

import java.nio.file.Path;

/**
 * Where the Chronicle Queue journal is written (section {@code journal}).
 *
 * @param dir the journal's folder, relative to the working directory unless absolute; default {@code var/journal}
 * @param fsync force every batch to disk before going on (survives a power cut, costs latency); default false
 */
public record JournalConfig(Path dir, boolean fsync) {

    private static final JournalConfig DEFAULTS = new JournalConfig(Path.of("var", "journal"), false);

    public JournalConfig {
        Checks checks = new Checks();
        if (checks.present("dir", dir)) {
            checks.require(!dir.toString().isBlank(), "dir", "must name a folder");
        }
        checks.done();
    }

    /** {@code var/journal}, no fsync. */
    public static JournalConfig defaults() {
        return DEFAULTS;
    }
}
