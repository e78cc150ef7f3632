package io.quantagent.engine.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole configuration of a run: what to read, how to cut bars, the agents, the pipeline, the broker,
 * pre-trade risk, the journal and the paper daemon. Every section has defaults (the QuantAgent paper's
 * parameters), so a file states only what it changes.
 *
 * @param data the market-data files to read; default none
 * @param bars how trades become bars
 * @param agents the four agents and their fusion
 * @param pipeline the Disruptor pipeline's shape
 * @param broker the paper broker: cash, fees, slippage, latency
 * @param risk pre-trade risk limits
 * @param journal where the journal is written
 * @param paper the paper-trading daemon
 * @param bench the latency harness
 */
public record EngineConfig(
        List<DataInput> data,
        BarsConfig bars,
        AgentsConfig agents,
        PipelineConfig pipeline,
        BrokerConfig broker,
        RiskLimitsConfig risk,
        JournalConfig journal,
        PaperConfig paper,
        BenchConfig bench) {

    private static final Logger LOG = LoggerFactory.getLogger(EngineConfig.class);

    private static final EngineConfig DEFAULTS = new EngineConfig(List.of(), BarsConfig.defaults(), AgentsConfig.defaults(),
            PipelineConfig.defaults(), BrokerConfig.defaults(), RiskLimitsConfig.defaults(), JournalConfig.defaults(),
            PaperConfig.defaults(), BenchConfig.defaults());

    public EngineConfig {
        Checks checks = new Checks();
        if (checks.present("data", data)) {
            for (int i = 0; i < data.size(); i++) {
                checks.present("data[" + i + "]", data.get(i));
            }
        }
        checks.present("bars", bars);
        checks.present("agents", agents);
        checks.present("pipeline", pipeline);
        checks.present("broker", broker);
        checks.present("risk", risk);
        checks.present("journal", journal);
        checks.present("paper", paper);
        checks.present("bench", bench);
        checks.done();
        data = List.copyOf(data);
    }

    /** The paper's parameters and this engine's safe defaults, with no data inputs. */
    public static EngineConfig defaults() {
        return DEFAULTS;
    }

    /**
     * Reads and validates a YAML file, logging its warnings; see {@link ConfigLoader#load(Path)} to get the
     * warnings instead.
     *
     * @throws ConfigException naming every problem, with its file, line, column and key
     */
    public static EngineConfig load(Path file) {
        LoadedConfig loaded = ConfigLoader.load(file);
        for (ConfigProblem warning : loaded.warnings()) {
            LOG.warn("{}", warning);
        }
        return loaded.config();
    }

    /** Things that are allowed but deserve attention, such as listening beyond loopback. */
    public List<ConfigProblem> warnings() {
        List<ConfigProblem> warnings = new ArrayList<>();
        if (!paper.http().loopbackOnly()) {
            warnings.add(ConfigProblem.of("paper.http.host", "the daemon will listen on " + paper.http().host()
                    + ", beyond loopback: anyone who can reach port " + paper.http().port()
                    + " sees the dashboard and metrics (control endpoints still need the token)"));
        }
        return warnings;
    }

    /** This configuration with other data inputs. */
    public EngineConfig withData(List<DataInput> newData) {
        return new EngineConfig(newData, bars, agents, pipeline, broker, risk, journal, paper, bench);
    }

    /** This configuration with another bars section. */
    public EngineConfig withBars(BarsConfig newBars) {
        return new EngineConfig(data, newBars, agents, pipeline, broker, risk, journal, paper, bench);
    }

    /** This configuration with other agent settings. */
    public EngineConfig withAgents(AgentsConfig newAgents) {
        return new EngineConfig(data, bars, newAgents, pipeline, broker, risk, journal, paper, bench);
    }

    /** This configuration with another pipeline section. */
    public EngineConfig withPipeline(PipelineConfig newPipeline) {
        return new EngineConfig(data, bars, agents, newPipeline, broker, risk, journal, paper, bench);
    }

    /** This configuration with another broker section. */
    public EngineConfig withBroker(BrokerConfig newBroker) {
        return new EngineConfig(data, bars, agents, pipeline, newBroker, risk, journal, paper, bench);
    }

    /** This configuration with other risk limits. */
    public EngineConfig withRisk(RiskLimitsConfig newRisk) {
        return new EngineConfig(data, bars, agents, pipeline, broker, newRisk, journal, paper, bench);
    }

    /** This configuration with another journal section. */
    public EngineConfig withJournal(JournalConfig newJournal) {
        return new EngineConfig(data, bars, agents, pipeline, broker, risk, newJournal, paper, bench);
    }

    /** This configuration with another paper-daemon section. */
    public EngineConfig withPaper(PaperConfig newPaper) {
        return new EngineConfig(data, bars, agents, pipeline, broker, risk, journal, newPaper, bench);
    }

    /** This configuration with other latency-harness settings. */
    public EngineConfig withBench(BenchConfig newBench) {
        return new EngineConfig(data, bars, agents, pipeline, broker, risk, journal, paper, newBench);
    }

    /** One line per section with its main values, for {@code quantagent config check} and start-up logs. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add("data: " + (data.isEmpty() ? "no inputs" : data.size() == 1 ? "1 input" : data.size() + " inputs"));
        for (int i = 0; i < data.size(); i++) {
            DataInput in = data.get(i);
            lines.add("  [" + i + "] " + in.instrument() + " from " + in.path() + " (" + in.format().key()
                    + ", timestamps " + in.timestampFormat() + " in " + in.zone() + ", bad rows: " + in.badRows().key()
                    + ", " + in.priceDecimals() + "/" + in.quantityDecimals() + " decimals)");
        }
        lines.add("bars: " + Durations.format(bars.timeframe()) + " in " + bars.zone()
                + (bars.sessionOffset().isZero() ? "" : ", offset " + Durations.format(bars.sessionOffset())));
        IndicatorConfig ind = agents.indicator();
        lines.add("agents.indicator: RSI(" + ind.rsiPeriod() + ") " + Checks.text(ind.rsiOverbought()) + "/"
                + Checks.text(ind.rsiOversold()) + ", MACD(" + ind.macdFast() + ", " + ind.macdSlow() + ", "
                + ind.macdSignal() + "), Stochastic(" + ind.stochasticK() + ", " + ind.stochasticSmooth() + ", "
                + ind.stochasticD() + ") " + Checks.text(ind.stochasticOverbought()) + "/"
                + Checks.text(ind.stochasticOversold()) + ", ROC(" + ind.rocPeriod() + "), Williams %R("
                + ind.williamsRPeriod() + ") " + Checks.text(ind.williamsROverbought()) + "/"
                + Checks.text(ind.williamsROversold()));
        PatternConfig pat = agents.pattern();
        lines.add("agents.pattern: last " + pat.lookbackBars() + " bars, swings of " + Checks.text(pat.swingThreshold())
                + " ATR, confidence >= " + Checks.text(pat.minConfidence()));
        TrendConfig tr = agents.trend();
        lines.add("agents.trend: last " + tr.lookbackBars() + " bars, sideways below " + Checks.text(tr.sidewaysSlope())
                + " of price per bar, step " + Checks.text(tr.initialStepFactor()) + " down to " + Checks.text(tr.minStep())
                + ", tolerance " + Checks.text(tr.tolerance()));
        RiskAgentConfig rk = agents.risk();
        lines.add("agents.risk: ATR(" + rk.atrPeriod() + "), stop " + Checks.text(rk.stopAtrMultiple())
                + " ATR, reward/risk " + Checks.text(rk.rewardRiskMin()) + " to " + Checks.text(rk.rewardRiskMax())
                + ", " + percent(rk.riskFraction()) + " of equity at risk per trade, max drawdown "
                + percent(rk.maxDrawdown()) + ", stale after " + Durations.format(rk.maxStaleness()));
        FusionConfig fu = agents.fusion();
        lines.add("agents.fusion: " + fu.mode().key()
                + switch (fu.mode()) {
                    case TRADING -> " (min strength " + Checks.text(fu.minStrength()) + ")";
                    case RANDOM -> " (min strength " + Checks.text(fu.minStrength()) + ", seed " + fu.seed() + ")";
                    case BENCHMARK -> "";
                });
        lines.add("pipeline: topology " + pipeline.topology().key() + ", wait strategy " + pipeline.waitStrategy().key()
                + ", ring of " + pipeline.ringSize() + " slots");
        lines.add("broker: " + Checks.text(broker.startingCash()) + " " + broker.currency() + ", fee "
                + Checks.text(broker.feeBps()) + " bps, slippage "
                + (broker.slippageTicks() > 0 ? broker.slippageTicks() + " ticks" : Checks.text(broker.slippageBps()) + " bps")
                + ", latency " + Durations.format(broker.latency()));
        lines.add("risk: position <= " + Checks.text(risk.maxPositionNotional()) + ", total <= "
                + Checks.text(risk.maxTotalNotional()) + ", price band " + risk.priceBandBps() + " bps, "
                + risk.maxOrdersPerMinute() + " orders/min, daily loss <= " + Checks.text(risk.dailyLossLimit())
                + ", kill switch at " + percent(risk.killSwitchDrawdown()) + " drawdown");
        lines.add("journal: " + journal.dir() + (journal.fsync() ? " (fsync)" : ""));
        StringBuilder feeds = new StringBuilder();
        for (FeedConfig feed : paper.feeds()) {
            feeds.append(feeds.isEmpty() ? "" : ", ").append(feed.kind().key());
            if (!feed.symbols().isEmpty()) {
                feeds.append(' ').append(String.join(" ", feed.symbols()));
            }
        }
        lines.add("paper: http " + paper.http().host() + ":" + paper.http().port() + " (token from $"
                + paper.http().controlTokenEnv() + "), feeds: " + feeds + ", replay at "
                + Checks.text(paper.replay().speed()) + "x" + (paper.replay().loop() ? " in a loop" : ""));
        lines.add("bench: " + bench.rate() + " ticks/s, " + Durations.format(bench.warmup()) + " warm-up, "
                + Durations.format(bench.duration()) + " measured, " + bench.ticksPerBar() + " ticks a bar, "
                + bench.instruments() + (bench.instruments() == 1 ? " instrument" : " instruments")
                + "; throughput from " + bench.throughput().startRate() + " ticks/s while p99 <= "
                + Durations.format(bench.throughput().p99Bound()));
        return lines;
    }

    private static String percent(double fraction) {
        return Checks.text(BigDecimal.valueOf(fraction).movePointRight(2)) + " %";
    }
}
