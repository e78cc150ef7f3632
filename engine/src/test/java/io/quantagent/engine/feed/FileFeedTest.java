package io.quantagent.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.data.BadRowException;
import io.quantagent.engine.data.Scales;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configured files as a feed: instruments by name, several files merged by event time, bad rows named. */
class FileFeedTest {

    private static final long S = 1_000_000_000L;
    private static final long UNIT = 100_000_000L;

    @TempDir
    Path dir;

    private Path trades(String name, String... rows) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "timestamp,price,amount\n" + String.join("\n", rows) + "\n");
        return file;
    }

    private static DataInput input(Path file, String instrument, int priceDecimals, DataInput.BadRows badRows) {
        return new DataInput(file, DataInput.Format.TRADES, instrument, ZoneId.of("UTC"), "epoch-s", badRows,
                priceDecimals, 8);
    }

    private static DataInput input(Path file, String instrument) {
        return input(file, instrument, 8, DataInput.BadRows.FAIL);
    }

    @Test
    void eachDistinctInstrumentNameIsOneInstrumentInOrderOfAppearance() throws Exception {
        Path a = trades("a.csv", "1,10,1");
        Path b = trades("b.csv", "2,20,1");
        Path c = trades("c.csv", "3,11,1");

        FileFeed feed = new FileFeed(List.of(input(a, "BTC/USD"), input(b, "ETH/USD"), input(c, "BTC/USD")));

        assertThat(feed.instruments()).containsExactly(new Instrument(0, "BTC/USD", Scales.DEFAULT),
                new Instrument(1, "ETH/USD", Scales.DEFAULT));
    }

    @Test
    void oneInstrumentWithDifferentDecimalsInTwoFilesIsAConfigurationError() throws Exception {
        Path a = trades("a.csv", "1,10,1");
        Path b = trades("b.csv", "2,20,1");

        assertThatThrownBy(() -> new FileFeed(List.of(input(a, "BTC/USD"), input(b, "BTC/USD", 2,
                DataInput.BadRows.FAIL))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("data[1].priceDecimals");
    }

    @Test
    void noDataIsAConfigurationError() {
        assertThatThrownBy(() -> new FileFeed(List.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("data");
    }

    @Test
    void severalFilesAreMergedByEventTimeWithTiesToTheFileListedFirst() throws Exception {
        Path a = trades("a.csv", "1,10,1", "3,11,1", "5,12,1", "5,13,1");
        Path b = trades("b.csv", "2,20,2", "3,21,2", "4,22,2");
        RecordingSink sink = new RecordingSink();

        new FileFeed(List.of(input(a, "A"), input(b, "B"))).run(sink);

        assertThat(sink.events).containsExactly(
                "T 0 " + S + " " + 10 * UNIT + " " + UNIT,
                "T 1 " + 2 * S + " " + 20 * UNIT + " " + 2 * UNIT,
                "T 0 " + 3 * S + " " + 11 * UNIT + " " + UNIT,
                "T 1 " + 3 * S + " " + 21 * UNIT + " " + 2 * UNIT,
                "T 1 " + 4 * S + " " + 22 * UNIT + " " + 2 * UNIT,
                "T 0 " + 5 * S + " " + 12 * UNIT + " " + UNIT,
                "T 0 " + 5 * S + " " + 13 * UNIT + " " + UNIT);
    }

    @Test
    void manyRowsMergeCompletelyAndInOrder() throws Exception {
        StringBuilder odd = new StringBuilder("timestamp,price,amount\n");
        StringBuilder even = new StringBuilder("timestamp,price,amount\n");
        int rows = 20_000;
        for (int t = 1; t <= rows; t++) {
            (t % 2 == 0 ? even : odd).append(t).append(",100,1\n");
        }
        Path a = dir.resolve("odd.csv");
        Path b = dir.resolve("even.csv");
        Files.writeString(a, odd);
        Files.writeString(b, even);
        RecordingSink sink = new RecordingSink();

        new FileFeed(List.of(input(a, "X"), input(b, "Y"))).run(sink);

        assertThat(sink.events).hasSize(rows);
        for (int t = 1; t <= rows; t++) {
            assertThat(sink.events.get(t - 1)).startsWith("T " + (t % 2 == 0 ? 1 : 0) + " " + t * S + " ");
        }
    }

    @Test
    void aBadRowInAMergedFileStopsTheFeedNamingFileAndLineAfterTheRowsBeforeIt() throws Exception {
        Path a = trades("a.csv", "1,10,1", "4,11,1");
        Path b = trades("b.csv", "2,20,1", "3,-5,1", "5,21,1");
        RecordingSink sink = new RecordingSink();

        assertThatThrownBy(() -> new FileFeed(List.of(input(a, "A"), input(b, "B"))).run(sink))
                .isInstanceOf(BadRowException.class).hasMessageStartingWith(b + ":3: ");
        assertThat(sink.events).containsExactly("T 0 " + S + " " + 10 * UNIT + " " + UNIT,
                "T 1 " + 2 * S + " " + 20 * UNIT + " " + UNIT);
    }

    @Test
    void aSkippedBadRowIsLeftOutAndTheRestIsRead() throws Exception {
        Path a = trades("a.csv", "1,10,1", "2,oops,1", "3,12,1");
        RecordingSink sink = new RecordingSink();

        new FileFeed(List.of(input(a, "A", 8, DataInput.BadRows.SKIP))).run(sink);

        assertThat(sink.events).containsExactly("T 0 " + S + " " + 10 * UNIT + " " + UNIT,
                "T 0 " + 3 * S + " " + 12 * UNIT + " " + UNIT);
    }
}
