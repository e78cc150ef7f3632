package io.quantagent.backtest.run;

import io.quantagent.backtest.baseline.BuyAndHold;
import io.quantagent.backtest.baseline.RandomEntries;
import io.quantagent.backtest.baseline.Ta4jClassic;
import io.quantagent.backtest.metrics.MetricsSettings;
import io.quantagent.backtest.metrics.PerformanceMetrics;
import io.quantagent.backtest.metrics.RunData;
import io.quantagent.engine.config.ConfigLoader;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.feed.FileFeed;
import io.quantagent.engine.pipeline.EngineRunner;
import io.quantagent.engine.pipeline.RunSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A whole backtest: our configuration through the engine into {@code <out>/journal}, read back into a
 * {@link RunData}; the three baselines (buy-and-hold, the random entries through the same pipeline into
 * {@code <out>/baselines/random/journal}, ta4j's MACD strategy); the metrics of each; and the files
 * ({@link BacktestFiles}). Metrics assume a market open around the clock ({@link MetricsSettings#continuous()}).
 */
public final class Backtest {

    /** The journal's folder inside the run folder. */
    public static final String JOURNAL = "journal";
    /** The random baseline's journal inside the run folder. */
    public static final Path RANDOM_JOURNAL = Path.of("baselines", "random", "journal");

    private Backtest() {
    }

    /** Hears when each engine run starts and ends, to show progress (called on the thread that runs the backtest). */
    public interface Listener {
        /** A listener that does nothing. */
        Listener NONE = new Listener() {
            @Override
            public void started(String label, ProgressFeed feed) {
            }

            @Override
            public void finished(String label) {
            }
        };

        /** An engine run named {@code label} starts reading {@code feed}. */
        void started(String label, ProgressFeed feed);

        /** The engine run named {@code label} has ended (successfully or not). */
        void finished(String label);
    }

    /**
     * Runs the backtest of {@code config} (whose data inputs must be set) into {@code outDir} (a new or empty folder)
     * and writes the files.
     *
     * @throws IOException when a data file cannot be read or a file cannot be written
     * @throws io.quantagent.engine.data.BadRowException on a bad row under the fail policy (file and line)
     * @throws io.quantagent.engine.config.ConfigException when the configuration cannot run (names the key)
     */
    public static BacktestResult run(EngineConfig config, Path outDir, Listener listener) throws IOException {
        MetricsSettings settings = MetricsSettings.continuous();
        long estimate = ProgressFeed.estimateRows(config.data());

        ProgressFeed feed = new ProgressFeed(new FileFeed(config.data()), estimate);
        RunSummary summary;
        listener.started("backtest", feed);
        try {
            summary = EngineRunner.run(config, feed, outDir.resolve(JOURNAL));
        } finally {
            listener.finished("backtest");
        }
        RunData ours = JournalRun.read(outDir.resolve(JOURNAL));

        ProgressFeed randomFeed = new ProgressFeed(new FileFeed(config.data()), estimate);
        RunData random;
        listener.started("random baseline", randomFeed);
        try {
            random = RandomEntries.run(config, randomFeed, outDir.resolve(RANDOM_JOURNAL));
        } finally {
            listener.finished("random baseline");
        }
        double feeBps = config.broker().feeBps().doubleValue();
        RunData hold = BuyAndHold.run(ours.instruments(), ours.timeFrame(), ours.startingCash(), feeBps);
        RunData macd = Ta4jClassic.runAll(ours.instruments(), ours.timeFrame(), ours.startingCash(), feeBps);

        BacktestResult result = new BacktestResult(
                new NamedRun("run", "this run", ours, PerformanceMetrics.compute(ours, settings)),
                List.of(new NamedRun("buy_and_hold", BuyAndHold.NAME, hold, PerformanceMetrics.compute(hold, settings)),
                        new NamedRun("random", RandomEntries.NAME, random, PerformanceMetrics.compute(random, settings)),
                        new NamedRun("ta4j_macd", Ta4jClassic.NAME, macd, PerformanceMetrics.compute(macd, settings))),
                summary, ConfigLoader.toYaml(config), outDir);
        BacktestFiles.write(result);
        return result;
    }
}
