package io.quantagent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code quantagent bench}: the engine's own benchmarks. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = "Measure the engine: the latency harness (JMH microbenchmarks run with bin/jmh).",
        subcommands = {BenchLatencyCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: latency");
    }
}
