package io.quantagent.engine.daemon;

/**
 * Operator commands. Each one enters the pipeline as a journaled input (so a replay of the journal repeats it),
 * through the feed thread, the pipeline's single producer; the call returns once it is queued.
 */
public interface DaemonControl {

    /** Stop opening positions on every instrument (reduce-only) until {@link #resume()}. */
    ControlResult halt(String reason);

    /** Allow new entries again after {@link #halt(String)} (a kill switch tripped by a limit stays as it is). */
    ControlResult resume();

    /** Close every open position at market and cancel working orders; does not halt by itself. */
    ControlResult flatten();

    /**
     * The outcome of a command.
     *
     * @param accepted true when the command was queued into the pipeline
     * @param message what happened, for the operator
     */
    record ControlResult(boolean accepted, String message) {
    }
}
