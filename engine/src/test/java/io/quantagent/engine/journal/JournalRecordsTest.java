package io.quantagent.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.PipelineConfig;
import io.quantagent.engine.feed.SyntheticFeed;
import io.quantagent.engine.pipeline.EngineRunner;
import io.quantagent.engine.pipeline.RunSummary;
import io.quantagent.engine.pipeline.TestRuns;
import io.quantagent.engine.portfolio.Money;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Journal records read back with their type, instrument and fields, as one line of text and as JSON. */
class JournalRecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path journal;
    private static EngineConfig config;
    private static RunSummary run;
    private static List<JournalRecord> records;

    @BeforeAll
    static void run() throws Exception {
        config = TestRuns.benchmarkMode(TestRuns.config(Duration.ofMinutes(1), PipelineConfig.Topology.SEQUENTIAL,
                PipelineConfig.WaitStrategy.BLOCKING, 1024));
        journal = dir.resolve("journal");
        run = EngineRunner.run(config, SyntheticFeed.of(2, 30_000, 9), journal);
        records = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(journal)) {
            for (JournalRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
    }

    private static JournalRecord first(RecordType type) {
        return records.stream().filter(r -> r.type() == type).findFirst().orElseThrow();
    }

    @Test
    void theHeaderHoldsTheConfigurationAndTheInstrumentTable() {
        try (JournalReader reader = JournalReader.open(journal)) {
            JournalHeader header = reader.header();
            assertThat(header.formatVersion()).isEqualTo(JournalHeader.FORMAT_VERSION);
            assertThat(header.config()).isEqualTo(config);
            assertThat(header.instruments()).extracting(i -> i.name()).containsExactly("SYN-0", "SYN-1");
        }
        assertThat(records.get(0).type()).isEqualTo(RecordType.HEADER);
    }

    @Test
    void recordsAreNumberedInOrderAndEndWithTheRunsCountsAndAccount() {
        for (int i = 0; i < records.size(); i++) {
            assertThat(records.get(i).index()).isEqualTo(i);
        }
        assertThat(records).hasSize((int) run.journalRecords());
        Set<RecordType> types = EnumSet.noneOf(RecordType.class);
        records.forEach(r -> types.add(r.type()));
        assertThat(types).contains(RecordType.HEADER, RecordType.INPUT, RecordType.BAR, RecordType.SIGNAL,
                RecordType.DECISION, RecordType.ACTION, RecordType.ORDER, RecordType.FILL, RecordType.END);
        JournalRecord end = records.get(records.size() - 1);
        assertThat(end.type()).isEqualTo(RecordType.END);
        assertThat(end.value("inputs")).isEqualTo(Long.toString(run.eventsIn()));
        assertThat(end.value("fills")).isEqualTo(Long.toString(run.fills()));
        assertThat(end.value("refused_inputs")).isEqualTo("0");
        assertThat(end.field("equity").decimalValue()).isEqualByComparingTo(
                BigDecimal.valueOf(run.portfolio().equity(), Money.DECIMALS));
        assertThat(records.stream().filter(r -> r.type() == RecordType.FILL).count()).isEqualTo(run.fills());
    }

    @Test
    void aRecordRendersAsOneLineOfText() {
        JournalRecord fill = first(RecordType.FILL);
        assertThat(fill.text()).matches("#" + fill.index() + " FILL input=" + fill.inputSequence()
                + " time=\\d{4}-\\d\\d-\\d\\dT\\S+Z instrument=SYN-[01] order=\\d+ side=(BUY|SELL) price=[0-9.]+"
                + " quantity=[0-9.]+ fee=[0-9.]+");
        JournalRecord signal = records.stream().filter(r -> "TREND".equals(r.agent())).findFirst().orElseThrow();
        assertThat(signal.text()).contains(" SIGNAL ", "agent=TREND", "direction=", "slope=", "breakout_up=");
    }

    @Test
    void aRecordRendersAsJsonWithExactDecimalsAndNullForMissingValues() throws Exception {
        JournalRecord fill = first(RecordType.FILL);
        JsonNode json = JSON.readTree(fill.json());
        assertThat(json.get("type").asText()).isEqualTo("FILL");
        assertThat(json.get("index").asLong()).isEqualTo(fill.index());
        assertThat(json.get("instrument").asText()).isEqualTo(fill.instrumentName());
        assertThat(json.get("time").asLong()).isEqualTo(fill.timeNanos());
        assertThat(json.get("price").decimalValue()).isEqualByComparingTo(fill.field("price").decimalValue());

        JournalRecord early = records.stream().filter(r -> "INDICATOR".equals(r.agent())).findFirst().orElseThrow();
        JsonNode indicator = JSON.readTree(early.json());
        assertThat(indicator.get("macd").isNull()).as("NaN before warm-up").isTrue();
        assertThat(indicator.get("bars_since_signal").isNull()).isTrue();
        assertThat(JSON.readTree(records.get(0).json()).get("config").asText()).contains("fusion:", "benchmark");
    }

    @Test
    void aWriterRefusesAFolderThatIsNotEmpty() throws Exception {
        Path used = dir.resolve("used");
        Files.createDirectories(used);
        Files.writeString(used.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> JournalWriter.create(used, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not empty");
    }

    @Test
    void aReaderRefusesAFolderWithoutAJournal() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> JournalReader.open(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no journal in " + empty);
        assertThat(JournalFiles.isJournal(journal)).isTrue();
        assertThat(JournalFiles.isJournal(empty)).isFalse();
    }
}
