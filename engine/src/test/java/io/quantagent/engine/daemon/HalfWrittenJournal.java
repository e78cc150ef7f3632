package io.quantagent.engine.daemon;

import io.quantagent.engine.data.Scales;
import io.quantagent.engine.feed.Instrument;
import io.quantagent.engine.journal.JournalHeader;
import io.quantagent.engine.journal.JournalWriter;
import io.quantagent.engine.journal.RecordType;
import java.nio.file.Path;
import java.util.List;

/**
 * Test helper run in a separate JVM: writes a journal's header and one record, starts a second record, and halts
 * the JVM in the middle of it (as {@code kill -9} would: no shutdown hook, no finally block).
 */
public final class HalfWrittenJournal {

    /** The header both sides write. */
    static final JournalHeader HEADER = new JournalHeader(JournalHeader.FORMAT_VERSION, "test", "{}\n",
            List.of(new Instrument(0, "BTC/USD", Scales.DEFAULT)));

    private HalfWrittenJournal() {
    }

    /** {@code JOURNAL_DIR}. */
    public static void main(String[] args) {
        JournalWriter writer = JournalWriter.create(Path.of(args[0]), false);
        writer.attach();
        writer.writeHeader(HEADER);
        record(writer, 1);
        writer.begin(RecordType.INPUT, 1, 2_000, 0).writeLong(42);
        System.out.println("halting in the middle of a record");
        Runtime.getRuntime().halt(0);
    }

    /** A small INPUT-typed record with payload {@code value}. */
    static void record(JournalWriter writer, long value) {
        writer.begin(RecordType.INPUT, value - 1, value * 1_000, 0).writeLong(value);
        writer.end();
    }
}
