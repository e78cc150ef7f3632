package io.quantagent.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The {@code quantagent} command: one subcommand per program. */
@Command(
        name = "quantagent",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = "Low-latency multi-agent trading engine (Indicator, Pattern, Trend and Risk agents fused into one decision).",
        subcommands = {
            CommandLine.HelpCommand.class,
            DataCommand.class,
            ConfigCommand.class,
            BenchmarkCommand.class,
            BenchCommand.class,
            BacktestCommand.class,
            JournalCommand.class,
            ReplayCommand.class,
            ExplainCommand.class,
            PaperCommand.class,
            SweepCommand.class,
            WalkForwardCommand.class,
            SpeedCommand.class,
        })
public final class QuantAgentCommand implements Runnable {

    /** Exit code for a command that ran but found a problem in its input (bad data, bad configuration). */
    public static final int EXIT_INPUT_ERROR = 1;
    /** Exit code for a wrong command line. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns its exit code; never throws. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The configured picocli command line: short usage on bad options, no stack traces on failures. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new QuantAgentCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(QuantAgentCommand::usageError);
        cli.setExecutionExceptionHandler(QuantAgentCommand::failure);
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("quantagent: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Usage: " + cmd.getCommandSpec().qualifiedName() + " " + synopsisTail(cmd));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return EXIT_USAGE;
    }

    private static String synopsisTail(CommandLine cmd) {
        String synopsis = cmd.getHelp().synopsis(0).trim();
        String name = cmd.getCommandSpec().qualifiedName();
        return synopsis.startsWith(name) ? synopsis.substring(name.length()).trim() : synopsis;
    }

    private static int failure(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof UserFacingException user) {
            err.println("quantagent: " + user.getMessage());
            err.flush();
            return user.exitCode();
        }
        err.println("quantagent: " + cmd.getCommandSpec().qualifiedName() + " failed: " + describe(ex));
        if (System.getenv("QA_DEBUG") != null) {
            ex.printStackTrace(err);
        } else {
            err.println("(set QA_DEBUG=1 for the stack trace)");
        }
        err.flush();
        return EXIT_INPUT_ERROR;
    }

    private static String describe(Throwable ex) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (!sb.isEmpty()) {
                sb.append(": ");
            }
            sb.append(t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName());
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString();
    }

    /** Reads the version written into the jar at build time. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = QuantAgentCommand.class.getResourceAsStream("/quantagent-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {
                "quantagent " + p.getProperty("version", "unknown"),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
