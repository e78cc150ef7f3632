package io.quantagent.engine.pipeline;

/**
 * A stage that wraps another, for a {@link StageDecorator}: every call goes to the wrapped stage; a subclass
 * overrides {@link #onEvent} to measure or to hook around it.
 */
public abstract class DelegatingStage implements Stage {

    /** The stage wrapped. */
    protected final Stage delegate;

    /** Wraps {@code delegate}. */
    protected DelegatingStage(Stage delegate) {
        this.delegate = delegate;
    }

    @Override
    public StageId id() {
        return delegate.id();
    }

    @Override
    public void onEvent(MarketEvent event) {
        delegate.onEvent(event);
    }

    @Override
    public void onEndOfBatch() {
        delegate.onEndOfBatch();
    }

    @Override
    public void onStart() {
        delegate.onStart();
    }

    @Override
    public void onShutdown() {
        delegate.onShutdown();
    }
}
