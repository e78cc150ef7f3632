package io.quantagent.engine.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.openhft.chronicle.bytes.SyncMode;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * How journals are laid out on disk: a Chronicle Queue in a folder of its own, one daily cycle
 * ({@link RollCycles#FAST_DAILY}, up to 4 billion records), and a constant time provider. Chronicle stamps its
 * files with the wall clock only through the time provider (the cycle, hence the file name); with a constant one
 * the journal never depends on when it was written, so the same input gives byte-identical files (the single
 * data file is always {@code 19700101F.cq4}, next to {@code metadata.cq4t}).
 */
public final class JournalFiles {

    /** The suffix of Chronicle's data files. */
    public static final String DATA_SUFFIX = ".cq4";

    private JournalFiles() {
    }

    /** A queue to append to, in an absent or empty folder (never appends to an existing journal). */
    static SingleChronicleQueue create(Path dir, boolean fsync) {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("journal folder " + dir + " is a file");
            }
            if (!isEmpty(dir)) {
                throw new IllegalArgumentException("journal folder " + dir
                        + " is not empty: a run writes a journal of its own into a new or empty folder");
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the journal folder " + dir + ": " + e.getMessage(), e);
        }
        return builder(dir).syncMode(fsync ? SyncMode.SYNC : SyncMode.NONE).build();
    }

    /** A queue to read an existing journal from. */
    static SingleChronicleQueue open(Path dir) {
        if (!isJournal(dir)) {
            throw new IllegalArgumentException("no journal in " + dir + " (expected a folder with Chronicle Queue"
                    + " files, *" + DATA_SUFFIX + ")");
        }
        return builder(dir).readOnly(true).build();
    }

    /** A queue to append to after the records of an existing journal (a restarted daemon's). */
    static SingleChronicleQueue openForAppend(Path dir, boolean fsync) {
        if (!isJournal(dir)) {
            throw new IllegalArgumentException("no journal in " + dir + " to continue");
        }
        return builder(dir).syncMode(fsync ? SyncMode.SYNC : SyncMode.NONE).build();
    }

    /**
     * Whether {@code dir} holds a journal with at least one complete record: a process killed after Chronicle made
     * its first file but before the HEADER was complete leaves a journal with none, which is a fresh start.
     */
    public static boolean hasRecords(Path dir) {
        if (!isJournal(dir)) {
            return false;
        }
        try (SingleChronicleQueue queue = open(dir); ExcerptTailer tailer = queue.createTailer();
                DocumentContext dc = tailer.readingDocument()) {
            return dc.isPresent();
        }
    }

    /** How many complete records the journal in {@code dir} holds (a half-written last one is not counted). */
    public static long countRecords(Path dir) {
        long n = 0;
        try (SingleChronicleQueue queue = open(dir); ExcerptTailer tailer = queue.createTailer()) {
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        return n;
                    }
                    n++;
                }
            }
        }
    }

    /** Whether a folder holds a journal's data files. */
    public static boolean isJournal(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(DATA_SUFFIX));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static SingleChronicleQueueBuilder builder(Path dir) {
        return SingleChronicleQueueBuilder.single(dir.toFile()).rollCycle(RollCycles.FAST_DAILY)
                .timeProvider(() -> 0L);
    }
}
