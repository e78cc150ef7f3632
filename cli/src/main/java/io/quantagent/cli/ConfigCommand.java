package io.quantagent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code quantagent config}: check configuration files and print the defaults. */
@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = "Check configuration files (configs/*.yaml) and print the defaults.",
        subcommands = {ConfigCheckCommand.class, ConfigDefaultsCommand.class})
public final class ConfigCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: check or defaults");
    }
}
