package io.quantagent.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.PipelineConfig;
import io.quantagent.engine.feed.FeedSink;
import io.quantagent.engine.feed.SyntheticFeed;
import io.quantagent.engine.journal.JournalReader;
import io.quantagent.engine.journal.JournalRecord;
import io.quantagent.engine.journal.RecordType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full ring makes the producer wait, never drop: a slow consumer behind a ring of 64 still gets every input, in order. */
class BackPressureTest {

    private static final int TICKS = 3_000;

    @TempDir
    Path dir;

    @Test
    void aTinyRingWithASlowConsumerLosesNothingAndKeepsTheOrder() throws Exception {
        EngineConfig config = TestRuns.config(Duration.ofMinutes(1), PipelineConfig.Topology.SEQUENTIAL,
                PipelineConfig.WaitStrategy.BLOCKING, 64);
        SyntheticFeed feed = new SyntheticFeed(1, TICKS, 3, 1_704_067_200_000_000_000L, 100_000_000L, 5);
        StageDecorator slowJournal = stage -> stage.id() != StageId.JOURNAL ? stage : new Delegating(stage) {
            @Override
            void before(MarketEvent event) {
                LockSupport.parkNanos(20_000);
            }
        };
        Path journal = dir.resolve("journal");

        RunSummary summary = EngineRunner.run(config, feed, journal, RunOptions.defaults().withDecorator(slowJournal));

        assertThat(summary.backPressureWaits()).as("the producer found the ring full").isPositive();
        assertThat(summary.eventsIn()).isEqualTo(TICKS + 1);
        List<long[]> expected = new ArrayList<>();
        feed.run(new FeedSink() {
            @Override
            public void trade(int instrument, long timeNanos, long price, long quantity) {
                expected.add(new long[] {timeNanos, price, quantity});
            }

            @Override
            public void bar(int instrument, long openTimeNanos, long closeTimeNanos, long open, long high, long low,
                    long close, long volume) {
                throw new AssertionError("no bars");
            }

            @Override
            public void quote(int instrument, long timeNanos, long bid, long bidQuantity, long ask, long askQuantity) {
                throw new AssertionError("no quotes");
            }
        });
        List<JournalRecord> inputs = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(journal)) {
            for (JournalRecord r = reader.next(); r != null; r = reader.next()) {
                if (r.type() == RecordType.INPUT) {
                    inputs.add(r);
                }
            }
        }
        assertThat(inputs).hasSize(TICKS + 1);
        for (int i = 0; i < TICKS; i++) {
            JournalRecord input = inputs.get(i);
            assertThat(input.inputSequence()).isEqualTo(i);
            assertThat(input.timeNanos()).isEqualTo(expected.get(i)[0]);
            assertThat(input.field("price").number()).isEqualTo(expected.get(i)[1]);
            assertThat(input.field("quantity").number()).isEqualTo(expected.get(i)[2]);
        }
        assertThat(inputs.get(TICKS).value("kind")).isEqualTo("FLUSH");
    }
}
