package io.quantagent.engine.daemon;

/**
 * The paper daemon cannot start or go on: a journal of another configuration, a journal that does not match
 * what the engine makes of its inputs, a feed that cannot be set up. The message says what and what to do.
 */
public final class DaemonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public DaemonException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public DaemonException(String message, Throwable cause) {
        super(message, cause);
    }
}
