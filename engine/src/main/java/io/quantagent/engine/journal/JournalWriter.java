package io.quantagent.engine.journal;

import io.quantagent.engine.portfolio.PortfolioSnapshot;
import java.nio.file.Path;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.core.io.SingleThreadedChecked;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * Appends records to a new journal. Every record starts with the same fields: its type code (a byte), its
 * journal index (0, 1, 2, ...), the input sequence it belongs to ({@code -1} for the header and the end), the
 * event time and the instrument id ({@code -1} when none); the type's payload follows. Records are raw bytes in
 * Chronicle documents: appending one allocates nothing.
 *
 * <p>One thread appends at a time: the engine writes the header from the thread that starts the run, the
 * {@link JournalStage} everything in between from the pipeline's thread, and the end record after the pipeline
 * has stopped. {@link #attach()} binds the writer to the calling thread.
 *
 * <p>A writer may also {@link #resume} an existing journal (a restarted daemon): it first <em>verifies</em>, then
 * appends. While records already in the journal remain, each record the engine makes is compared, byte for byte,
 * with the journal's next one instead of being written, and a difference stops the run with both records in the
 * message; once they are all matched, records are appended after them. END records found in the journal are
 * stop marks of earlier runs of the same journal: the engine does not make them again, so they are passed over
 * (keeping their index). A document left half-written by a killed process is not a record: Chronicle Queue
 * (2026.4) does not return it to readers, and the next append takes its place once the writing process is gone
 * (it force-unlocks the queue's write lock held by a dead process).
 */
public final class JournalWriter implements AutoCloseable {

    /** Bytes of the fields every record starts with. */
    public static final int PREFIX_BYTES = 1 + 8 + 8 + 8 + 4;

    private final SingleChronicleQueue queue;
    private final boolean fsync;
    private final Path dir;
    private final long existing;
    private ExcerptAppender appender;
    private DocumentContext document;
    private long nextIndex;
    private ExcerptTailer verifier;
    private Bytes<?> made;
    private Bytes<?> expected;
    private byte[] headerBytes;
    private volatile long consumed;
    private boolean verifyingRecord;

    private JournalWriter(SingleChronicleQueue queue, boolean fsync, Path dir, long existing) {
        this.queue = queue;
        this.fsync = fsync;
        this.dir = dir;
        this.existing = existing;
        if (existing > 0) {
            made = Bytes.allocateElasticOnHeap(256);
            expected = Bytes.allocateElasticOnHeap(256);
            verifier = queue.createTailer();
            readAhead();
        }
    }

    /**
     * A writer of a new journal in {@code dir} (created if absent; it must be empty).
     *
     * @param fsync whether {@link #sync()} forces the written records to disk
     */
    public static JournalWriter create(Path dir, boolean fsync) {
        return new JournalWriter(JournalFiles.create(dir, fsync), fsync, dir, 0);
    }

    /**
     * A writer that continues the journal in {@code dir}: it verifies the records the engine makes against the
     * ones already there, then appends (see the class description). An empty or absent folder starts a new
     * journal.
     *
     * @param fsync whether {@link #sync()} forces the written records to disk
     */
    public static JournalWriter resume(Path dir, boolean fsync) {
        if (!JournalFiles.isJournal(dir)) {
            return create(dir, fsync);
        }
        long records = JournalFiles.countRecords(dir);
        SingleChronicleQueue queue = JournalFiles.openForAppend(dir, fsync);
        try {
            return new JournalWriter(queue, fsync, dir, records);
        } catch (RuntimeException | Error e) {
            queue.close();
            throw e;
        }
    }

    /** Makes the calling thread the one that appends from now on. */
    public void attach() {
        detach();
        appender = queue.createAppender();
        // The verifying reader and buffers pass from the starting thread to the journal stage's, one at a time.
        if (verifier instanceof SingleThreadedChecked checked) {
            checked.singleThreadedCheckReset();
        }
        if (made != null) {
            made.singleThreadedCheckReset();
            expected.singleThreadedCheckReset();
        }
    }

    /** Releases the calling thread's appender (before another thread attaches). */
    public void detach() {
        if (appender != null) {
            appender.close();
            appender = null;
        }
    }

    /** Starts a record and returns the bytes to write its payload into; finish it with {@link #end()}. */
    public Bytes<?> begin(RecordType type, long inputSequence, long timeNanos, int instrument) {
        Bytes<?> bytes;
        if (consumed < existing) {
            verifyingRecord = true;
            bytes = made;
            bytes.clear();
        } else {
            DocumentContext dc = appender.writingDocument();
            document = dc;
            bytes = dc.wire().bytes();
        }
        bytes.writeByte((byte) type.code());
        bytes.writeLong(nextIndex);
        bytes.writeLong(inputSequence);
        bytes.writeLong(timeNanos);
        bytes.writeInt(instrument);
        return bytes;
    }

    /**
     * Completes the record started by {@link #begin}.
     *
     * @throws JournalMismatchException while verifying, when the record differs from the journal's
     */
    public void end() {
        if (verifyingRecord) {
            verifyingRecord = false;
            verify();
        } else {
            document.close();
            document = null;
        }
        nextIndex++;
    }

    /** Whether records already in the journal remain to be matched (a resumed journal still being verified). */
    public boolean verifying() {
        return consumed < existing;
    }

    /** How many records the journal held when this writer opened it (0 for a new journal). */
    public long existingRecords() {
        return existing;
    }

    private void verify() {
        if (!equal(made, expected)) {
            throw new JournalMismatchException("record #" + nextIndex + " of the journal in " + dir
                    + " is not what the engine makes of the same inputs now:\n  journal: " + describe(expected)
                    + "\n  engine:  " + describe(made)
                    + "\nThe journal was written by another configuration, engine version or data; start a new one"
                    + " in another folder (or move this one away) to run afresh.");
        }
        consumed++;
        readAhead();
    }

    /** Loads the next record still to match, passing over stop marks (END records) of earlier runs. */
    private void readAhead() {
        while (consumed < existing) {
            expected.clear();
            try (DocumentContext dc = verifier.readingDocument()) {
                if (!dc.isPresent()) {
                    throw new JournalMismatchException("the journal in " + dir + " has fewer records than the "
                            + existing + " counted when it was opened");
                }
                expected.write(dc.wire().bytes());
            }
            if (headerBytes == null) {
                headerBytes = expected.toByteArray();
            }
            if (expected.readRemaining() > 0 && expected.readByte(expected.readPosition()) == RecordType.END.code()) {
                consumed++;
                nextIndex++;
                continue;
            }
            return;
        }
    }

    private static boolean equal(Bytes<?> a, Bytes<?> b) {
        long n = a.readRemaining();
        if (n != b.readRemaining()) {
            return false;
        }
        long pa = a.readPosition();
        long pb = b.readPosition();
        for (long i = 0; i < n; i++) {
            if (a.readByte(pa + i) != b.readByte(pb + i)) {
                return false;
            }
        }
        return true;
    }

    private String describe(Bytes<?> record) {
        byte[] bytes = record.toByteArray();
        try {
            if (headerBytes == null || bytes.length > 0 && bytes[0] == RecordType.HEADER.code()) {
                return RecordDecoder.decode(bytes, RecordDecoder.header(bytes)).text();
            }
            return RecordDecoder.decode(bytes, RecordDecoder.header(headerBytes)).text();
        } catch (RuntimeException e) {
            return bytes.length + " bytes that do not decode (" + e.getMessage() + ")";
        }
    }

    /** Appends the HEADER record (the first record of a journal). */
    public void writeHeader(JournalHeader header) {
        Bytes<?> out = begin(RecordType.HEADER, -1, Long.MIN_VALUE, -1);
        HeaderCodec.write(out, header);
        end();
    }

    /** Appends the END record of a complete run, at the run's last event time. */
    public void writeEnd(RunCounts counts, PortfolioSnapshot account, long timeNanos) {
        Bytes<?> out = begin(RecordType.END, -1, timeNanos, -1);
        EndCodec.write(out, counts, account);
        end();
    }

    /**
     * Appends a whole record as given (prefix included), as a copying tool would; the record's own index field is
     * kept as it is. Not for the engine's own records.
     */
    public void writeRaw(byte[] record) {
        if (verifying()) {
            throw new IllegalStateException("a resumed journal takes no raw records while it is being verified");
        }
        try (DocumentContext dc = appender.writingDocument()) {
            dc.wire().bytes().write(record);
        }
        nextIndex++;
    }

    /** Forces what was appended to disk, when the journal was opened with fsync (once per batch). */
    public void sync() {
        if (fsync && appender != null) {
            appender.sync();
        }
    }

    /** How many records have been appended. */
    public long recordCount() {
        return nextIndex;
    }

    /** Closes the appender and the queue. */
    @Override
    public void close() {
        detach();
        if (verifier != null) {
            verifier.close();
        }
        queue.close();
    }
}
