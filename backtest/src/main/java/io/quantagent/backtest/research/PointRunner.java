package io.quantagent.backtest.research;

import io.quantagent.backtest.metrics.MetricsSettings;
import io.quantagent.backtest.metrics.PerformanceMetrics;
import io.quantagent.backtest.metrics.RunData;
import io.quantagent.backtest.run.JournalRun;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.feed.Feed;
import io.quantagent.engine.pipeline.EngineRunner;
import io.quantagent.engine.pipeline.RunOptions;
import io.quantagent.engine.pipeline.RunSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Runs one point: the engine over a feed into a journal, the journal read back ({@link JournalRun}) and its
 * metrics computed. The journal is the truth here as everywhere: metrics come from what was journaled.
 */
public final class PointRunner {

    private final MetricsSettings settings;

    /** A runner computing metrics with these settings. */
    public PointRunner(MetricsSettings settings) {
        this.settings = settings;
    }

    /** The metrics settings. */
    public MetricsSettings settings() {
        return settings;
    }

    /**
     * Runs {@code config} over {@code feed}, journaling into {@code journalDir} (new or empty), and reads the
     * result back.
     *
     * @throws IOException when the data cannot be read or the journal written
     */
    public PointRun run(EngineConfig config, Feed feed, Path journalDir) throws IOException {
        RunSummary summary = EngineRunner.run(config, feed, journalDir, RunOptions.defaults());
        RunData data = JournalRun.read(journalDir);
        return new PointRun(summary, data, PerformanceMetrics.compute(data, settings));
    }

    /**
     * As {@link #run(EngineConfig, Feed, Path)} into a temporary folder that is deleted afterwards, whether the run
     * succeeded or not.
     */
    public PointRun runInTemporaryFolder(EngineConfig config, Feed feed) throws IOException {
        Path dir = Files.createTempDirectory("quantagent-point-");
        try {
            return run(config, feed, dir);
        } finally {
            deleteTree(dir);
        }
    }

    /** Deletes a folder and everything in it; a folder that is not there is fine. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
