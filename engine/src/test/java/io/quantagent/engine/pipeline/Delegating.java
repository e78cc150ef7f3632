package io.quantagent.engine.pipeline;

/** Test helper: a stage that runs a hook before delegating every call to the stage it wraps. */
abstract class Delegating implements Stage {

    private final Stage stage;

    Delegating(Stage stage) {
        this.stage = stage;
    }

    /** Runs before the wrapped stage sees the event. */
    abstract void before(MarketEvent event);

    @Override
    public StageId id() {
        return stage.id();
    }

    @Override
    public void onEvent(MarketEvent event) {
        before(event);
        stage.onEvent(event);
    }

    @Override
    public void onEndOfBatch() {
        stage.onEndOfBatch();
    }

    @Override
    public void onStart() {
        stage.onStart();
    }

    @Override
    public void onShutdown() {
        stage.onShutdown();
    }
}
