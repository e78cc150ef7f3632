package io.quantagent.cli;

import io.quantagent.engine.config.ConfigLoader;
import io.quantagent.engine.config.EngineConfig;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code quantagent config defaults}: prints every configuration key with its default, as YAML. */
@Command(
        name = "defaults",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = "Print the full default configuration as YAML (a valid configuration file; the QuantAgent paper's parameters).")
public final class ConfigDefaultsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("# Every QuantAgent configuration key with its default (quantagent config defaults).");
        out.println("# A configuration file states only what it changes; see configs/backtest.yaml for what each key means.");
        out.print(ConfigLoader.toYaml(EngineConfig.defaults()));
        out.flush();
    }
}
