package io.quantagent.engine.daemon;

import static io.quantagent.engine.daemon.DaemonFixtures.config;
import static io.quantagent.engine.daemon.DaemonFixtures.contentsWithoutStopMarks;
import static io.quantagent.engine.daemon.DaemonFixtures.daemonProcess;
import static io.quantagent.engine.daemon.DaemonFixtures.records;
import static io.quantagent.engine.daemon.DaemonFixtures.slice;
import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.journal.JournalRecord;
import io.quantagent.engine.journal.RecordType;
import io.quantagent.engine.replay.ReplayResult;
import io.quantagent.engine.replay.ReplayVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at random moments: a daemon in its own JVM is killed (destroyForcibly) at several seeded random
 * points of its run, restarted on the same state folder each time, and finally run to the end of the recording.
 * Its journal must then be readable, replay identical, hold every row exactly once in order, hold each order id
 * once and the same ones as an uninterrupted run, and end with that run's account, to the last unit.
 */
class CrashRecoveryTest {

    private static final int ROWS = 15_000;
    private static final int KILLS = 4;

    @TempDir
    Path dir;

    @Test
    void killedAtRandomPointsAndRestartedTheDaemonEndsExactlyAsAnUninterruptedRun() throws Exception {
        Path data = slice(dir, ROWS);
        // about a day of trades at 20,000 times real time: some 4 s of play, so the kills land mid-run
        EngineConfig config = config(data, 20_000, false);
        Path configFile = DaemonFixtures.write(config, dir.resolve("paper.yaml"));
        Path state = dir.resolve("state");
        Path journal = state.resolve("journal");
        Path log = dir.resolve("daemon.log");
        Random random = new Random(20261127L);
        // the k-th kill comes once the journal holds a random number of inputs in the k-th fifth of the
        // recording, a random few milliseconds later
        List<Long> inputsAtKill = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            long target = ROWS * k / (KILLS + 1) + 200 + random.nextInt(ROWS / (KILLS + 1) - 400);
            Process process = daemonProcess(configFile, state, "to-end", log);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (countInputs(journal) < target) {
                assertThat(process.isAlive()).as("run " + k + " ended early: " + Files.readString(log)).isTrue();
                assertThat(System.nanoTime()).as("run " + k + " reached no " + target + " inputs").isLessThan(deadline);
                Thread.sleep(20);
            }
            Thread.sleep(random.nextInt(50));
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            inputsAtKill.add(countInputs(journal));
        }
        Process last = daemonProcess(configFile, state, "to-end", log);
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).as(Files.readString(log)).isTrue();
        assertThat(last.exitValue()).as(Files.readString(log)).isZero();

        String output = Files.readString(log);
        assertThat(output).contains("ended at the end of the recording").contains("final state: equity");
        // the kills landed at different points of the run, and the runs after the first recovered
        assertThat(inputsAtKill).isSorted().doesNotHaveDuplicates().allMatch(n -> n > 0 && n < ROWS);
        assertThat(output).contains("recovered from");

        List<JournalRecord> all = records(journal);
        assertThat(all.get(all.size() - 1).type()).isEqualTo(RecordType.END);
        List<JournalRecord> inputs = all.stream().filter(r -> r.type() == RecordType.INPUT).toList();
        assertThat(inputs).hasSize(ROWS);
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(inputs.get(i).inputSequence()).isEqualTo(i);
        }
        Path reference = dir.resolve("reference");
        DaemonFixtures.reference(config, reference);
        List<JournalRecord> uninterrupted = records(reference);
        // every order id once, in order, and the same ids as the uninterrupted run (none lost, none sent twice)
        List<Long> orderIds = orderIds(all);
        assertThat(orderIds).hasSizeGreaterThan(50).doesNotHaveDuplicates().isSorted();
        assertThat(orderIds).isEqualTo(orderIds(uninterrupted));
        assertThat(text(all.get(all.size() - 1))).isEqualTo(text(uninterrupted.get(uninterrupted.size() - 1)));
        assertThat(contentsWithoutStopMarks(journal)).isEqualTo(contentsWithoutStopMarks(reference));

        ReplayResult replay = ReplayVerifier.verify(journal);
        assertThat(replay.difference()).isEmpty();
        assertThat(replay.compared(RecordType.INPUT)).isEqualTo(ROWS);
    }

    /** The ids of the orders accepted or refused, in journal order. */
    private static List<Long> orderIds(List<JournalRecord> records) {
        return records.stream().filter(r -> r.type() == RecordType.ORDER || r.type() == RecordType.REJECT)
                .map(r -> r.field("order").number()).toList();
    }

    private static long countInputs(Path journal) {
        if (!io.quantagent.engine.journal.JournalFiles.isJournal(journal)) {
            return 0;
        }
        try {
            return records(journal).stream().filter(r -> r.type() == RecordType.INPUT).count();
        } catch (IllegalArgumentException e) {
            return 0; // the daemon has created the queue and not yet written its header
        }
    }

    /** A record's text without its journal index. */
    private static String text(JournalRecord r) {
        String text = r.text();
        return text.substring(text.indexOf(' ') + 1);
    }
}
