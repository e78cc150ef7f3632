package io.quantagent.engine.daemon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quantagent.engine.config.ConfigLoader;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.feed.Instrument;
import io.quantagent.engine.journal.JournalHeader;
import io.quantagent.engine.journal.JournalReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Before a daemon continues a journal: the journal's header must hold the same configuration and instrument
 * table as the daemon has now, or the rebuilt state would not be the journal's. A difference is refused with
 * every differing key and the way out.
 */
final class JournalCheck {

    private static final int MAX_LISTED = 12;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private JournalCheck() {
    }

    /**
     * Keys a restart may change: where the service listens, how fast the recording plays, when the daemon calls
     * itself stalled. None of them reaches a decision, so the journal goes on with the settings it was started
     * with for those and the daemon serves and paces with the new ones.
     */
    static final List<String> OPERATIONAL = List.of("paper.http", "paper.replay.speed", "paper.stallAfter");

    /**
     * Checks the journal in {@code journalDir} against this configuration and instrument table, leaving out the
     * {@link #OPERATIONAL} keys.
     *
     * @return the configuration to run the engine with: this one with the journal's own {@code paper} section, so
     *     that the HEADER it makes again is the journal's
     * @throws DaemonException naming what differs
     */
    static EngineConfig check(Path journalDir, EngineConfig config, List<Instrument> instruments) {
        JournalHeader header;
        try (JournalReader reader = JournalReader.open(journalDir)) {
            header = reader.header();
        } catch (IllegalArgumentException e) {
            throw new DaemonException("cannot continue the journal in " + journalDir + ": " + e.getMessage()
                    + "\n" + freshStart(journalDir), e);
        }
        List<String> differences = new ArrayList<>();
        EngineConfig journaled;
        try {
            journaled = ConfigLoader.parse(header.configYaml(), journalDir + " (HEADER)").config();
        } catch (RuntimeException e) {
            throw new DaemonException("cannot continue the journal in " + journalDir + ": its configuration cannot"
                    + " be read: " + e.getMessage() + "\n" + freshStart(journalDir), e);
        }
        differences.addAll(differences(header.configYaml(), ConfigLoader.toYaml(config)));
        EngineConfig engineConfig = config.withPaper(journaled.paper());
        if (differences.isEmpty() && !ConfigLoader.toYaml(engineConfig).equals(header.configYaml())) {
            differences.add("the configuration's text differs (same keys and values)");
        }
        if (!header.instruments().equals(instruments)) {
            differences.add("instruments: journal " + names(header.instruments()) + ", now " + names(instruments));
        }
        if (differences.isEmpty()) {
            return engineConfig;
        }
        StringBuilder message = new StringBuilder("the journal in ").append(journalDir)
                .append(" was written with another configuration, so the daemon cannot continue it:");
        for (int i = 0; i < differences.size() && i < MAX_LISTED; i++) {
            message.append("\n  ").append(differences.get(i));
        }
        if (differences.size() > MAX_LISTED) {
            message.append("\n  ... and ").append(differences.size() - MAX_LISTED).append(" more");
        }
        message.append("\nRun it with the configuration it was written with (quantagent journal dump ").append(journalDir)
                .append(" --type HEADER shows it), or ").append(freshStart(journalDir));
        throw new DaemonException(message.toString());
    }

    private static String freshStart(Path journalDir) {
        return "start afresh with another --state-dir (or move " + journalDir + " away).";
    }

    /** Each key whose value differs, as {@code key: journal X, now Y}. */
    static List<String> differences(String journalYaml, String currentYaml) {
        try {
            List<String> out = new ArrayList<>();
            diff("", YAML.readTree(journalYaml), YAML.readTree(currentYaml), out);
            return out;
        } catch (JsonProcessingException e) {
            return List.of("the journal's configuration cannot be read: " + e.getOriginalMessage());
        }
    }

    private static void diff(String path, JsonNode was, JsonNode now, List<String> out) {
        if (was != null && now != null && was.isObject() && now.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            was.fieldNames().forEachRemaining(keys::add);
            now.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                diff(path.isEmpty() ? key : path + "." + key, was.get(key), now.get(key), out);
            }
            return;
        }
        if (was != null && now != null && was.isArray() && now.isArray() && was.size() == now.size()) {
            Iterator<JsonNode> a = was.elements();
            Iterator<JsonNode> b = now.elements();
            for (int i = 0; a.hasNext(); i++) {
                diff(path + "[" + i + "]", a.next(), b.next(), out);
            }
            return;
        }
        if ((was == null || now == null || !was.equals(now)) && !operational(path)) {
            out.add(path + ": journal " + text(was) + ", now " + text(now));
        }
    }

    private static boolean operational(String path) {
        for (String key : OPERATIONAL) {
            if (path.equals(key) || path.startsWith(key + ".")) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return "(absent)";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static List<String> names(List<Instrument> instruments) {
        List<String> names = new ArrayList<>();
        for (Instrument instrument : instruments) {
            names.add(instrument.name() + " (" + instrument.scales().priceDecimals() + "/"
                    + instrument.scales().quantityDecimals() + ")");
        }
        return names;
    }
}
