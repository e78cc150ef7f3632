package io.quantagent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code quantagent data}: look into market data files. */
@Command(
        name = "data",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = "Inspect and validate market data files (QuantAgent, OHLCV, trades, Binance dumps).",
        subcommands = {DataInspectCommand.class})
public final class DataCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: inspect");
    }
}
