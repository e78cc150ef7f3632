package io.quantagent.engine.journal;

/**
 * A resumed journal does not match what the engine makes of its inputs: the journal was written by another
 * configuration, engine version or data. The message names the record and shows both versions.
 */
public final class JournalMismatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A mismatch described by {@code message}. */
    public JournalMismatchException(String message) {
        super(message);
    }
}
