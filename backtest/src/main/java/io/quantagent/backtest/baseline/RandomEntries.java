package io.quantagent.backtest.baseline;

import io.quantagent.backtest.metrics.RunData;
import io.quantagent.backtest.run.JournalRun;
import io.quantagent.engine.config.AgentsConfig;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.FusionConfig;
import io.quantagent.engine.feed.Feed;
import io.quantagent.engine.feed.FileFeed;
import io.quantagent.engine.pipeline.EngineRunner;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The random-entries baseline: the same data through the same engine pipeline with the same risk rules (stops and
 * targets from the Risk agent, sizing, pre-trade risk), but with fusion mode {@code random}: each bar's direction
 * and strength are drawn from a hash of {@code agents.fusion.seed}, the instrument and the bar time, and the
 * trading-mode threshold {@code minStrength} still applies. A strategy that cannot beat it has no edge.
 */
public final class RandomEntries {

    /** The name the baseline is shown under. */
    public static final String NAME = "random";

    private RandomEntries() {
    }

    /** The configuration with fusion mode {@code random}, keeping its minimum strength and seed. */
    public static EngineConfig config(EngineConfig config) {
        AgentsConfig a = config.agents();
        FusionConfig f = a.fusion();
        return config.withAgents(new AgentsConfig(a.indicator(), a.pattern(), a.trend(), a.risk(),
                new FusionConfig(FusionConfig.Mode.RANDOM, f.minStrength(), f.seed())));
    }

    /**
     * Runs the random baseline of {@code config} over its data files into {@code journalDir} (a new or empty folder)
     * and reads the journal back.
     *
     * @throws IOException when a data file cannot be read
     */
    public static RunData run(EngineConfig config, Path journalDir) throws IOException {
        return run(config, new FileFeed(config.data()), journalDir);
    }

    /**
     * Runs the random baseline of {@code config} over {@code feed} into {@code journalDir} (a new or empty folder)
     * and reads the journal back.
     *
     * @throws IOException when the feed cannot be read
     */
    public static RunData run(EngineConfig config, Feed feed, Path journalDir) throws IOException {
        EngineRunner.run(config(config), feed, journalDir);
        RunData run = JournalRun.read(journalDir);
        return new RunData(NAME, run.timeFrame(), run.startingCash(), run.instruments(), run.equity(), run.trades(),
                run.decisions(), run.configuration());
    }
}
