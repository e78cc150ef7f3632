package io.quantagent.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.PipelineConfig;
import io.quantagent.engine.config.RiskLimitsConfig;
import io.quantagent.engine.feed.FeedSink;
import io.quantagent.engine.feed.Instrument;
import io.quantagent.engine.feed.SyntheticFeed;
import io.quantagent.engine.journal.JournalFeed;
import io.quantagent.engine.journal.JournalMismatchException;
import io.quantagent.engine.journal.JournalReader;
import io.quantagent.engine.journal.JournalRecord;
import io.quantagent.engine.journal.JournalWriter;
import io.quantagent.engine.journal.RecordType;
import io.quantagent.engine.replay.ReplayResult;
import io.quantagent.engine.replay.ReplayVerifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operator controls and resumed journals: CONTROL inputs act in the execution stage and replay exactly; a journal
 * stopped and resumed (or cut in the middle of an event) ends identical to an uninterrupted run, and a journal
 * that does not match what the engine makes is refused.
 */
class EngineResumeTest {

    private static final int TICKS = 12_000;
    private static final SyntheticFeed FEED = new SyntheticFeed(1, TICKS, 7, 1_704_067_200_000_000_000L,
            5_000_000_000L, 20);
    private static final List<Instrument> INSTRUMENTS = FEED.instruments();

    @TempDir
    Path dir;

    /** Benchmark mode (a decision on every bar) with the daily loss limit and the kill switch out of the way. */
    private static EngineConfig config() {
        return TestRuns.benchmarkMode(TestRuns.config(Duration.ofMinutes(1), PipelineConfig.Topology.SEQUENTIAL,
                PipelineConfig.WaitStrategy.BLOCKING, 1024)).withRisk(new RiskLimitsConfig(new BigDecimal(100_000),
                        new BigDecimal(100_000), 500, 60, new BigDecimal(1_000_000), 1.0));
    }

    /** Ticks {@code from} to {@code to} of the feed, with a halt at 4000, a resume at 6000 and a flatten at 8000. */
    private static void publish(FeedSink sink, int from, int to) {
        int[] tick = {0};
        FeedSink window = new FeedSink() {
            @Override
            public void trade(int instrument, long timeNanos, long price, long quantity) {
                int k = tick[0]++;
                if (k >= to) {
                    return;
                }
                if (k >= from) {
                    if (k == 4_000) {
                        sink.control(timeNanos - 1, ControlCommand.HALT.code());
                    } else if (k == 6_000) {
                        sink.control(timeNanos - 1, ControlCommand.RESUME.code());
                    } else if (k == 8_000) {
                        sink.control(timeNanos - 1, ControlCommand.FLATTEN.code());
                    }
                    sink.trade(instrument, timeNanos, price, quantity);
                }
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
        };
        FEED.run(window);
    }

    private RunSummary uninterrupted(Path journal) {
        Engine engine = Engine.start(config(), INSTRUMENTS, journal, RunOptions.defaults());
        publish(engine.sink(), 0, TICKS);
        return engine.stop();
    }

    private static Engine resume(Path journal) {
        Engine engine = Engine.resume(config(), INSTRUMENTS, journal, RunOptions.defaults());
        new JournalFeed(journal, true, engine.resumedRecords()).run(engine.sink());
        engine.pipeline().drain();
        assertThat(engine.verifying()).isFalse();
        return engine;
    }

    private static List<JournalRecord> records(Path journal) {
        List<JournalRecord> list = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(journal)) {
            for (JournalRecord r = reader.next(); r != null; r = reader.next()) {
                list.add(r);
            }
        }
        return list;
    }

    /** A record's text without its journal index. */
    private static String content(JournalRecord r) {
        String text = r.text();
        return text.substring(text.indexOf(' ') + 1);
    }

