package io.quantagent.engine.pipeline;

import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.feed.Feed;
import io.quantagent.engine.feed.FileFeed;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs the pipeline over a whole feed and journals it: the backtest's and the replay's entry point. The feed runs
 * on the calling thread (a file feed of several files reads each on a thread of its own and merges them here).
 */
public final class EngineRunner {

    private EngineRunner() {
    }

    /**
     * Runs over the configuration's data files into the configuration's journal folder ({@code journal.dir}).
     *
     * @see #run(EngineConfig, Path)
     */
    public static RunSummary run(EngineConfig config) throws IOException {
        return run(config, config.journal().dir());
    }

    /**
     * Runs over the configuration's data files ({@code data}, merged by event time when several) and writes the
     * journal into {@code journalDir} (a new or empty folder).
     *
     * @throws IOException when a data file cannot be read
     * @throws io.quantagent.engine.data.BadRowException on a bad row under the fail policy (file and line)
     * @throws io.quantagent.engine.config.ConfigException when the configuration cannot run (no data, bad agent
     *     settings), naming the key
     */
    public static RunSummary run(EngineConfig config, Path journalDir) throws IOException {
        return run(config, new FileFeed(config.data()), journalDir, RunOptions.defaults());
    }

    /** Runs over a feed (synthetic, a journal's inputs, ...) with the default options. */
    public static RunSummary run(EngineConfig config, Feed feed, Path journalDir) throws IOException {
        return run(config, feed, journalDir, RunOptions.defaults());
    }

    /**
     * Runs over a feed: starts an {@link Engine} for the feed's instruments, pushes every event, then finishes.
     * If the feed fails, the events before the failure are journaled (without an END record) and the failure is
     * thrown.
     */
    public static RunSummary run(EngineConfig config, Feed feed, Path journalDir, RunOptions options)
            throws IOException {
        Engine engine = Engine.start(config, feed.instruments(), journalDir, options);
        try {
            feed.run(engine.sink());
        } catch (IOException | RuntimeException | Error e) {
            engine.abort();
            throw e;
        }
        return engine.finish();
    }
}
