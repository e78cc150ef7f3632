package io.quantagent.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.PipelineConfig;
import io.quantagent.engine.journal.RecordType;
import io.quantagent.engine.pipeline.EngineRunner;
import io.quantagent.engine.pipeline.RunSummary;
import io.quantagent.engine.pipeline.TestRuns;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bar files of three instruments, merged by time, through the whole pipeline and replayed identically. */
class BarFilesReplayTest {

    @TempDir
    Path dir;

    private static DataInput bars(String instrument) throws Exception {
        Path file = Path.of(BarFilesReplayTest.class.getResource("/quantagent/" + instrument + "_1h_1.csv").toURI());
        return new DataInput(file, DataInput.Format.QUANTAGENT, instrument, ZoneId.of("UTC"), "auto",
                DataInput.BadRows.FAIL, 8, 8);
    }

    @Test
    void hourlyBarsOfThreeInstrumentsRunAndReplayIdentically() throws Exception {
        EngineConfig config = TestRuns.benchmarkMode(TestRuns.config(Duration.ofHours(1),
                PipelineConfig.Topology.SEQUENTIAL, PipelineConfig.WaitStrategy.BLOCKING, 256))
                .withData(List.of(bars("BTC"), bars("CL"), bars("SPX")));
        Path journal = dir.resolve("journal");

        RunSummary run = EngineRunner.run(config, journal);

        assertThat(run.instruments()).extracting(i -> i.name()).containsExactly("BTC", "CL", "SPX");
        assertThat(run.eventsIn()).as("300 bars and 3 flushes").isEqualTo(303);
        assertThat(run.bars()).as("each hourly input is an hourly bar, SPX's on the half hour too").isEqualTo(300);
        assertThat(run.counts().refusedInputs()).isZero();
        assertThat(run.decisions()).isEqualTo(300);
        assertThat(run.orders()).isPositive();
        ReplayResult replay = ReplayVerifier.verify(journal);
        assertThat(replay.difference()).isEmpty();
        assertThat(replay.compared(RecordType.BAR)).isEqualTo(300);
        assertThat(replay.compared(RecordType.ORDER)).isEqualTo(run.orders());
    }
}
