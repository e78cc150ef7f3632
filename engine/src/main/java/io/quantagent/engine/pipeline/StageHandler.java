package io.quantagent.engine.pipeline;

import com.lmax.disruptor.EventHandler;

/**
 * A Disruptor handler that runs stages in order on its thread: one stage in the parallel topology, all of them
 * in the sequential one. Each stage runs under its {@link StageGuard}; {@code endOfBatch} is passed on so that
 * I/O is flushed once per batch.
 */
final class StageHandler implements EventHandler<MarketEvent> {

    private final StageGuard[] guards;

    StageHandler(StageGuard... guards) {
        this.guards = guards.clone();
    }

    @Override
    public void onEvent(MarketEvent event, long sequence, boolean endOfBatch) {
        StageGuard[] g = guards;
        for (int i = 0; i < g.length; i++) {
            g[i].run(event);
        }
        if (endOfBatch) {
            for (int i = 0; i < g.length; i++) {
                g[i].stage().onEndOfBatch();
            }
        }
    }

    @Override
    public void onStart() {
        for (StageGuard guard : guards) {
            guard.stage().onStart();
        }
    }

    @Override
    public void onShutdown() {
        for (StageGuard guard : guards) {
            guard.stage().onShutdown();
        }
    }
}
