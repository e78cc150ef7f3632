package io.quantagent.cli;

import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.ConfigLoader;
import io.quantagent.engine.config.ConfigProblem;
import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.config.LoadedConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code quantagent config check FILE...}: validates configuration files. For each file prints
 * {@code FILE: ok} and what it sets, or every problem with its line, column and key. Exit code 0 when every
 * file is valid, 1 otherwise.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = {
            "Validate configuration files: unknown or misspelt keys, wrong types and values out of range are "
                    + "reported with their line, column and key, all at once.",
            "A valid file is summarised section by section. Exit code 0 when every file is valid, 1 otherwise."
        })
public final class ConfigCheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "YAML configuration files, such as configs/backtest.yaml.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean allValid = true;
        for (Path file : files) {
            allValid &= check(file, out);
        }
        out.flush();
        return allValid ? 0 : QuantAgentCommand.EXIT_INPUT_ERROR;
    }

    private static boolean check(Path file, PrintWriter out) {
        LoadedConfig loaded;
        try {
            loaded = ConfigLoader.load(file);
        } catch (ConfigException e) {
            for (ConfigProblem problem : e.problems()) {
                out.println(problem);
            }
            int n = e.problems().size();
            out.println(file + ": invalid, " + n + (n == 1 ? " problem" : " problems"));
            return false;
        }
        out.println(file + ": ok");
        for (String line : loaded.config().summary()) {
            out.println("  " + line);
        }
        List<ConfigProblem> warnings = new ArrayList<>(loaded.warnings());
        List<DataInput> data = loaded.config().data();
        for (int i = 0; i < data.size(); i++) {
            Path path = data.get(i).path();
            if (!Files.isRegularFile(path)) {
                warnings.add(loaded.problemAt("data[" + i + "].path", "no such file: " + path.toAbsolutePath()
                        + (path.isAbsolute() ? "" : " (relative paths are resolved against the working directory)")));
            }
        }
        for (ConfigProblem warning : warnings) {
            out.println(warning.toString("warning"));
        }
        return true;
    }
}
