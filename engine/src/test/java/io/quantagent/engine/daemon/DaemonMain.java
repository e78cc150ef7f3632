package io.quantagent.engine.daemon;

import io.quantagent.engine.config.EngineConfig;
import java.nio.file.Path;

/**
 * Test helper run in a separate JVM: starts a paper daemon on a configuration file and a state folder, stops it
 * gracefully on SIGTERM, and with {@code to-end} stops it by itself once the recording has been played and
 * every input has passed the pipeline (exit 0). Prints the daemon's start and final lines on stdout.
 */
public final class DaemonMain {

    private DaemonMain() {
    }

    /** {@code CONFIG STATE_DIR to-end|forever}. */
    public static void main(String[] args) throws InterruptedException {
        EngineConfig config = EngineConfig.load(Path.of(args[0]));
        PaperDaemon daemon = PaperDaemon.start(config, Path.of(args[1]), null);
        System.out.println("started: " + daemon.startLine());
        daemon.stopOnShutdown(line -> System.out.println(line));
        if (args[2].equals("to-end")) {
            while (!daemon.replayEnded() || daemon.backlog() > 0) {
                Thread.sleep(20);
            }
            daemon.stop();
            System.out.println("ended at the end of the recording");
            System.exit(0);
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
