package io.quantagent.engine.replay;

import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.journal.JournalReader;
import io.quantagent.engine.journal.JournalRecord;
import io.quantagent.engine.journal.RecordType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells why an order was placed, from the journal alone: the order (and its bracket), the bar whose close led to
 * it, each agent's readings at that moment, the fusion step that decided, what the execution stage made of the
 * decision (with its sizing), the pre-trade checks the order passed (or the one it failed), and what became of it.
 */
public final class OrderExplainer {

    private OrderExplainer() {
    }

    /**
     * The explanation of order {@code orderId} (an entry, a bracket's stop-loss or take-profit, or a closing
     * order).
     *
     * @throws IllegalArgumentException if the journal has no such order
     */
    public static String explain(Path journalDir, long orderId) {
        try (JournalReader reader = JournalReader.open(journalDir)) {
            EngineConfig config = reader.header().config();
            List<JournalRecord> event = new ArrayList<>();
            JournalRecord record;
            while ((record = reader.next()) != null) {
                if (event.isEmpty() || event.get(0).inputSequence() != record.inputSequence()) {
                    event.clear();
                }
                event.add(record);
                if (isOrder(record, orderId)) {
                    readRestOfEvent(reader, event);
                    return new OrderExplanation(config, orderId, event, record).text(reader);
                }
            }
        }
        throw new IllegalArgumentException("the journal in " + journalDir + " has no order " + orderId);
    }

    private static boolean isOrder(JournalRecord record, long orderId) {
        return (record.type() == RecordType.ORDER || record.type() == RecordType.REJECT)
                && Long.toString(orderId).equals(record.value("order"));
    }

    /** Reads the remaining records of the current event; the first record of the next one is kept aside. */
    private static void readRestOfEvent(JournalReader reader, List<JournalRecord> event) {
        long sequence = event.get(0).inputSequence();
        JournalRecord record;
        while ((record = reader.next()) != null) {
            if (record.inputSequence() != sequence) {
                event.add(record);
                return;
            }
            event.add(record);
        }
    }
}
