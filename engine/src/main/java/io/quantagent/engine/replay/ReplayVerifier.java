package io.quantagent.engine.replay;

import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.feed.Instrument;
import io.quantagent.engine.journal.JournalFeed;
import io.quantagent.engine.journal.JournalReader;
import io.quantagent.engine.journal.JournalWriter;
import io.quantagent.engine.journal.RecordType;
import io.quantagent.engine.pipeline.Engine;
import io.quantagent.engine.pipeline.InputKind;
import io.quantagent.engine.pipeline.RunOptions;
import io.quantagent.engine.pipeline.RunSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks a journal by replaying it: its inputs go through a fresh engine built from the configuration in its
 * header (same agents, broker, limits and pipeline), into a new journal, and the two journals are compared
 * record by record, byte for byte: every bar, signal, decision, action, order, rejection, fill, cancellation,
 * risk event, fault and the end record must come out identical. The first difference is reported with both
 * versions of the record.
 *
 * <p>Journals of the paper daemon: operator controls and feed statuses are inputs and are replayed like trades.
 * The daemon does not flush bars when it stops, so a journal whose inputs do not end with end-of-data flushes is
 * replayed without them, and one that does not end with an END record (a killed run) is replayed without one.
 * An END record followed by more records marks where the daemon stopped and was started again on the same
 * journal: the replay goes on through it, so it is not compared, and each record after it is compared with its
 * journal index less the number of such stop marks before it.
 */
public final class ReplayVerifier {

    /** Where a record's journal index ends (after the type byte and the eight index bytes). */
    private static final int INDEX_END = 9;

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
        List<Instrument> instruments;
        boolean flushed = false;
        boolean ended = false;
        try (JournalReader reader = JournalReader.open(journalDir)) {
            config = reader.header().config();
            instruments = reader.header().instruments();
            for (byte[] record = reader.nextBytes(); record != null; record = reader.nextBytes()) {
                RecordType type = RecordType.ofCode(record[0]);
                ended = type == RecordType.END;
                if (type == RecordType.INPUT) {
                    flushed = record[JournalWriter.PREFIX_BYTES] == InputKind.FLUSH.code();
                }
            }
        }
        Engine engine = Engine.start(config, instruments, replayDir, RunOptions.defaults());
        try {
            new JournalFeed(journalDir, !flushed).run(engine.sink());
        } catch (RuntimeException | Error e) {
            engine.abort();
            throw e;
        }
        RunSummary replay = engine.finish(flushed, ended);
        return compare(journalDir, replayDir, replay);
    }

    /** Compares two journals record by record (the second one being the replay of the first). */
    static ReplayResult compare(Path expectedDir, Path actualDir, RunSummary replay) {
        Map<RecordType, Long> byType = new EnumMap<>(RecordType.class);
        long compared = 0;
        try (JournalReader expected = JournalReader.open(expectedDir);
                JournalReader actual = JournalReader.open(actualDir)) {
            long stops = 0;
            byte[] next = expected.nextBytes();
            for (long index = 0; ; index++) {
                byte[] want = next;
                next = want == null ? null : expected.nextBytes();
                while (want != null && next != null && want[0] == RecordType.END.code()) {
                    stops++;
                    want = next;
                    next = expected.nextBytes();
                }
                byte[] got = actual.nextBytes();
                if (want == null && got == null) {
                    return new ReplayResult(compared, byType, null, replay);
                }
                if (want == null || got == null || !same(want, got, stops)) {
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

    /** Whether two records are equal, the first one's journal index being {@code stops} more than the second's. */
    private static boolean same(byte[] want, byte[] got, long stops) {
        if (stops == 0) {
            return Arrays.equals(want, got);
        }
        if (want.length != got.length || want.length < INDEX_END) {
            return false;
        }
        ByteBuffer w = ByteBuffer.wrap(want).order(ByteOrder.nativeOrder());
        ByteBuffer g = ByteBuffer.wrap(got).order(ByteOrder.nativeOrder());
        return want[0] == got[0] && w.getLong(1) - stops == g.getLong(1)
                && Arrays.equals(want, INDEX_END, want.length, got, INDEX_END, got.length);
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
