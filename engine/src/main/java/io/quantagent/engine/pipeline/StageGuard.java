package io.quantagent.engine.pipeline;

/**
 * Runs a stage on one event and turns an exception into a fault of that stage on that event's instrument, so a
 * failing stage never stalls the ring: the fault section says what happened, the execution stage halts the
 * instrument (reduce-only), the journal records it, and every other instrument goes on. After a fault the stage
 * is skipped for that instrument ({@link FaultSection#QUARANTINED}), except the execution stage, which must keep
 * matching the instrument's stops and targets. An unguarded stage (the journal) lets exceptions through: losing
 * the journal is fatal to the run.
 */
final class StageGuard {

    private final Stage stage;
    private final StageId id;
    private final boolean guarded;
    private final boolean quarantines;
    private final boolean[] quarantined;
    private long faults;

    private StageGuard(Stage stage, int instruments, boolean guarded) {
        this.stage = stage;
        this.id = stage.id();
        this.guarded = guarded;
        this.quarantines = id != StageId.EXECUTION;
        this.quarantined = new boolean[instruments];
    }

    /** A guard that records a stage's exceptions as faults. */
    static StageGuard guarding(Stage stage, int instruments) {
        return new StageGuard(stage, instruments, true);
    }

    /** A guard that lets exceptions through (for the journal). */
    static StageGuard unguarded(Stage stage) {
        return new StageGuard(stage, 0, false);
    }

    void run(MarketEvent event) {
        if (!guarded) {
            stage.onEvent(event);
            return;
        }
        int instrument = event.input.instrument;
        FaultSection faultSection = event.faults;
        if (quarantined[instrument]) {
            faultSection.set(id, FaultSection.QUARANTINED, null);
            return;
        }
        faultSection.set(id, FaultSection.OK, null);
        try {
            stage.onEvent(event);
        } catch (RuntimeException e) {
            faults++;
            quarantined[instrument] = quarantines;
            faultSection.set(id, FaultSection.FAULT, describe(e));
        }
    }

    Stage stage() {
        return stage;
    }

    /** How many faults this stage had. */
    long faults() {
        return faults;
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
    }
}
