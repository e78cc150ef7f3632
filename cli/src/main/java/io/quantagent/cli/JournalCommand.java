package io.quantagent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code quantagent journal}: read journals. */
@Command(
        name = "journal",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = "Read engine journals (Chronicle Queue folders written by backtest and paper).",
        subcommands = {JournalDumpCommand.class})
public final class JournalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: dump");
    }
}
