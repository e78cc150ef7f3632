package io.quantagent.cli;

import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.FeedConfig;
import io.quantagent.engine.daemon.DaemonException;
import io.quantagent.engine.daemon.PaperDaemon;
import io.quantagent.engine.daemon.http.HttpService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quantagent paper}: the paper-trading daemon. Plays the configured recording in accelerated time (or reads
 * live exchange trades), trades it on the paper broker through the same pipeline as a backtest, journals everything
 * into the state folder and serves the dashboard, health, metrics and control endpoints on loopback. Runs until
 * SIGTERM or Ctrl-C, then stops gracefully; after a crash, the same command continues the journal.
 */
@Command(
        name = "paper",
        mixinStandardHelpOptions = true,
        versionProvider = QuantAgentCommand.Version.class,
        description = {
            "Run the paper-trading daemon: replay the bundled recording in accelerated time (or live exchange trades),",
            "trade it on the paper broker, journal everything, and serve a dashboard on loopback.",
            "Stop with Ctrl-C or SIGTERM; run it again on the same --state-dir to continue where it stopped."
        })
public final class PaperCommand implements Callable<Integer> {

    private static final long FAILURE_CHECK_MILLIS = 250;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: configs/paper.yaml).")
    Path config;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "What the daemon keeps between runs: its journal in DIR/journal (default: var/paper).")
    Path stateDir;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port instead of paper.http.port (1 to 65535).")
    Integer port;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path home = Path.of(System.getProperty("quantagent.home", "."));
        Path configFile = config != null ? config : home.resolve("configs").resolve("paper.yaml");
        if (port != null && (port < 1 || port > 65_535)) {
            throw new UserFacingException("--port must be 1 to 65535, was " + port, QuantAgentCommand.EXIT_USAGE);
        }
        EngineConfig cfg;
        try {
            cfg = EngineConfig.load(configFile);
        } catch (ConfigException e) {
            throw new UserFacingException(e.getMessage());
        }
        cfg = cfg.withData(resolve(cfg, home, configFile));
        Path state = stateDir != null ? stateDir : Path.of("var", "paper");
        String tokenEnv = cfg.paper().http().controlTokenEnv();
        String token = System.getenv(tokenEnv);
        Optional<String> controlToken = token == null || token.isBlank() ? Optional.empty() : Optional.of(token);

        requireFreePort(cfg.paper().http().host(), port == null ? cfg.paper().http().port() : port);
        PaperDaemon daemon;
        try {
            daemon = PaperDaemon.start(cfg, state, controlToken.orElse(null));
        } catch (DaemonException | ConfigException e) {
            throw new UserFacingException(e.getMessage());
        }
        HttpService http;
        try {
            http = HttpService.start(cfg.paper().http(), port == null ? 0 : port, daemon.view(), controlToken);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            daemon.stop();
            throw new UserFacingException("cannot serve the dashboard: " + e.getMessage());
        }
        out.println("paper daemon: " + daemon.startLine());
        out.println("feeds:        " + feeds(cfg));
        out.println("dashboard:    " + http.url());
        out.println("control:      " + (controlToken.isPresent()
                ? "on (bearer token from $" + tokenEnv + ")"
                : "off (set $" + tokenEnv + " to a secret to enable halt, resume and flatten)"));
        out.println("journal:      " + daemon.journalDir() + " (verify it with: quantagent replay "
                + daemon.journalDir() + ")");
        out.println("stop with Ctrl-C or SIGTERM");
        out.flush();
        AtomicBoolean reported = new AtomicBoolean();
        Runnable shutdown = () -> {
            http.close();
            daemon.stop();
            if (reported.compareAndSet(false, true)) {
                out.println(daemon.finalStateLine());
                out.flush();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "qa-paper-shutdown"));
        // Runs until SIGTERM; a failed pipeline ends the process with an error, so that a supervisor restarts it
        // and the restart recovers from the journal.
        while (daemon.failure() == null) {
            Thread.sleep(FAILURE_CHECK_MILLIS);
        }
        shutdown.run();
        throw new UserFacingException("the pipeline failed: " + daemon.failure().getMessage() + "; the journal in "
                + daemon.journalDir() + " is kept: start the daemon again to recover from it");
    }

    /**
     * Fails before the journal is touched when the dashboard's port is taken (the service binds it again a moment
     * later; this only spares a recovery that would stop at once).
     */
    private static void requireFreePort(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new UserFacingException("cannot serve the dashboard: cannot listen on " + host + ":" + port + ": "
                    + e.getMessage() + " (another program, or another paper daemon, uses it: pass --port or set"
                    + " paper.http.port)");
        }
    }

    /** Configured data paths that are not there relative to the working directory are looked up under the install. */
    private static List<DataInput> resolve(EngineConfig cfg, Path home, Path configFile) {
        boolean replay = cfg.paper().feeds().stream().anyMatch(f -> f.kind() == FeedConfig.Kind.REPLAY);
        List<DataInput> inputs = new ArrayList<>();
        for (DataInput in : cfg.data()) {
            DataInput resolved = in.resolvedAgainst(home);
            if (replay && !Files.isRegularFile(resolved.path())) {
                throw new UserFacingException(configFile + ": data: " + in.path() + ": no such file"
                        + (in.path().toString().contains("target") ? " (the bundled samples are unpacked by the build:"
                                + " run bin/quantagent once, or mvn package)" : ""));
            }
            inputs.add(resolved.path().isAbsolute() ? resolved : new DataInput(resolved.path().toAbsolutePath()
                    .normalize(), in.format(), in.instrument(), in.zone(), in.timestampFormat(), in.badRows(),
                    in.priceDecimals(), in.quantityDecimals()));
        }
        return inputs;
    }

    private static String feeds(EngineConfig cfg) {
        List<String> feeds = new ArrayList<>();
        for (FeedConfig feed : cfg.paper().feeds()) {
            if (feed.kind() == FeedConfig.Kind.REPLAY) {
                feeds.add(String.format(Locale.ROOT, "replay of %d data input(s) at %sx%s", cfg.data().size(),
                        trim(cfg.paper().replay().speed()), cfg.paper().replay().loop() ? ", looping" : ""));
            } else {
                feeds.add(feed.kind().key() + " " + String.join(",", feed.symbols()));
            }
        }
        return String.join("; ", feeds);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
