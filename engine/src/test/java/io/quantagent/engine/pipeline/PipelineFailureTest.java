package io.quantagent.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.PipelineConfig;
import io.quantagent.engine.feed.SyntheticFeed;
import io.quantagent.engine.journal.JournalReader;
import io.quantagent.engine.journal.JournalRecord;
import io.quantagent.engine.journal.RecordType;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Losing the journal is fatal: the run stops with the cause instead of hanging on a full ring. */
class PipelineFailureTest {

    @TempDir
    Path dir;

    @Test
    void aFailingJournalStopsTheRunWithTheCause() {
        EngineConfig config = TestRuns.config(Duration.ofMinutes(1), PipelineConfig.Topology.SEQUENTIAL,
                PipelineConfig.WaitStrategy.BLOCKING, 64);
        StageDecorator failingJournal = stage -> stage.id() != StageId.JOURNAL ? stage : new Delegating(stage) {
            @Override
            void before(MarketEvent event) {
                if (event.input().sequence() == 500) {
                    throw new IllegalStateException("disk full");
                }
            }
        };
        Path journal = dir.resolve("journal");

        assertThatThrownBy(() -> EngineRunner.run(config, SyntheticFeed.of(1, 5_000, 1), journal,
                RunOptions.defaults().withDecorator(failingJournal)))
                .isInstanceOf(PipelineException.class).hasRootCauseMessage("disk full");

        long inputs = 0;
        JournalRecord last = null;
        try (JournalReader reader = JournalReader.open(journal)) {
            for (JournalRecord r = reader.next(); r != null; r = reader.next()) {
                inputs += r.type() == RecordType.INPUT ? 1 : 0;
                last = r;
            }
        }
        assertThat(inputs).as("everything before the failure is journaled").isEqualTo(500);
        assertThat(last.type()).as("no END record").isNotEqualTo(RecordType.END);
    }
}
