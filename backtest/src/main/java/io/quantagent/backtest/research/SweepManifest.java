package io.quantagent.backtest.research;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code sweep.json}: what a sweep's results folder holds results of (the grid, the base configuration and the
 * data, by fingerprint), so a rerun with the same {@code --out} resumes only the same sweep.
 *
 * @param grid the grid file as named
 * @param gridFingerprint {@link ParameterGrid#fingerprint()}
 * @param config the base configuration file as named
 * @param configFingerprint {@link GridConfigs#configFingerprint()}
 * @param dataFingerprint {@link GridConfigs#dataFingerprint()}
 * @param points the grid's size
 * @param keys the swept keys
 */
public record SweepManifest(String grid, String gridFingerprint, String config, String configFingerprint,
        String dataFingerprint, long points, List<String> keys) {

    /** The manifest's file name. */
    public static final String FILE = "sweep.json";

    /** Copies the keys. */
    public SweepManifest {
        keys = List.copyOf(keys);
    }

    /** The manifest of a sweep of these points over this configuration. */
    public static SweepManifest of(GridConfigs configs, String configName) {
        ParameterGrid grid = configs.grid();
        return new SweepManifest(grid.source(), grid.fingerprint(), configName, configs.configFingerprint(),
                configs.dataFingerprint(), grid.size(), grid.keys());
    }

    /**
     * Writes this manifest into {@code out}, or, when the folder already has one, checks it describes the same
     * sweep.
     *
     * @return true if results of this sweep may already be there (a resume)
     * @throws ResearchException when the folder holds another sweep's results, saying what changed
     */
    public boolean claim(Path out) throws IOException {
        Path file = out.resolve(FILE);
        if (!Files.exists(file)) {
            if (Files.exists(out.resolve(SweepResults.JSONL))) {
                throw new ResearchException(out + ": holds " + SweepResults.JSONL + " but no " + FILE
                        + "; it is not a sweep folder this command can resume; choose another --out");
            }
            Files.createDirectories(out);
            Path temp = out.resolve(FILE + ".tmp");
            Files.writeString(temp, SweepResults.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return false;
        }
        JsonNode stored;
        try {
            stored = SweepResults.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new ResearchException(file + ": cannot be read (" + e.getMessage().lines().findFirst().orElse("")
                    + "); choose another --out", e);
        }
        String why = null;
        if (!gridFingerprint.equals(stored.path("gridFingerprint").asText())) {
            why = "the grid changed (this one: " + grid + ", " + points + " points; the results are of "
                    + stored.path("grid").asText() + ", " + stored.path("points").asLong() + " points)";
        } else if (!configFingerprint.equals(stored.path("configFingerprint").asText())) {
            why = "the base configuration changed (this one: " + config + "; the results are of "
                    + stored.path("config").asText() + ")";
        } else if (!dataFingerprint.equals(stored.path("dataFingerprint").asText())) {
            why = "the data changed (other files, or the files were modified)";
        }
        if (why != null) {
            throw new ResearchException(out + ": holds the results of another sweep: " + why
                    + "; to start over choose another --out (or delete the folder)");
        }
        return true;
    }
}
