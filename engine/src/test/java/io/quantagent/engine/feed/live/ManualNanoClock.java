package io.quantagent.engine.feed.live;

import java.util.concurrent.atomic.AtomicLong;
import org.agrona.concurrent.NanoClock;

/** A clock that moves only when the test says, so that silence and back-off are judged deterministically. */
final class ManualNanoClock implements NanoClock {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Override
    public long nanoTime() {
        return now.get();
    }

    void advanceNanos(long nanos) {
        now.addAndGet(nanos);
    }

    void advanceMillis(long millis) {
        advanceNanos(millis * 1_000_000L);
    }
}
