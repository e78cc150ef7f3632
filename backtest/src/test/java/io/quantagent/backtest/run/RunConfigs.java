package io.quantagent.backtest.run;

import io.quantagent.engine.config.AgentsConfig;
import io.quantagent.engine.config.BarsConfig;
import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.FusionConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/** Configurations and data of the real engine runs the backtest tests read. */
public final class RunConfigs {

    private RunConfigs() {
    }

    /** The Bitstamp trades bundled with ta4j-examples, as this module's build unpacked them ({@code qa.samples}). */
    public static Path bitstampFile() {
        Path file = Path.of(System.getProperty("qa.samples")).resolve("bitstamp_trades_from_20131125_usd.csv");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: the build unpacks it (mvn -pl backtest generate-resources)");
        }
        return file;
    }

    /** The Bitstamp trades as BTC/USD, seconds since 1970. */
    public static DataInput bitstamp() {
        return new DataInput(bitstampFile(), DataInput.Format.TRADES, "BTC/USD", ZoneId.of("UTC"), "epoch-s",
                DataInput.BadRows.FAIL, 8, 8);
    }

    /** configs/backtest.yaml in code: one-minute bars over the Bitstamp trades, trading mode at 0.5. */
    public static EngineConfig bitstampTrading() {
        return withFusion(oneMinute().withData(List.of(bitstamp())), new FusionConfig(FusionConfig.Mode.TRADING, 0.5));
    }

    /** One-minute bars in benchmark mode (a direction on every bar), for synthetic feeds. */
    public static EngineConfig syntheticBenchmark() {
        return withFusion(oneMinute(), new FusionConfig(FusionConfig.Mode.BENCHMARK, 0.5));
    }

    /** Defaults with one-minute bars. */
    public static EngineConfig oneMinute() {
        return EngineConfig.defaults().withBars(new BarsConfig(Duration.ofMinutes(1), ZoneId.of("UTC"), Duration.ZERO));
    }

    /** The configuration with another fusion section. */
    public static EngineConfig withFusion(EngineConfig config, FusionConfig fusion) {
        AgentsConfig a = config.agents();
        return config.withAgents(new AgentsConfig(a.indicator(), a.pattern(), a.trend(), a.risk(), fusion));
    }
}
