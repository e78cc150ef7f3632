package io.quantagent.engine.data;

/**
 * A row (or a whole file) a reader could not accept. The message is complete for the user:
 * {@code file:line: reason}; print it as it is, without a stack trace.
 */
public final class BadRowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final RowProblem problem;
    private final String reason;

    /** A rejection of line {@code line} (1-based) of {@code file}. */
    public BadRowException(String file, long line, RowProblem problem, String reason) {
        super(file + ":" + line + ": " + reason, null, false, false);
        this.file = file;
        this.line = line;
        this.problem = problem;
        this.reason = reason;
    }

    /** The file as the reader was given it. */
    public String file() {
        return file;
    }

    /** The 1-based line number. */
    public long line() {
        return line;
    }

    /** The kind of problem. */
    public RowProblem problem() {
        return problem;
    }

    /** The reason alone, without file and line. */
    public String reason() {
        return reason;
    }
}
