package io.quantagent.engine.replay;

import io.quantagent.engine.journal.RecordType;
import io.quantagent.engine.pipeline.RunSummary;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of replaying a journal.
 *
 * @param recordsCompared records found identical before the first difference (all of them when identical)
 * @param comparedByType those records by type
 * @param firstDifference the first record that differs, or null when the replay is identical
 * @param replay what the replayed run did
 */
public record ReplayResult(long recordsCompared, Map<RecordType, Long> comparedByType,
        RecordDifference firstDifference, RunSummary replay) {

    public ReplayResult {
        comparedByType = Map.copyOf(comparedByType);
    }

    /** Whether every record of the replay equals the journal's, byte for byte, and neither has more. */
    public boolean identical() {
        return firstDifference == null;
    }

    /** The first difference, if any. */
    public Optional<RecordDifference> difference() {
        return Optional.ofNullable(firstDifference);
    }

    /** Records of a type found identical. */
    public long compared(RecordType type) {
        return comparedByType.getOrDefault(type, 0L);
    }
}
