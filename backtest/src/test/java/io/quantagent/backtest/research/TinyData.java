package io.quantagent.backtest.research;

import io.quantagent.engine.feed.SyntheticFeed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A tiny synthetic market and base configuration for research tests: a run takes a fraction of a second. */
final class TinyData {

    /** 2024-01-01T00:00:00Z. */
    static final long START = 1_704_067_200_000_000_000L;
    static final long SECOND = 1_000_000_000L;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;

    static final String BASE_YAML = """
            # tiny base configuration for research tests
            bars:
              timeframe: 1m
            agents:
              fusion:
                mode: trading
                minStrength: 0.3
            broker:
              startingCash: 100000
              feeBps: 10
            """;

    private TinyData() {
    }

    /** One trade a second for {@code hours} hours, 20 bps steps, seeded. */
    static SyntheticFeed feed(double hours, long seed) {
        return new SyntheticFeed(1, (long) (hours * 3600), seed, START, SECOND, 20);
    }

    /** A factory of that feed (the configuration's data is ignored). */
    static FeedFactory feeds(double hours, long seed) {
        return config -> feed(hours, seed);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    static GridConfigs configs(Path dir, String gridYaml) throws IOException {
        Path base = write(dir, "base.yaml", BASE_YAML);
        Path grid = write(dir, "grid.yaml", gridYaml);
        return new GridConfigs(base, ParameterGrid.load(grid), List.of());
    }
}
