package io.quantagent.engine.journal;

import java.nio.file.Path;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * Reads a journal from its start, record by record (cold path: every record is decoded into a
 * {@link JournalRecord}). The header is read when the reader opens; {@link #next()} returns every record in
 * order, the header first. Filter by {@link JournalRecord#type()}, {@link JournalRecord#instrumentName()} or
 * {@link JournalRecord#agent()}.
 */
public final class JournalReader implements AutoCloseable {

    private final SingleChronicleQueue queue;
    private final ExcerptTailer tailer;
    private final JournalHeader header;

    private JournalReader(Path dir) {
        queue = JournalFiles.open(dir);
        tailer = queue.createTailer();
        byte[] first = nextBytes();
        if (first == null) {
            close();
            throw new IllegalArgumentException("the journal in " + dir + " is empty");
        }
        header = RecordDecoder.header(first);
        tailer.toStart();
    }

    /**
     * Opens the journal in {@code dir}.
     *
     * @throws IllegalArgumentException if the folder holds no journal, or one without a header or of another format
     */
    public static JournalReader open(Path dir) {
        return new JournalReader(dir);
    }

    /** The journal's header. */
    public JournalHeader header() {
        return header;
    }

    /** The next record, or null after the last. */
    public JournalRecord next() {
        byte[] record = nextBytes();
        return record == null ? null : RecordDecoder.decode(record, header);
    }

    /** The next record's raw bytes, or null after the last. */
    public byte[] nextBytes() {
        try (DocumentContext dc = tailer.readingDocument()) {
            if (!dc.isPresent()) {
                return null;
            }
            Bytes<?> bytes = dc.wire().bytes();
            byte[] copy = new byte[(int) bytes.readRemaining()];
            bytes.read(copy);
            return copy;
        }
    }

    /** Decodes raw record bytes (as {@link #nextBytes()} returns them) with this journal's header. */
    public JournalRecord decode(byte[] record) {
        return RecordDecoder.decode(record, header);
    }

    @Override
    public void close() {
        tailer.close();
        queue.close();
    }
}
