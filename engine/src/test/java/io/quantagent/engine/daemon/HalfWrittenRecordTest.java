package io.quantagent.engine.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.journal.JournalFiles;
import io.quantagent.engine.journal.JournalReader;
import io.quantagent.engine.journal.JournalWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Chronicle Queue 2026.4 makes of a record a killed process left half-written: readers do not see it, and a
 * writer that continues the journal (after forcing the dead process's write lock) writes in its place.
 */
class HalfWrittenRecordTest {

    @TempDir
    Path dir;

    private static List<byte[]> read(Path journal) {
        List<byte[]> records = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(journal)) {
            for (byte[] r = reader.nextBytes(); r != null; r = reader.nextBytes()) {
                records.add(r);
            }
        }
        return records;
    }

    @Test
    void aRecordCutByAKillIsNotReadAndTheResumedWriterTakesItsPlace() throws Exception {
        Path journal = dir.resolve("journal");
        Path log = dir.resolve("halt.log");
        Process process = DaemonFixtures.jvm(HalfWrittenJournal.class, log, journal.toString());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(log)).contains("halting in the middle of a record");

        List<byte[]> before = read(journal);
        assertThat(before).hasSize(2);
        assertThat(JournalFiles.countRecords(journal)).isEqualTo(2);

        try (JournalWriter writer = JournalWriter.resume(journal, false)) {
            writer.attach();
            assertThat(writer.existingRecords()).isEqualTo(2);
            writer.writeHeader(HalfWrittenJournal.HEADER);
            HalfWrittenJournal.record(writer, 1);
            assertThat(writer.verifying()).isFalse();
            HalfWrittenJournal.record(writer, 7);
        }
        List<byte[]> after = read(journal);
        assertThat(after).hasSize(3);
        assertThat(Arrays.equals(after.get(0), before.get(0))).isTrue();
        assertThat(Arrays.equals(after.get(1), before.get(1))).isTrue();
        ByteBuffer third = ByteBuffer.wrap(after.get(2)).order(ByteOrder.nativeOrder());
        assertThat(third.getLong(1)).as("journal index").isEqualTo(2);
        assertThat(third.getLong(17)).as("event time").isEqualTo(7_000);
        assertThat(third.getLong(JournalWriter.PREFIX_BYTES)).as("payload").isEqualTo(7);
    }
}
