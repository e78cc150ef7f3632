package io.quantagent.backtest.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.backtest.metrics.RunData;
import io.quantagent.backtest.run.RunConfigs;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.FusionConfig;
import io.quantagent.engine.feed.SyntheticFeed;
import io.quantagent.engine.journal.JournalReader;
import io.quantagent.engine.journal.JournalRecord;
import io.quantagent.engine.journal.RecordType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RandomEntriesTest {

    @TempDir
    Path tmp;

    private static EngineConfig seeded(long seed) {
        return RunConfigs.withFusion(RunConfigs.oneMinute(), new FusionConfig(FusionConfig.Mode.TRADING, 0.5, seed));
    }

    @Test
    void theSameSeedTradesTheSameAndAnotherSeedDoesNot() throws IOException {
        RunData first = RandomEntries.run(seeded(5), SyntheticFeed.of(2, 120_000, 3), tmp.resolve("a"));
        RunData again = RandomEntries.run(seeded(5), SyntheticFeed.of(2, 120_000, 3), tmp.resolve("b"));
        RunData other = RandomEntries.run(seeded(6), SyntheticFeed.of(2, 120_000, 3), tmp.resolve("c"));

        assertThat(first.trades()).isNotEmpty();
        assertThat(again.trades()).isEqualTo(first.trades());
        assertThat(other.trades()).isNotEqualTo(first.trades());
    }

    @Test
    void decidesByTheDrawAndTradesWithTheRiskAgentsBrackets() throws IOException {
        Path journal = tmp.resolve("random");
        RunData run = RandomEntries.run(seeded(1), SyntheticFeed.of(2, 120_000, 3), journal);

        assertThat(run.trades()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.stopPrice()).isFinite();
            assertThat(t.targetPrice()).isFinite();
        });
        Set<String> steps = new HashSet<>();
        Set<String> modes = new HashSet<>();
        try (JournalReader reader = JournalReader.open(journal)) {
            for (JournalRecord r = reader.next(); r != null; r = reader.next()) {
                if (r.type() == RecordType.DECISION && !r.value("veto").equals("NOT_WARMED_UP")) {
                    steps.add(r.value("step"));
                    modes.add(r.value("mode"));
                }
            }
        }
        assertThat(modes).containsExactly("RANDOM");
        assertThat(steps).contains("RANDOM", "LOW_CONFIDENCE").doesNotContain("AGREEMENT", "MOMENTUM", "TREND_SLOPE");
    }
}
