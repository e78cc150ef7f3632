package io.quantagent.bench.latency;

import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.PipelineConfig;
import io.quantagent.engine.feed.FeedSink;
import io.quantagent.engine.feed.Instrument;
import io.quantagent.engine.journal.JournalReader;
import io.quantagent.engine.journal.RecordType;
import io.quantagent.engine.journal.RunCounts;
import io.quantagent.engine.pipeline.EmptyStage;
import io.quantagent.engine.pipeline.Engine;
import io.quantagent.engine.pipeline.Pipeline;
import io.quantagent.engine.pipeline.RunOptions;
import io.quantagent.engine.pipeline.RunSummary;
import io.quantagent.engine.pipeline.StageSet;
import java.nio.file.Path;
import java.util.List;

/**
 * One pipeline under measurement: the engine on the Disruptor ring, the same stages behind
 * {@code ArrayBlockingQueue}s, or either transport with empty stages (the floor). The injector feeds
 * {@link #sink()} from its thread; the harness then drains, reads the threads' allocation, and finishes.
 */
interface BenchTarget {

    /** The single producer's entry. */
    FeedSink sink();

    /** The consumer threads (alive until {@link #finish()}). */
    List<Thread> threads();

    /** Waits until every input sent has passed every stage. */
    void drain();

    /** Flushes, stops the threads and closes the journal; what the stages counted. */
    Outcome finish();

    /** Stops after a failure, keeping nothing. */
    void abort();

    /**
     * What a finished target reports.
     *
     * @param counts the stages' counters (null for an empty pipeline)
     * @param journalOrders ORDER records read back from the journal (-1 without a journal)
     * @param fullWaits times the producer found the ring or the slot pool full
     */
    record Outcome(RunCounts counts, long journalOrders, long fullWaits) {
    }

    /** The engine on the ring: every stage, journaling into {@code journalDir}. */
    static BenchTarget ring(EngineConfig config, List<Instrument> instruments, Path journalDir, LatencyProbe probe,
            PipelineConfig.Topology topology, PipelineConfig.WaitStrategy wait) {
        EngineConfig pinned = config.withPipeline(new PipelineConfig(topology, wait, config.pipeline().ringSize()));
        Engine engine = Engine.start(pinned, instruments, journalDir, RunOptions.defaults().withDecorator(probe));
        return new BenchTarget() {
            @Override
            public FeedSink sink() {
                return engine.sink();
            }

            @Override
            public List<Thread> threads() {
                return engine.pipeline().threads();
            }

            @Override
            public void drain() {
                engine.pipeline().drain();
            }

            @Override
            public Outcome finish() {
                RunSummary summary = engine.finish();
                return new Outcome(summary.counts(), journalOrders(journalDir), summary.backPressureWaits());
            }

            @Override
            public void abort() {
                engine.abort();
            }
        };
    }

    /** The ring with empty stages: what the Disruptor and the measuring cost with no work. */
    static BenchTarget ringFloor(int instruments, int ringSize, LatencyProbe probe, PipelineConfig.Topology topology,
            PipelineConfig.WaitStrategy wait) {
        Pipeline pipeline = Pipeline.start(EmptyStage.pipeline().decorated(probe), instruments, topology, wait,
                ringSize);
        return new BenchTarget() {
            @Override
            public FeedSink sink() {
                return pipeline.publisher();
            }

            @Override
            public List<Thread> threads() {
                return pipeline.threads();
            }

            @Override
            public void drain() {
                pipeline.drain();
            }

            @Override
            public Outcome finish() {
                pipeline.drain();
                pipeline.stop();
                return new Outcome(null, -1, pipeline.publisher().fullWaits());
            }

            @Override
            public void abort() {
                pipeline.stop();
            }
        };
    }

    /** The same stages as {@link #ring}, built the same way, behind {@code ArrayBlockingQueue}s. */
    static BenchTarget queue(EngineConfig config, List<Instrument> instruments, Path journalDir, LatencyProbe probe,
            PipelineConfig.Topology topology) {
        StageSet set = StageSet.open(config, instruments, journalDir);
        QueuePipeline pipeline;
        try {
            pipeline = new QueuePipeline(set.stages().decorated(probe), instruments.size(), topology,
                    config.pipeline().ringSize());
        } catch (RuntimeException | Error e) {
            set.abort();
            throw e;
        }
        return new BenchTarget() {
            @Override
            public FeedSink sink() {
                return pipeline;
            }

            @Override
            public List<Thread> threads() {
                return pipeline.threads();
            }

            @Override
            public void drain() {
                pipeline.drain();
            }

            @Override
            public Outcome finish() {
                try {
                    for (int i = 0; i < instruments.size(); i++) {
                        pipeline.flush(i);
                    }
                    pipeline.drain();
                } catch (RuntimeException | Error e) {
                    abort();
                    throw e;
                }
                pipeline.stop();
                RunCounts counts = set.counts(pipeline.published(), pipeline.faults());
                set.finish(counts, pipeline.lastTimeNanos());
                return new Outcome(counts, journalOrders(journalDir), pipeline.fullWaits());
            }

            @Override
            public void abort() {
                pipeline.stop();
                set.abort();
            }
        };
    }

    /** The queue baseline with empty stages. */
    static BenchTarget queueFloor(int instruments, int capacity, LatencyProbe probe, PipelineConfig.Topology topology) {
        QueuePipeline pipeline = new QueuePipeline(EmptyStage.pipeline().decorated(probe), instruments, topology,
                capacity);
        return new BenchTarget() {
            @Override
            public FeedSink sink() {
                return pipeline;
            }

            @Override
            public List<Thread> threads() {
                return pipeline.threads();
            }

            @Override
            public void drain() {
                pipeline.drain();
            }

            @Override
            public Outcome finish() {
                pipeline.drain();
                pipeline.stop();
                return new Outcome(null, -1, pipeline.fullWaits());
            }

            @Override
            public void abort() {
                pipeline.stop();
            }
        };
    }

    /** ORDER records in a finished journal. */
    private static long journalOrders(Path dir) {
        long orders = 0;
        try (JournalReader reader = JournalReader.open(dir)) {
            for (byte[] record = reader.nextBytes(); record != null; record = reader.nextBytes()) {
                if (record.length > 0 && record[0] == RecordType.ORDER.code()) {
                    orders++;
                }
            }
        }
        return orders;
    }
}
