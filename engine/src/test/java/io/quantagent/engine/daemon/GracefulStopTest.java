package io.quantagent.engine.daemon;

import static io.quantagent.engine.daemon.DaemonFixtures.config;
import static io.quantagent.engine.daemon.DaemonFixtures.daemonProcess;
import static io.quantagent.engine.daemon.DaemonFixtures.records;
import static io.quantagent.engine.daemon.DaemonFixtures.slice;
import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.journal.JournalFiles;
import io.quantagent.engine.journal.JournalRecord;
import io.quantagent.engine.journal.RecordType;
import io.quantagent.engine.replay.ReplayVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM: the daemon closes its feed, lets the pipeline drain, ends the journal with END and logs its final state. */
class GracefulStopTest {

    @TempDir
    Path dir;

    @Test
    void sigtermEndsTheJournalCleanlyAndLogsTheFinalState() throws Exception {
        Path data = slice(dir, 20_000);
        Path configFile = DaemonFixtures.write(config(data, 3_000, true), dir.resolve("paper.yaml"));
        Path state = dir.resolve("state");
        Path journal = state.resolve("journal");
        Path log = dir.resolve("daemon.log");
        Process process = daemonProcess(configFile, state, "forever", log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!JournalFiles.isJournal(journal) || JournalFiles.countRecords(journal) < 2_000) {
            assertThat(process.isAlive()).as(Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as("no progress: " + Files.readString(log)).isLessThan(deadline);
            Thread.sleep(20);
        }
        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(143);

        String output = Files.readString(log);
        assertThat(output).containsPattern("final state: equity [0-9.]+, cash [0-9.]+, realised PnL -?[0-9.]+, fees"
                + " [0-9.]+; positions BTC/USD -?[0-9.]+; [0-9,]+ events, .* journal .* closed with END");
        List<JournalRecord> all = records(journal);
        JournalRecord end = all.get(all.size() - 1);
        assertThat(end.type()).isEqualTo(RecordType.END);
        long inputs = all.stream().filter(r -> r.type() == RecordType.INPUT).count();
        assertThat(end.field("inputs").number()).isEqualTo(inputs);
        assertThat(output).contains(String.format("%,d events", inputs));
        assertThat(ReplayVerifier.verify(journal).difference()).isEmpty();
    }
}
