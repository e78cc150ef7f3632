package io.quantagent.engine.pipeline;

/**
 * Which stages failed on this event. Each stage's entry is written by that stage's guard only (so parallel
 * stages never write the same entry), before the stage runs: {@link #OK}, {@link #FAULT} when the stage threw
 * on this event, or {@link #QUARANTINED} when it threw earlier on this event's instrument and is skipped from
 * then on. A stage's section is valid only when its entry is {@link #OK}.
 */
public final class FaultSection {

    /** The stage ran normally. */
    public static final byte OK = 0;
    /** The stage threw on this event. */
    public static final byte FAULT = 1;
    /** The stage was skipped: it threw earlier on this instrument. */
    public static final byte QUARANTINED = 2;

    private static final int STAGES = StageId.values().length;

    private final byte[] state = new byte[STAGES];
    private final String[] message = new String[STAGES];

    void set(StageId stage, byte stageState, String text) {
        state[stage.ordinal()] = stageState;
        message[stage.ordinal()] = text;
    }

    /** The state of a stage on this event. */
    public byte state(StageId stage) {
        return state[stage.ordinal()];
    }

    /** Whether a stage ran normally on this event. */
    public boolean ok(StageId stage) {
        return state[stage.ordinal()] == OK;
    }

    /** Whether a stage threw on this event. */
    public boolean faulted(StageId stage) {
        return state[stage.ordinal()] == FAULT;
    }

    /** What a faulted stage threw (its class and message); null otherwise. */
    public String message(StageId stage) {
        return message[stage.ordinal()];
    }
}
