package io.quantagent.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.engine.journal.JournalReader;
import io.quantagent.engine.journal.JournalRecord;
import io.quantagent.engine.journal.JournalWriter;
import io.quantagent.engine.journal.RecordType;
import io.quantagent.engine.pipeline.EngineRunner;
import io.quantagent.engine.pipeline.RunSummary;
import io.quantagent.engine.pipeline.TestRuns;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's acceptance run: the 100,000 bundled Bitstamp trades with one-minute bars, journaled, then replayed
 * through a fresh engine from the journal alone; the replay is identical, a tampered journal is caught at the
 * tampered record, and a real order is explained.
 */
class BitstampReplayTest {

    /** Offset of a FILL's price: the record prefix, the order id and the side. */
    private static final int FILL_PRICE_OFFSET = JournalWriter.PREFIX_BYTES + 8 + 1;
    /** Offset of an indicator SIGNAL's strength: the prefix, the agent and the direction. */
    private static final int SIGNAL_STRENGTH_OFFSET = JournalWriter.PREFIX_BYTES + 1 + 1;

    @TempDir
    static Path dir;
    private static Path journal;
    private static RunSummary run;

    @BeforeAll
    static void backtest() throws Exception {
        journal = dir.resolve("journal");
        run = EngineRunner.run(TestRuns.bitstampBacktest(), journal);
    }

    @Test
    void theRunReadsEveryTradeAndTrades() {
        assertThat(run.eventsIn()).as("100,000 trades and the end-of-data flush").isEqualTo(100_001);
        assertThat(run.bars()).isEqualTo(9_399);
        assertThat(run.decisions()).isEqualTo(9_399);
        assertThat(run.orders()).isPositive();
        assertThat(run.fills()).isPositive();
        assertThat(run.portfolio().equity()).isPositive();
    }

    @Test
    void theReplayOfTheJournalIsIdentical() throws Exception {
        ReplayResult result = ReplayVerifier.verify(journal);

        assertThat(result.difference()).isEmpty();
        assertThat(result.identical()).isTrue();
        assertThat(result.recordsCompared()).isEqualTo(run.journalRecords());
        assertThat(result.compared(RecordType.INPUT)).isEqualTo(100_001);
        assertThat(result.compared(RecordType.SIGNAL)).isEqualTo(4 * 9_399);
        assertThat(result.compared(RecordType.DECISION)).isEqualTo(9_399);
        assertThat(result.compared(RecordType.ORDER)).isEqualTo(run.orders());
        assertThat(result.compared(RecordType.FILL)).isEqualTo(run.fills());
        assertThat(result.compared(RecordType.END)).isEqualTo(1);
        assertThat(result.replay().counts()).isEqualTo(run.counts());
    }

    @Test
    void aTamperedFillIsReportedAsTheFirstDifference() throws Exception {
        Path tampered = dir.resolve("tampered-fill");
        long index = copyTampering(tampered, r -> r.type() == RecordType.FILL,
                bytes -> plusOne(bytes, FILL_PRICE_OFFSET));

        ReplayResult result = ReplayVerifier.verify(tampered);

        assertThat(result.identical()).isFalse();
        RecordDifference difference = result.firstDifference();
        assertThat(difference.index()).isEqualTo(index);
        assertThat(difference.expectedType()).isEqualTo(RecordType.FILL);
        assertThat(difference.actualType()).isEqualTo(RecordType.FILL);
        assertThat(difference.expected()).isNotEqualTo(difference.actual());
        assertThat(difference.expected().replaceAll("price=\\S+", ""))
                .isEqualTo(difference.actual().replaceAll("price=\\S+", ""));
        assertThat(result.recordsCompared()).isEqualTo(index);
        assertThat(difference.describe()).contains("#" + index, "FILL");
    }

    @Test
    void aTamperedSignalIsReportedAsTheFirstDifference() throws Exception {
        Path tampered = dir.resolve("tampered-signal");
        long index = copyTampering(tampered, r -> "INDICATOR".equals(r.agent()) && r.index() > 50_000,
                bytes -> {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
                    buffer.putDouble(SIGNAL_STRENGTH_OFFSET, buffer.getDouble(SIGNAL_STRENGTH_OFFSET) + 0.25);
                    return bytes;
                });

        ReplayResult result = ReplayVerifier.verify(tampered);

        assertThat(result.firstDifference().index()).isEqualTo(index);
        assertThat(result.firstDifference().expectedType()).isEqualTo(RecordType.SIGNAL);
        assertThat(result.firstDifference().expected()).contains("agent=INDICATOR");
    }

