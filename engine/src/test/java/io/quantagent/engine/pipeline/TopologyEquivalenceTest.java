package io.quantagent.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.JournalConfig;
import io.quantagent.engine.config.PipelineConfig;
import io.quantagent.engine.feed.SyntheticFeed;
import io.quantagent.engine.journal.JournalReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parallel diamond and the sequential topology run the same stages on the same slots in sequence order, so
 * they write the same records, byte for byte, after the header (which records each run's configuration, and so its
 * topology). The same run twice writes byte-identical queue files: the journal does not depend on the wall clock.
 */
class TopologyEquivalenceTest {

    private static final SyntheticFeed FEED = new SyntheticFeed(2, 60_000, 42, 1_704_067_200_000_000_000L,
            100_000_000L, 8);

    @TempDir
    Path dir;

    private static EngineConfig config(PipelineConfig.Topology topology, PipelineConfig.WaitStrategy wait) {
        return TestRuns.benchmarkMode(TestRuns.config(Duration.ofMinutes(1), topology, wait, 1024));
    }

    @Test
    void parallelAndSequentialTopologiesWriteIdenticalJournals() throws Exception {
        Path sequential = dir.resolve("sequential");
        Path parallel = dir.resolve("parallel");
        RunSummary one = EngineRunner.run(config(PipelineConfig.Topology.SEQUENTIAL,
                PipelineConfig.WaitStrategy.BLOCKING), FEED, sequential);
        RunSummary other = EngineRunner.run(config(PipelineConfig.Topology.PARALLEL,
                PipelineConfig.WaitStrategy.BLOCKING), FEED, parallel);

        assertThat(other.topology()).isEqualTo(PipelineConfig.Topology.PARALLEL);
        assertThat(one.orders()).as("the run trades, so orders and fills are compared too").isPositive();
        assertThat(one.fills()).isPositive();
        assertThat(other.counts()).isEqualTo(one.counts());
        // The headers hold each run's configuration, which differs in its pipeline section only.
        EngineConfig sequentialConfig = header(sequential);
        EngineConfig parallelConfig = header(parallel);
        assertThat(parallelConfig.pipeline().topology()).isEqualTo(PipelineConfig.Topology.PARALLEL);
        assertThat(parallelConfig.withPipeline(sequentialConfig.pipeline())).isEqualTo(sequentialConfig);
        SameJournal.assertSameRecords(sequential, parallel, 1);
    }

    @Test
    void aJournalForcedToDiskEveryBatchHoldsTheSameRecords() throws Exception {
        Path plain = dir.resolve("plain");
        Path forced = dir.resolve("forced");
        EngineConfig config = config(PipelineConfig.Topology.SEQUENTIAL, PipelineConfig.WaitStrategy.BLOCKING);
        EngineRunner.run(config.withJournal(new JournalConfig(forced, true)), FEED, forced);
        EngineRunner.run(config.withJournal(new JournalConfig(plain, false)), FEED, plain);

        assertThat(header(forced).journal().fsync()).isTrue();
        SameJournal.assertSameRecords(plain, forced, 1);
    }

    @Test
    void aRunWithoutAFolderWritesIntoTheConfiguredJournalFolder() throws Exception {
        Path configured = dir.resolve("configured");
        EngineConfig config = config(PipelineConfig.Topology.SEQUENTIAL, PipelineConfig.WaitStrategy.BLOCKING)
                .withData(List.of(TestRuns.bitstamp())).withJournal(new JournalConfig(configured, false));

        RunSummary summary = EngineRunner.run(config);

        assertThat(summary.eventsIn()).isEqualTo(100_001);
        assertThat(header(configured)).isEqualTo(config);
    }

    private static EngineConfig header(Path journal) {
        try (JournalReader reader = JournalReader.open(journal)) {
            return reader.header().config();
        }
    }

    @Test
    void theSameInputTwiceWritesByteIdenticalQueueFiles() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        EngineConfig config = config(PipelineConfig.Topology.SEQUENTIAL, PipelineConfig.WaitStrategy.YIELDING);
        EngineRunner.run(config, FEED, first);
        Thread.sleep(1_100); // a wall clock that moved on must not show in the files
        EngineRunner.run(config, FEED, second);

        assertThat(SameJournal.names(first)).containsExactly("19700101F.cq4", "metadata.cq4t");
        SameJournal.assertSameFiles(first, second);
    }
}
