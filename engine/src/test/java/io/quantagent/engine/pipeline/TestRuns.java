package io.quantagent.engine.pipeline;

import io.quantagent.engine.config.BarsConfig;
import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.FusionConfig;
import io.quantagent.engine.config.PipelineConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/** Configurations the pipeline tests run with. */
public final class TestRuns {

    /** The 100,000 Bitstamp BTC/USD trades bundled with ta4j-examples. */
    public static final Path BITSTAMP = Path.of(System.getProperty("qa.samples"), "bitstamp_trades_from_20131125_usd.csv");

    private TestRuns() {
    }

    /** The Bitstamp trades as BTC/USD, read as seconds since 1970. */
    public static DataInput bitstamp() {
        return new DataInput(BITSTAMP, DataInput.Format.TRADES, "BTC/USD", ZoneId.of("UTC"), "epoch-s",
                DataInput.BadRows.FAIL, 8, 8);
    }

    /** Defaults with bars of {@code timeframe}, a topology and wait strategy, and a small ring. */
    public static EngineConfig config(Duration timeframe, PipelineConfig.Topology topology,
            PipelineConfig.WaitStrategy wait, int ringSize) {
        return EngineConfig.defaults()
                .withBars(new BarsConfig(timeframe, ZoneId.of("UTC"), Duration.ZERO))
                .withPipeline(new PipelineConfig(topology, wait, ringSize));
    }

    /**
     * The backtest of configs/backtest.yaml over the Bitstamp trades: one-minute bars, trading mode with a minimum
     * strength of 0.5; sequential and blocking, with a smaller ring.
     */
    public static EngineConfig bitstampBacktest() {
        return tradingMode(config(Duration.ofMinutes(1), PipelineConfig.Topology.SEQUENTIAL,
                PipelineConfig.WaitStrategy.BLOCKING, 4096).withData(List.of(bitstamp())), 0.5);
    }

    /** The given configuration in benchmark mode (a direction on every bar). */
    public static EngineConfig benchmarkMode(EngineConfig config) {
        var agents = config.agents();
        return config.withAgents(new io.quantagent.engine.config.AgentsConfig(agents.indicator(), agents.pattern(),
                agents.trend(), agents.risk(), new FusionConfig(FusionConfig.Mode.BENCHMARK, 0.5)));
    }

    /** The given configuration in trading mode with this minimum strength. */
    public static EngineConfig tradingMode(EngineConfig config, double minStrength) {
        var agents = config.agents();
        return config.withAgents(new io.quantagent.engine.config.AgentsConfig(agents.indicator(), agents.pattern(),
                agents.trend(), agents.risk(), new FusionConfig(FusionConfig.Mode.TRADING, minStrength)));
    }
}
