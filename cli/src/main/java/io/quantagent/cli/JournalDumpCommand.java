package io.quantagent.cli;

import io.quantagent.backtest.run.JournalRun;
import io.quantagent.engine.journal.JournalReader;
import io.quantagent.engine.journal.JournalRecord;
import io.quantagent.engine.journal.RecordType;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quantagent journal dump DIR}: every record, one per line, readable or as JSON, with filters. */
@Command(
        name = "dump",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = "Print a journal's records, one per line (--json: one JSON object per line).")
public final class JournalDumpCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Journal folder, or a backtest run folder that holds journal/.")
    Path dir;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Option(names = {"--type", "-t"}, split = ",", paramLabel = "TYPE",
            description = "Only these record types (comma-separated): ${COMPLETION-CANDIDATES}.")
    List<RecordType> types;

    @Option(names = {"--instrument", "-i"}, split = ",", paramLabel = "NAME", description = "Only these instruments.")
    List<String> instruments;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N printed records.")
    long limit = Long.MAX_VALUE;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new UserFacingException(dir + ": not a journal folder");
        }
        dir = JournalRun.journalFolder(dir);
        Set<RecordType> wanted = types == null || types.isEmpty() ? EnumSet.allOf(RecordType.class) : EnumSet.copyOf(types);
        PrintWriter out = spec.commandLine().getOut();
        long printed = 0;
        try (JournalReader reader = JournalReader.open(dir)) {
            for (JournalRecord r = reader.next(); r != null && printed < limit; r = reader.next()) {
                if (!wanted.contains(r.type())) {
                    continue;
                }
                if (instruments != null && (r.instrumentName() == null || !instruments.contains(r.instrumentName()))) {
                    continue;
                }
                out.println(json ? r.json() : r.text());
                printed++;
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserFacingException(dir + ": " + e.getMessage());
        }
        out.flush();
        return 0;
    }
}
