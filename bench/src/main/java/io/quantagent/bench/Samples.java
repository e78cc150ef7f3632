package io.quantagent.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the benchmarks find the bundled sample data (unpacked from ta4j-examples by the build). */
public final class Samples {
    /** The 100,000 Bitstamp BTC/USD trades of 2013-11-25 to 2013-12-01. */
    public static final String BITSTAMP_TRADES = "bitstamp_trades_from_20131125_usd.csv";

    private Samples() {
    }

    /** The sample file of that name: under {@code -Dquantagent.home}, else under the working directory. */
    public static Path file(String name) {
        String home = System.getProperty("quantagent.home", ".");
        for (String folder : new String[] {"bench/target/samples", "cli/target/samples", "target/samples"}) {
            Path p = Path.of(home, folder, name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException(name + " not found under " + Path.of(home).toAbsolutePath()
                + "/{bench,cli}/target/samples: build first (mvn -DskipTests install)");
    }
}
