package io.quantagent.backtest.research;

import io.quantagent.backtest.metrics.MetricsSettings;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.feed.Feed;
import io.quantagent.engine.journal.FolderLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A parameter sweep: every point of a grid run through the engine over the same data, in parallel, each result
 * appended to {@code <out>/results.csv} and {@code <out>/results.jsonl} as it finishes ({@link SweepResults}).
 * Every point is validated before anything runs. Rerunning into the same folder skips the points already there;
 * a folder holding another sweep's results is refused ({@link SweepManifest}).
 */
public final class Sweep {

    /** The points reported at the end. */
    public static final int TOP = 5;
    /** The folder under {@code out} of the journals kept with {@code --keep-journals}. */
    public static final String JOURNALS = "journals";
    /**
     * The folder under {@code out} of the journals of the points running; each is deleted once its metrics are
     * computed, and whatever a stopped sweep left there is deleted when the sweep starts again.
     */
    public static final String RUNNING = "running";

    private final GridConfigs configs;
    private final FeedFactory feeds;
    private final Settings settings;

    /**
     * How a sweep runs.
     *
     * @param threads points run at once, at least 1 (each engine run takes the calling worker thread and one
     *     pipeline thread, which waits blocking)
     * @param keepJournals keep each point's journal in {@code <out>/journals/point-<index>} instead of deleting it
     *     once its metrics are computed
     * @param metrics the assumptions of the metrics
     */
    public record Settings(int threads, boolean keepJournals, MetricsSettings metrics) {

        /** Checks the thread count. */
        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
        }
    }

    /** Hears about each point as it finishes (on the thread that called {@link #run}). */
    @FunctionalInterface
    public interface Progress {
        /**
         * One more point is done.
         *
         * @param done points in the results now, earlier runs included
         * @param total points in the grid
         * @param ranNow points run by this call so far
         * @param toRun points this call had to run in all
         * @param elapsedNanos wall-clock time since this call started running points
         */
        void pointDone(GridPoint point, PointMetrics metrics, long done, long total, long ranNow, long toRun,
                long elapsedNanos);

        /**
         * The results are open and the points are about to run.
         *
         * @param alreadyDone points found in the results of an earlier run
         * @param total points in the grid
         * @param droppedPartialLine whether a last line cut short by an earlier crash was dropped
         */
        default void started(long alreadyDone, long total, boolean droppedPartialLine) {
        }
    }

    /**
     * What a sweep did.
     *
     * @param total points in the grid
     * @param skipped points already in the results, not run again
     * @param ran points run by this call
     * @param droppedPartialLine whether a last line cut short by an earlier crash was dropped
     * @param top the best points by Sharpe (up to {@link #TOP}), best first, over all the results
     */
    public record Outcome(long total, long skipped, long ran, boolean droppedPartialLine, List<ResultRow> top) {
    }

    /** A sweep of the points of {@code configs}, each over a feed from {@code feeds}. */
    public Sweep(GridConfigs configs, FeedFactory feeds, Settings settings) {
        this.configs = configs;
        this.feeds = feeds;
        this.settings = settings;
    }

    /**
     * Validates every point, claims {@code out} (or checks it holds this sweep), then runs every point not yet in the
     * results.
     *
     * @param configName the base configuration file as the user named it, for {@code sweep.json}
     * @throws ResearchException when a point's configuration is invalid, the folder holds another sweep, or a run
     *     fails (naming the point); results written so far stay, and a rerun resumes
     */
    public Outcome run(Path out, String configName, Progress progress) throws IOException {
        configs.validateAll(20);
        SweepManifest manifest = SweepManifest.of(configs, configName);
        Files.createDirectories(out);
        FolderLock lock = lock(out);
        try {
            manifest.claim(out);
            return runClaimed(out, progress);
        } finally {
            lock.close();
        }
    }

    /** One sweep per results folder: a second would delete the first's running journals and rewrite its CSV. */
    private static FolderLock lock(Path out) {
        try {
            return FolderLock.acquire(out, "sweep.lock", "sweep", "give this one another --out");
        } catch (FolderLock.Locked e) {
            throw new ResearchException(e.getMessage(), e);
        }
    }

    private Outcome runClaimed(Path out, Progress progress) throws IOException {
        PointRunner.deleteTree(out.resolve(RUNNING));
        ParameterGrid grid = configs.grid();
        PointRunner runner = new PointRunner(settings.metrics());
        try (SweepResults results = SweepResults.open(out, grid)) {
            long skipped = results.doneCount();
            long toRun = grid.size() - skipped;
            progress.started(skipped, grid.size(), results.droppedPartialLine());
            long start = System.nanoTime();
            long[] ran = {0};
            try {
                ParallelRuns.<PointMetrics>run(grid.size(), i -> !results.isDone(i), settings.threads(), "qa-sweep",
                        i -> runPoint(runner, grid.point(i), out),
                        (i, m) -> {
                            GridPoint point = grid.point(i);
                            results.append(point, m);
                            ran[0]++;
                            progress.pointDone(point, m, results.doneCount(), grid.size(), ran[0], toRun,
                                    System.nanoTime() - start);
                        });
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new ResearchException("the sweep stopped: " + e.getMessage(), e);
            } finally {
                PointRunner.deleteTree(out.resolve(RUNNING));
            }
            return new Outcome(grid.size(), skipped, ran[0], results.droppedPartialLine(),
                    SweepResults.top(out, TOP, SweepResults.bySharpe()));
        }
    }

    private PointMetrics runPoint(PointRunner runner, GridPoint point, Path out) {
        EngineConfig config = configs.config(point);
        Path journal = out.resolve(settings.keepJournals() ? JOURNALS : RUNNING).resolve("point-" + point.index());
        try {
            PointRunner.deleteTree(journal);
            return runner.run(config, feeds.open(config), journal).figures();
        } catch (IOException | RuntimeException e) {
            throw new ResearchException("grid point " + point.index() + " (" + point.label() + ") failed: "
                    + e.getMessage(), e);
        } finally {
            if (!settings.keepJournals()) {
                PointRunner.deleteTree(journal);
            }
        }
    }
}
