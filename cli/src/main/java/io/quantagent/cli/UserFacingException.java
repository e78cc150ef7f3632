package io.quantagent.cli;

/** A failure whose message is complete for the user (file and line, or the key): printed without a stack trace. */
public final class UserFacingException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public UserFacingException(String message) {
        this(message, QuantAgentCommand.EXIT_INPUT_ERROR);
    }

    public UserFacingException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The process exit code this failure maps to. */
    public int exitCode() {
        return exitCode;
    }
}
