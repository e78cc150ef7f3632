package io.quantagent.cli;

import io.quantagent.backtest.run.JournalRun;
import io.quantagent.engine.journal.FolderLock;
import io.quantagent.engine.journal.RecordType;
import io.quantagent.engine.replay.ReplayResult;
import io.quantagent.engine.replay.ReplayVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code quantagent replay DIR}: feeds a journal's inputs through a fresh engine built from the configuration
 * recorded in the journal, and checks every record comes out identical.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = {
            "Replay a journal's inputs through a fresh engine (the journal's own configuration) and check that every",
            "signal, decision, order and fill comes out identical. Exit 0 when identical, 1 with the first difference."
        })
public final class ReplayCommand implements Callable<Integer> {

    /** The paper daemon's lock file in its state folder (beside journal/). */
    private static final String DAEMON_LOCK = "daemon.lock";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Journal folder, or a backtest run folder that holds journal/.")
    Path dir;

    /**
     * A running paper daemon keeps appending to its journal while the replay reads it, and the two would disagree
     * at the end: refuse, naming the daemon (its state folder's lock says which process it is).
     */
    private static void requireNoDaemonWriting(Path journal) {
        Path state = journal.toAbsolutePath().getParent();
        if (state == null || !Files.exists(state.resolve(DAEMON_LOCK))) {
            return;
        }
        try {
            FolderLock.acquire(state, DAEMON_LOCK, "paper daemon", "copy the journal").close();
        } catch (FolderLock.Locked e) {
            throw new UserFacingException(journal + ": a running paper daemon is writing this journal ("
                    + e.getMessage() + "); stop it (SIGTERM) and replay then, or replay a copy");
        }
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UserFacingException(dir + ": not a journal folder");
        }
        dir = JournalRun.journalFolder(dir);
        requireNoDaemonWriting(dir);
        ReplayResult result;
        try {
            result = ReplayVerifier.verify(dir);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserFacingException(dir + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (result.identical()) {
            out.printf(Locale.ROOT, "identical: %,d records compared (%,d signals, %,d decisions, %,d orders, %,d fills)%n",
                    result.recordsCompared(), result.compared(RecordType.SIGNAL), result.compared(RecordType.DECISION),
                    result.compared(RecordType.ORDER), result.compared(RecordType.FILL));
            out.flush();
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("replay differs from " + dir);
        err.println(result.difference().orElseThrow().describe());
        err.flush();
        return QuantAgentCommand.EXIT_INPUT_ERROR;
    }
}
