package io.quantagent.backtest.research;

import java.util.List;

/**
 * A sweep or walk-forward that cannot go on, with a message complete for the user: the file and line, or the key,
 * and what to do. Several problems are one per line.
 */
public final class ResearchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One problem. */
    public ResearchException(String message) {
        super(message);
    }

    /** One problem caused by another failure (an I/O error, a configuration problem). */
    public ResearchException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Several problems, one per line. */
    public ResearchException(List<String> problems) {
        super(String.join("\n", problems));
    }
}
