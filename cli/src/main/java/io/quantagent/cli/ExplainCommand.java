package io.quantagent.cli;

import io.quantagent.backtest.run.JournalRun;
import io.quantagent.engine.replay.OrderExplainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code quantagent explain DIR ORDER_ID}: why an order was placed, from the journal. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = "Explain an order from the journal: the bar, each agent's readings, the fusion step that decided,"
                + " the risk checks it passed, and what became of it.")
public final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Journal folder, or a backtest run folder that holds journal/.")
    Path dir;

    @Parameters(index = "1", paramLabel = "ORDER_ID", description = "Order id (see: journal dump DIR --type ORDER).")
    long orderId;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new UserFacingException(dir + ": not a journal folder");
        }
        dir = JournalRun.journalFolder(dir);
        try {
            spec.commandLine().getOut().println(OrderExplainer.explain(dir, orderId));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserFacingException(dir + ": " + e.getMessage());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
