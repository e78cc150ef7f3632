package io.quantagent.engine.replay;

import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.journal.JournalFeed;
import io.quantagent.engine.journal.JournalReader;
import io.quantagent.engine.journal.RecordType;
import io.quantagent.engine.pipeline.EngineRunner;
import io.quantagent.engine.pipeline.RunOptions;
import io.quantagent.engine.pipeline.RunSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks a journal by replaying it: its inputs go through a fresh engine built from the configuration in its
 * header (same agents, broker, limits and pipeline), into a new journal, and the two journals are compared
 * record by record, byte for byte: every bar, signal, decision, action, order, rejection, fill, cancellation,
 * risk event, fault and the end record must come out identical. The first difference is reported with both
 * versions of the record.
 */
public final class ReplayVerifier {

    private ReplayVerifier() {
    }

    /** Replays the journal in {@code journalDir} (into a temporary folder, deleted afterwards) and compares. */
    public static ReplayResult verify(Path journalDir) throws IOException {
        Path work = Files.createTempDirectory("quantagent-replay-");
        try {
            return verify(journalDir, work.resolve("journal"));
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Replays the journal in {@code journalDir} into {@code replayDir} (a new or empty folder, kept) and compares.
     *
     * @throws IllegalArgumentException if {@code journalDir} holds no journal
     */
    public static ReplayResult verify(Path journalDir, Path replayDir) throws IOException {
        EngineConfig config;
        try (JournalReader reader = JournalReader.open(journalDir)) {
            config = reader.header().config();
        }
        RunSummary replay = EngineRunner.run(config, new JournalFeed(journalDir), replayDir, RunOptions.defaults());
        return compare(journalDir, replayDir, replay);
    }

    /** Compares two journals record by record (the second one being the replay of the first). */
    static ReplayResult compare(Path expectedDir, Path actualDir, RunSummary replay) {
        Map<RecordType, Long> byType = new EnumMap<>(RecordType.class);
        long compared = 0;
        try (JournalReader expected = JournalReader.open(expectedDir);
                JournalReader actual = JournalReader.open(actualDir)) {
            for (long index = 0; ; index++) {
                byte[] want = expected.nextBytes();
                byte[] got = actual.nextBytes();
                if (want == null && got == null) {
                    return new ReplayResult(compared, byType, null, replay);
                }
                if (want == null || got == null || !Arrays.equals(want, got)) {
                    RecordDifference difference = new RecordDifference(index,
                            want == null ? null : expected.decode(want).type(),
                            got == null ? null : actual.decode(got).type(),
                            want == null ? "(none)" : expected.decode(want).text(),
                            got == null ? "(none)" : actual.decode(got).text());
                    return new ReplayResult(compared, byType, difference, replay);
                }
                compared++;
                byType.merge(RecordType.ofCode(want[0]), 1L, Long::sum);
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the replay's temporary journal " + root, e);
        }
    }
}
