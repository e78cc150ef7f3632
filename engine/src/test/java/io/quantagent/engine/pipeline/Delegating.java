package io.quantagent.engine.pipeline;

/** Test helper: a stage that runs a hook before delegating every call to the stage it wraps. */
abstract class Delegating extends DelegatingStage {

    Delegating(Stage stage) {
        super(stage);
    }

    /** Runs before the wrapped stage sees the event. */
    abstract void before(MarketEvent event);

    @Override
    public void onEvent(MarketEvent event) {
        before(event);
        delegate.onEvent(event);
    }
}
