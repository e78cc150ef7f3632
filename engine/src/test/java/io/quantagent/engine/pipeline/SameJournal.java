package io.quantagent.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.quantagent.engine.journal.JournalReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Test helper: two journals hold the same records, and their folders the same files, byte for byte. */
final class SameJournal {

    private SameJournal() {
    }

    /** Asserts record-by-record equality from record {@code from} on, naming the first record that differs. */
    static void assertSameRecords(Path expected, Path actual, int from) {
        try (JournalReader want = JournalReader.open(expected); JournalReader got = JournalReader.open(actual)) {
            for (int skip = 0; skip < from; skip++) {
                want.nextBytes();
                got.nextBytes();
            }
            for (long index = from; ; index++) {
                byte[] a = want.nextBytes();
                byte[] b = got.nextBytes();
                if (a == null && b == null) {
                    return;
                }
                if (a == null || b == null || !Arrays.equals(a, b)) {
                    fail("record #" + index + " differs:\n  expected " + (a == null ? "(none)" : want.decode(a).text())
                            + "\n  actual   " + (b == null ? "(none)" : got.decode(b).text()));
                }
            }
        }
    }

    /** Asserts that both folders have the same files with the same bytes, naming the first differing offset. */
    static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<String> names = names(expected);
        assertThat(names(actual)).isEqualTo(names);
        for (String name : names) {
            byte[] a = Files.readAllBytes(expected.resolve(name));
            byte[] b = Files.readAllBytes(actual.resolve(name));
            int at = Arrays.mismatch(a, b);
            assertThat(at).as(name + " differs at byte " + at + " (sizes " + a.length + " and " + b.length + ")")
                    .isEqualTo(-1);
        }
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
