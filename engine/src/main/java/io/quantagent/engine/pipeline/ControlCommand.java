package io.quantagent.engine.pipeline;

/**
 * An operator command carried by a {@link InputKind#CONTROL} input. The codes are part of the journal format:
 * never renumber them.
 */
public enum ControlCommand {
    /** No new entries on any instrument (reduce-only) until {@link #RESUME}. */
    HALT(1),
    /** Lifts an operator halt (an instrument halted by a stage fault stays halted). */
    RESUME(2),
    /** Cancels every working order and closes every position at market; does not halt. */
    FLATTEN(3);

    private static final ControlCommand[] BY_CODE = {null, HALT, RESUME, FLATTEN};

    private final int code;

    ControlCommand(int code) {
        this.code = code;
    }

    /** The journal code. */
    public int code() {
        return code;
    }

    /** The command of a journal code. */
    public static ControlCommand ofCode(int code) {
        if (code <= 0 || code >= BY_CODE.length) {
            throw new IllegalArgumentException("unknown control command code " + code);
        }
        return BY_CODE[code];
    }
}
