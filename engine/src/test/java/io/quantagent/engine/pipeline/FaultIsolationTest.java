package io.quantagent.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.PipelineConfig;
import io.quantagent.engine.feed.SyntheticFeed;
import io.quantagent.engine.journal.JournalReader;
import io.quantagent.engine.journal.JournalRecord;
import io.quantagent.engine.journal.RecordType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stage that throws does not stall the ring: the fault is journaled, the instrument it threw on is halted
 * (reduce-only) and gets no more decisions, and the other instrument goes on trading.
 */
class FaultIsolationTest {

    private static final int FAILING_BAR = 60;

    @TempDir
    Path dir;

    /** Makes the Pattern stage throw on the 60th bar close of instrument 1. */
    private static StageDecorator rigPatternStage() {
        return stage -> stage.id() != StageId.PATTERN ? stage : new Delegating(stage) {
            private int barsOfInstrumentOne;

            @Override
            void before(MarketEvent event) {
                if (event.input().instrument() == 1 && event.bars().count() > 0
                        && ++barsOfInstrumentOne == FAILING_BAR) {
                    throw new IllegalStateException("rigged to fail on SYN-1");
                }
            }
        };
    }

    @Test
    void aFailingAgentHaltsItsInstrumentAndTheOtherTradesOn() throws Exception {
        EngineConfig config = TestRuns.benchmarkMode(TestRuns.config(Duration.ofMinutes(1),
                PipelineConfig.Topology.SEQUENTIAL, PipelineConfig.WaitStrategy.BLOCKING, 1024));
        SyntheticFeed feed = new SyntheticFeed(2, 90_000, 7, 1_704_067_200_000_000_000L, 100_000_000L, 8);
        Path journal = dir.resolve("journal");

        RunSummary summary = EngineRunner.run(config, feed, journal, RunOptions.defaults()
                .withDecorator(rigPatternStage()));

        assertThat(summary.counts().faults()).isEqualTo(1);
        List<JournalRecord> records = read(journal);
        List<JournalRecord> faults = of(records, RecordType.FAULT);
        assertThat(faults).hasSize(1);
        JournalRecord fault = faults.get(0);
        assertThat(fault.instrumentName()).isEqualTo("SYN-1");
        assertThat(fault.value("stage")).isEqualTo("PATTERN");
        assertThat(fault.value("error")).isEqualTo("IllegalStateException: rigged to fail on SYN-1");

        assertThat(records).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RecordType.RISK);
            assertThat(r.value("event")).isEqualTo("INSTRUMENT_HALTED");
            assertThat(r.instrumentName()).isEqualTo("SYN-1");
            assertThat(r.inputSequence()).isEqualTo(fault.inputSequence());
        });
        List<JournalRecord> after = records.subList((int) fault.index() + 1, records.size());
        assertThat(after).noneMatch(r -> r.instrumentName().equals("SYN-1")
                && (r.type() == RecordType.DECISION || r.type() == RecordType.ACTION || r.type() == RecordType.FAULT));
        assertThat(after).filteredOn(r -> r.instrumentName().equals("SYN-1") && r.type() == RecordType.INPUT)
                .as("the halted instrument's trades still flow").isNotEmpty();
        assertThat(after).filteredOn(r -> r.instrumentName().equals("SYN-0") && r.type() == RecordType.ORDER)
                .as("the other instrument keeps trading").isNotEmpty();
        assertThat(after).filteredOn(r -> r.instrumentName().equals("SYN-0") && r.type() == RecordType.FILL)
                .isNotEmpty();
    }

    private static List<JournalRecord> read(Path journal) {
        List<JournalRecord> records = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(journal)) {
            for (JournalRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        return records;
    }

    private static List<JournalRecord> of(List<JournalRecord> records, RecordType type) {
        return records.stream().filter(r -> r.type() == type).toList();
    }
}
