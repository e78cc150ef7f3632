package io.quantagent.engine.replay;

import io.quantagent.engine.journal.RecordType;

/**
 * The first record where a replay differs from the journal.
 *
 * @param index the journal index of the record
 * @param expectedType the journal's record type there, or null when the journal has no record there
 * @param actualType the replay's record type there, or null when the replay has no record there
 * @param expected the journal's record as text, or {@code (none)}
 * @param actual the replay's record as text, or {@code (none)}
 */
public record RecordDifference(long index, RecordType expectedType, RecordType actualType, String expected,
        String actual) {

    /** A few lines for a user: where, and both versions of the record. */
    public String describe() {
        String what = expectedType == null ? "the replay has an extra record"
                : actualType == null ? "the replay ends early"
                : expectedType == actualType ? "the " + expectedType + " record differs"
                : "expected a " + expectedType + " record, the replay has a " + actualType;
        return "first difference at record #" + index + ": " + what + "\n  journal: " + expected
                + "\n  replay:  " + actual;
    }
}