    @Test
    void anOrderIsExplainedByItsBarAgentsFusionAndRiskChecks() {
        long orderId = firstEntryOrder();

        String text = OrderExplainer.explain(journal, orderId);

        assertThat(text).startsWith("Order " + orderId + ": ");
        assertThat(text).contains("Bar closed: ", "Indicator agent: direction=", "Pattern agent: direction=",
                "Trend agent: direction=", "Risk agent: evaluated_at=", "Fusion: ", "Execution: OPEN",
                "Pre-trade risk passed", "stop-loss: order " + (orderId + 1), "take-profit: order " + (orderId + 2),
                "What became of it:");
        JournalRecord decision = decisionOf(orderId);
        assertThat(text).contains("Fusion: " + decision.value("direction") + " by " + decision.value("step"));
    }

    @Test
    void aStopLossIsExplainedThroughItsBracket() {
        long entry = firstEntryOrder();

        String text = OrderExplainer.explain(journal, entry + 1);

        assertThat(text).startsWith("Order " + (entry + 1) + ": ").contains("STOP", "part of bracket " + entry,
                "Fusion: ", "Execution: OPEN");
    }

    @Test
    void aRefusedOrderIsExplainedWithTheCheckItFailed() {
        JournalRecord reject = first(r -> r.type() == RecordType.REJECT);
        long orderId = Long.parseLong(reject.value("order"));

        String text = OrderExplainer.explain(journal, orderId);

        assertThat(text).startsWith("Order " + orderId + " (BTC/USD) was refused at ")
                .contains("Pre-trade risk refused it: " + reject.value("reason"), "Fusion: ", "Execution: OPEN")
                .doesNotContain("What became of it");
    }

    @Test
    void explainingAnOrderTheJournalDoesNotHaveFails() {
        assertThatThrownBy(() -> OrderExplainer.explain(journal, 1_000_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no order 1000000");
    }

    private static long firstEntryOrder() {
        return Long.parseLong(first(r -> r.type() == RecordType.ORDER && "0".equals(r.value("parent")))
                .value("order"));
    }

    private static JournalRecord first(Predicate<JournalRecord> which) {
        try (JournalReader reader = JournalReader.open(journal)) {
            for (JournalRecord r = reader.next(); r != null; r = reader.next()) {
                if (which.test(r)) {
                    return r;
                }
            }
        }
        throw new AssertionError("no such record in the journal");
    }

    private static JournalRecord decisionOf(long orderId) {
        try (JournalReader reader = JournalReader.open(journal)) {
            JournalRecord decision = null;
            for (JournalRecord r = reader.next(); r != null; r = reader.next()) {
                if (r.type() == RecordType.DECISION) {
                    decision = r;
                }
                if (r.type() == RecordType.ORDER && Long.toString(orderId).equals(r.value("order"))) {
                    assertThat(decision.inputSequence()).isEqualTo(r.inputSequence());
                    return decision;
                }
            }
        }
        throw new AssertionError("no order " + orderId);
    }

    /** Copies the journal, changing the first record that matches; returns that record's index. */
    private static long copyTampering(Path target, Predicate<JournalRecord> which, UnaryOperator<byte[]> change) {
        long tamperedIndex = -1;
        try (JournalReader reader = JournalReader.open(journal); JournalWriter writer = JournalWriter.create(target,
                false)) {
            writer.attach();
            for (byte[] bytes = reader.nextBytes(); bytes != null; bytes = reader.nextBytes()) {
                JournalRecord record = reader.decode(bytes);
                if (tamperedIndex < 0 && which.test(record)) {
                    tamperedIndex = record.index();
                    bytes = change.apply(bytes);
                }
                writer.writeRaw(bytes);
            }
        }
        assertThat(tamperedIndex).as("a record to tamper with").isNotNegative();
        return tamperedIndex;
    }

    private static byte[] plusOne(byte[] bytes, int offset) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putLong(offset, buffer.getLong(offset) + 1);
        return bytes;
    }
}
