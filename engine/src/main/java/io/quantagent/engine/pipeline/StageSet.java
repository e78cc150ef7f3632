package io.quantagent.engine.pipeline;

import io.quantagent.engine.config.ConfigLoader;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.feed.Instrument;
import io.quantagent.engine.journal.JournalHeader;
import io.quantagent.engine.journal.JournalStage;
import io.quantagent.engine.journal.JournalWriter;
import io.quantagent.engine.journal.RunCounts;
import java.nio.file.Path;
import java.util.List;

/**
 * The stages of one run, built from a configuration exactly as {@link Engine} builds them, but not connected to
 * anything: for a harness that connects them another way (the latency benchmark's {@code ArrayBlockingQueue}
 * baseline) or that needs their counters. The journal is created and its HEADER written when the set is opened;
 * {@link #finish} writes the END record and closes it.
 */
public final class StageSet {

    private final List<Instrument> instruments;
    private final JournalWriter journal;
    private final BarStage bars;
    private final AggregatorStage aggregator;
    private final ExecutionStage execution;
    private final PipelineStages stages;
    private boolean closed;

    private StageSet(EngineConfig config, List<Instrument> instruments, JournalWriter journal) {
        this.instruments = List.copyOf(instruments);
        this.journal = journal;
        try {
            if (instruments.isEmpty()) {
                throw new IllegalArgumentException("a run needs at least one instrument");
            }
            for (int i = 0; i < instruments.size(); i++) {
                if (instruments.get(i).id() != i) {
                    throw new IllegalArgumentException("instrument ids must be 0 to n - 1 in order; "
                            + instruments.get(i) + " is at index " + i);
                }
            }
            AgentSettings.validate(config.agents());
            execution = new ExecutionStage(config, instruments);
            bars = new BarStage(config.bars(), instruments.size());
            aggregator = new AggregatorStage(AgentSettings.fusion(config.agents().fusion()),
                    config.agents().trend().sidewaysSlope(), instruments);
            Stage indicator = new IndicatorStage(AgentSettings.indicator(config.agents().indicator()),
                    config.bars().timeframe(), instruments);
            Stage pattern = new PatternStage(AgentSettings.pattern(config.agents().pattern()), instruments);
            Stage trend = new TrendStage(AgentSettings.trend(config.agents().trend()), instruments);
            double startingCash = config.broker().startingCash().doubleValue();
            Stage risk = new RiskStage(i -> AgentSettings.risk(config.agents().risk(), instruments.get(i).scales()),
                    instruments, startingCash);
            journal.attach();
            journal.writeHeader(new JournalHeader(JournalHeader.FORMAT_VERSION, Engine.VERSION,
                    ConfigLoader.toYaml(config), instruments));
            journal.detach();
            stages = new PipelineStages(bars, indicator, pattern, trend, risk, aggregator, execution,
                    new JournalStage(journal));
        } catch (RuntimeException | Error e) {
            journal.close();
            throw e;
        }
    }

    /**
     * The stages of a run over an opened journal (new, or resumed: then the HEADER is checked, not written
     * again): the one place a run's stages are built, for {@link Engine} and for harnesses alike. Closes the
     * journal if a stage refuses its settings.
     */
    static StageSet over(EngineConfig config, List<Instrument> instruments, JournalWriter journal) {
        return new StageSet(config, instruments, journal);
    }

    /**
     * Builds every stage of a run and opens its journal.
     *
     * @param config the configuration (its data inputs are not read)
     * @param instruments the instruments events will name, ids 0 to n - 1 in order
     * @param journalDir a new or empty folder for the journal
     * @throws io.quantagent.engine.config.ConfigException if the agents refuse a setting (naming its key)
     */
    public static StageSet open(EngineConfig config, List<Instrument> instruments, Path journalDir) {
        return new StageSet(config, instruments, JournalWriter.create(journalDir, config.journal().fsync()));
    }

    /** The eight stages, in order. */
    public PipelineStages stages() {
        return stages;
    }

    /** The instruments, by id. */
    public List<Instrument> instruments() {
        return instruments;
    }

    /** The bar stage (its counters). */
    public BarStage bars() {
        return bars;
    }

    /** The aggregator stage (its decision count). */
    public AggregatorStage aggregator() {
        return aggregator;
    }

    /** The execution stage (order, fill and cancel counts, the portfolio once the stages have stopped). */
    public ExecutionStage execution() {
        return execution;
    }

    /** What the stages counted, with the inputs published and the faults recorded by whoever ran them. */
    public RunCounts counts(long inputs, long faults) {
        return new RunCounts(inputs, bars.barsClosed(), aggregator.decisions(), execution.ordersAccepted(),
                execution.ordersRejected(), execution.fills(), execution.cancels(), faults, bars.rejectedInputs());
    }

    /**
     * Writes the END record and closes the journal; call once every stage has stopped.
     *
     * @param counts what the run did ({@link #counts})
     * @param lastTimeNanos the latest event time published
     */
    public void finish(RunCounts counts, long lastTimeNanos) {
        if (closed) {
            throw new IllegalStateException("the stage set has already finished");
        }
        closed = true;
        try {
            journal.attach();
            journal.writeEnd(counts, execution.portfolio().snapshot(), lastTimeNanos);
        } finally {
            journal.close();
        }
    }

    /** Closes the journal without an END record (after a failure); does nothing once finished. */
    public void abort() {
        if (!closed) {
            closed = true;
            journal.close();
        }
    }

    /** Records appended to the journal so far. */
    public long journalRecords() {
        return journal.recordCount();
    }
}
