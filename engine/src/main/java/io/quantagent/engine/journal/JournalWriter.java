package io.quantagent.engine.journal;

import io.quantagent.engine.portfolio.PortfolioSnapshot;
import java.nio.file.Path;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
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
 */
public final class JournalWriter implements AutoCloseable {

    /** Bytes of the fields every record starts with. */
    public static final int PREFIX_BYTES = 1 + 8 + 8 + 8 + 4;

    private final SingleChronicleQueue queue;
    private final boolean fsync;
    private ExcerptAppender appender;
    private DocumentContext document;
    private long nextIndex;

    private JournalWriter(SingleChronicleQueue queue, boolean fsync) {
        this.queue = queue;
        this.fsync = fsync;
    }

    /**
     * A writer of a new journal in {@code dir} (created if absent; it must be empty).
     *
     * @param fsync whether {@link #sync()} forces the written records to disk
     */
    public static JournalWriter create(Path dir, boolean fsync) {
        return new JournalWriter(JournalFiles.create(dir, fsync), fsync);
    }

    /** Makes the calling thread the one that appends from now on. */
    public void attach() {
        detach();
        appender = queue.createAppender();
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
        DocumentContext dc = appender.writingDocument();
        document = dc;
        Bytes<?> bytes = dc.wire().bytes();
        bytes.writeByte((byte) type.code());
        bytes.writeLong(nextIndex);
        bytes.writeLong(inputSequence);
        bytes.writeLong(timeNanos);
        bytes.writeInt(instrument);
        return bytes;
    }

    /** Completes the record started by {@link #begin}. */
    public void end() {
        document.close();
        document = null;
        nextIndex++;
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
        queue.close();
    }
}
