package io.quantagent.engine.pipeline;

import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.PipelineConfig;
import io.quantagent.engine.feed.FeedSink;
import io.quantagent.engine.feed.Instrument;
import io.quantagent.engine.journal.JournalWriter;
import io.quantagent.engine.journal.RunCounts;
import java.nio.file.Path;
import java.util.List;

/**
 * A running engine: the pipeline of every stage over one configuration and instrument table, journaling into a
 * new journal. Feed it through {@link #sink()} from one thread, then {@link #finish()} it (or {@link #abort()}
 * it). {@link EngineRunner} does this for a whole {@link io.quantagent.engine.feed.Feed}; a daemon or a latency
 * harness publishes events itself.
 *
 * <p>The journal's HEADER is written from the starting thread before the pipeline starts, the records of every
 * event by the journal stage, and the END after the pipeline has stopped: one writer at a time.
 *
 * <p>An engine may also {@link #resume} a journal (a restarted paper daemon): publishing the journal's inputs
 * again rebuilds every stage's state (bars, agents, broker, portfolio) while the journal is verified record by
 * record instead of written twice ({@link JournalWriter#resume}); new inputs after them are appended.
 */
public final class Engine {

    /** The engine version written in journal headers. */
    public static final String VERSION = "0.1.0";

    private final List<Instrument> instruments;
    private final JournalWriter journal;
    private final BarStage bars;
    private final AggregatorStage aggregator;
    private final ExecutionStage execution;
    private final Pipeline pipeline;
    private final long startNanos;
    private boolean done;

    private Engine(EngineConfig config, List<Instrument> instruments, Path journalDir, RunOptions options,
            boolean resume) {
        this.startNanos = System.nanoTime();
        this.instruments = List.copyOf(instruments);
        journal = resume ? JournalWriter.resume(journalDir, config.journal().fsync())
                : JournalWriter.create(journalDir, config.journal().fsync());
        StageSet set = StageSet.over(config, instruments, journal);
        execution = set.execution();
        bars = set.bars();
        aggregator = set.aggregator();
        int n = instruments.size();
        try {
            PipelineStages stages = set.stages().decorated(options.decorator());
            PipelineConfig.Topology topology = config.pipeline().effectiveTopology(options.cores());
            int threads = topology == PipelineConfig.Topology.SEQUENTIAL ? 1 : 8;
            PipelineConfig.WaitStrategy wait = config.pipeline().effectiveWaitStrategy(options.cores(), threads);
            pipeline = Pipeline.start(stages, n, topology, wait, config.pipeline().ringSize());
        } catch (RuntimeException | Error e) {
            journal.close();
            throw e;
        }
    }

    /**
     * Starts an engine.
     *
     * @param config the configuration (its data inputs are not read here)
     * @param instruments the instruments events will name, ids 0 to n - 1 in order
     * @param journalDir a new or empty folder for the journal
     * @param options cores and stage decoration
     * @throws io.quantagent.engine.config.ConfigException if the agents refuse a setting (naming its key)
     * @throws IllegalArgumentException if the journal folder is not empty
     */
    public static Engine start(EngineConfig config, List<Instrument> instruments, Path journalDir, RunOptions options) {
        return new Engine(config, instruments, journalDir, options, false);
    }

    /**
     * Starts an engine that continues the journal in {@code journalDir} (or starts one there when there is none):
     * publish the journal's inputs first ({@link io.quantagent.engine.journal.JournalFeed} with flushes), which
     * rebuilds the state while each record is checked against the journal; what is published after them is
     * appended. The header is checked first.
     *
     * @throws io.quantagent.engine.journal.JournalMismatchException if the header differs from this configuration
     *     and instrument table
     */
    public static Engine resume(EngineConfig config, List<Instrument> instruments, Path journalDir,
            RunOptions options) {
        return new Engine(config, instruments, journalDir, options, true);
    }

    /** Where events go: the pipeline's single producer (use from one thread). */
    public FeedSink sink() {
        return pipeline.publisher();
    }

    /** The pipeline (its threads, topology, wait strategy). */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** The pipeline's single producer (the same object as {@link #sink()}), with its counts. */
    public Publisher publisher() {
        return pipeline.publisher();
    }

    /**
     * Whether records of a resumed journal still wait to be matched. Read it after {@link Pipeline#drain()}: false
     * then means every record already in the journal was made again, identical.
     */
    public boolean verifying() {
        return journal.verifying();
    }

    /** Records the journal held when the engine opened it (0 for a new journal). */
    public long resumedRecords() {
        return journal.existingRecords();
    }

    /** The instruments, by id. */
    public List<Instrument> instruments() {
        return instruments;
    }

    /**
     * Ends the run: flushes every instrument's bar in progress, waits until every event has passed every stage,
     * stops the pipeline, writes the END record and closes the journal.
     *
     * @throws PipelineException if the pipeline failed (the journal is closed without an END record)
     */
    public RunSummary finish() {
        return finish(true, true);
    }

    /**
     * Ends a run that will go on later (a paper daemon's stop): waits until every event has passed every stage,
     * stops the pipeline, writes the END record and closes the journal, without flushing the bars in progress
     * (they go on when the journal is resumed).
     */
    public RunSummary stop() {
        return finish(false, true);
    }

    /**
     * Ends the run.
     *
     * @param flushBars whether every instrument's bar in progress is flushed first (end of data)
     * @param writeEnd whether the END record is written (false: the journal ends as a killed run's does)
     * @throws PipelineException if the pipeline failed (the journal is closed without an END record)
     */
    public RunSummary finish(boolean flushBars, boolean writeEnd) {
        if (done) {
            throw new IllegalStateException("the engine has already finished");
        }
        Publisher publisher = pipeline.publisher();
        try {
            if (flushBars) {
                for (int i = 0; i < instruments.size(); i++) {
                    publisher.flush(i);
                }
            }
            pipeline.drain();
        } catch (RuntimeException | Error e) {
            abort();
            throw e;
        }
        pipeline.stop();
        done = true;
        RunCounts counts = new RunCounts(publisher.published(), bars.barsClosed(), aggregator.decisions(),
                execution.ordersAccepted(), execution.ordersRejected(), execution.fills(), execution.cancels(),
                pipeline.faults(), bars.rejectedInputs());
        try {
            // A stop in the middle of a recovery leaves the journal as it was: the next start recovers again.
            if (writeEnd && !journal.verifying()) {
                journal.attach();
                journal.writeEnd(counts, execution.portfolio().snapshot(), publisher.lastTimeNanos());
            }
        } finally {
            journal.close();
        }
        return new RunSummary(instruments, counts, execution.portfolio().snapshot(), journal.recordCount(),
                pipeline.topology(), pipeline.waitStrategy(), publisher.fullWaits(), System.nanoTime() - startNanos);
    }

    /**
     * Stops the run without an END record (after a feed failure): what was published is still journaled when
     * the pipeline can take it; the journal is closed.
     */
    public void abort() {
        if (done) {
            return;
        }
        done = true;
        try {
            if (pipeline.failure() == null) {
                pipeline.drain();
            }
        } catch (RuntimeException ignored) {
            // the failure is already reported by whoever aborts
        } finally {
            pipeline.stop();
            journal.close();
        }
    }
}