    private static List<String> contentsWithoutStopMarks(Path journal) {
        List<JournalRecord> all = records(journal);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).type() != RecordType.END || i == all.size() - 1) {
                out.add(content(all.get(i)));
            }
        }
        return out;
    }

    @Test
    void haltRefusesEntriesResumeAllowsThemAndFlattenClosesThePosition() throws Exception {
        Path journal = dir.resolve("controls");
        RunSummary summary = uninterrupted(journal);
        List<JournalRecord> all = records(journal);
        List<String> controls = all.stream().filter(r -> r.type() == RecordType.INPUT
                && "CONTROL".equals(r.value("kind"))).map(r -> r.value("command")).toList();
        assertThat(controls).containsExactly("HALT", "RESUME", "FLATTEN");
        long haltedAt = all.stream().filter(r -> "HALT".equals(r.value("command"))).findFirst().orElseThrow()
                .inputSequence();
        long resumedAt = all.stream().filter(r -> "RESUME".equals(r.value("command"))).findFirst().orElseThrow()
                .inputSequence();
        long flattenedAt = all.stream().filter(r -> "FLATTEN".equals(r.value("command"))).findFirst().orElseThrow()
                .inputSequence();
        assertThat(all).anyMatch(r -> r.type() == RecordType.RISK && r.inputSequence() == haltedAt
                && "INSTRUMENT_HALTED".equals(r.value("event")));
        assertThat(all).anyMatch(r -> r.type() == RecordType.RISK && r.inputSequence() == resumedAt
                && "INSTRUMENT_RESUMED".equals(r.value("event")));
        // while halted, no order opens a position: every accepted order only reduces one, and entries are refused
        assertThat(all).noneMatch(r -> r.type() == RecordType.ORDER && r.inputSequence() > haltedAt
                && r.inputSequence() < resumedAt && "0".equals(r.value("parent")) && opensPosition(all, r));
        assertThat(all).anyMatch(r -> r.type() == RecordType.REJECT && r.inputSequence() > haltedAt
                && r.inputSequence() < resumedAt && "INSTRUMENT_HALTED".equals(r.value("reason")));
        // after the resume, entries are accepted again
        assertThat(all).anyMatch(r -> r.type() == RecordType.ORDER && r.inputSequence() > resumedAt
                && r.inputSequence() < flattenedAt && opensPosition(all, r));
        assertThat(all).noneMatch(r -> r.type() == RecordType.REJECT && r.inputSequence() > resumedAt
                && "INSTRUMENT_HALTED".equals(r.value("reason")));
        // flatten: the position held then is closed by a market order on the same input
        assertThat(all).anyMatch(r -> r.type() == RecordType.ORDER && r.inputSequence() == flattenedAt
                && "MARKET".equals(r.value("order_type")));
        assertThat(summary.counts().inputs()).isEqualTo(TICKS + 3);

        ReplayResult replay = ReplayVerifier.verify(journal);
        assertThat(replay.difference()).isEmpty();
        assertThat(replay.compared(RecordType.END)).isEqualTo(1);
    }

    private static boolean opensPosition(List<JournalRecord> all, JournalRecord order) {
        return all.stream().anyMatch(r -> r.type() == RecordType.ACTION && r.inputSequence() == order.inputSequence()
                && "OPEN".equals(r.value("action")));
    }

    @Test
    void aStoppedAndResumedJournalEndsAsAnUninterruptedRunAndReplaysIdentical() throws Exception {
        Path reference = dir.resolve("reference");
        uninterrupted(reference);

        Path journal = dir.resolve("resumed");
        Engine first = Engine.start(config(), INSTRUMENTS, journal, RunOptions.defaults());
        publish(first.sink(), 0, 5_000);
        first.stop();
        Engine second = resume(journal);
        publish(second.sink(), 5_000, 9_000);
        second.stop();
        Engine third = resume(journal);
        publish(third.sink(), 9_000, TICKS);
        RunSummary summary = third.stop();

        assertThat(records(journal).stream().filter(r -> r.type() == RecordType.END)).hasSize(3);
        assertSameContents(journal, reference);
        assertThat(summary.counts().inputs()).isEqualTo(TICKS + 3);
        ReplayResult replay = ReplayVerifier.verify(journal);
        assertThat(replay.difference()).isEmpty();
        assertThat(replay.recordsCompared()).isEqualTo(records(journal).size() - 2);
    }

    @Test
    void aJournalCutInTheMiddleOfAnEventIsCompletedOnResume() throws Exception {
        Path reference = dir.resolve("reference");
        uninterrupted(reference);
        List<JournalRecord> all = records(reference);
        // cut right after the INPUT of the first event that placed an order: its other records are missing
        int cut = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).type() == RecordType.ORDER) {
                long input = all.get(i).inputSequence();
                while (all.get(cut).type() != RecordType.INPUT || all.get(cut).inputSequence() != input) {
                    cut++;
                }
                break;
            }
        }
        assertThat(cut).isGreaterThan(0);
        Path journal = dir.resolve("cut");
        try (JournalWriter writer = JournalWriter.create(journal, false)) {
            writer.attach();
            for (int i = 0; i <= cut; i++) {
                writer.writeRaw(all.get(i).bytes());
            }
        }
        long inputs = all.get(cut).inputSequence() + 1;
        Engine engine = resume(journal);
        assertThat(inputs).isLessThan(4_000);
        publish(engine.sink(), (int) inputs, TICKS);
        engine.stop();
        assertSameContents(journal, reference);
    }

    private static void assertSameContents(Path actual, Path expected) {
        List<String> got = contentsWithoutStopMarks(actual);
        List<String> want = contentsWithoutStopMarks(expected);
        for (int i = 0; i < Math.min(got.size(), want.size()); i++) {
            assertThat(got.get(i)).as("record " + i).isEqualTo(want.get(i));
        }
        assertThat(got).hasSameSizeAs(want);
    }

    @Test
    void aRecordTheEngineDoesNotMakeAgainStopsTheResumeNamingIt() throws Exception {
        Path reference = dir.resolve("reference");
        uninterrupted(reference);
        List<JournalRecord> all = records(reference);
        int signal = 0;
        while (all.get(signal).type() != RecordType.SIGNAL) {
            signal++;
        }
        Path journal = dir.resolve("tampered");
        try (JournalWriter writer = JournalWriter.create(journal, false)) {
            writer.attach();
            for (int i = 0; i <= signal + 5; i++) {
                byte[] bytes = all.get(i).bytes();
                if (i == signal) {
                    bytes[bytes.length - 1] ^= 1;
                }
                writer.writeRaw(bytes);
            }
        }
        Engine engine = Engine.resume(config(), INSTRUMENTS, journal, RunOptions.defaults());
        assertThatThrownBy(() -> {
            new JournalFeed(journal, true, engine.resumedRecords()).run(engine.sink());
            engine.pipeline().drain();
        }).isInstanceOf(PipelineException.class)
                .hasRootCauseInstanceOf(JournalMismatchException.class)
                .rootCause().hasMessageContaining("record #" + signal).hasMessageContaining("SIGNAL");
        engine.abort();
    }

    @Test
    void aJournalOfAnotherConfigurationIsRefusedAtTheHeader() {
        Path journal = dir.resolve("other");
        uninterrupted(journal);
        EngineConfig other = TestRuns.tradingMode(config(), 0.7);
        assertThatThrownBy(() -> Engine.resume(other, INSTRUMENTS, journal, RunOptions.defaults()))
                .isInstanceOf(JournalMismatchException.class).hasMessageContaining("record #0")
                .hasMessageContaining("HEADER");
    }
}
