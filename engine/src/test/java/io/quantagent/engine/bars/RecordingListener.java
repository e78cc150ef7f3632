package io.quantagent.engine.bars;

import java.util.ArrayList;
import java.util.List;

/** Test listener: keeps a copy of every bar, the event that was being processed when it came, and onTime calls. */
final class RecordingListener implements BarListener {

    final List<Bar> bars = new ArrayList<>();
    final List<Integer> emittedAtEvent = new ArrayList<>();
    final List<Long> times = new ArrayList<>();
    /** Set by a test before each input event, so each bar can be traced to the event that released it. */
    int currentEvent;

    @Override
    public void onBar(long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close,
            long volume, long tradeCount) {
        bars.add(new Bar().set(openTimeNanos, closeTimeNanos, open, high, low, close, volume, tradeCount));
        emittedAtEvent.add(currentEvent);
    }

    @Override
    public void onTime(long timeNanos) {
        times.add(timeNanos);
    }

    Bar last() {
        return bars.get(bars.size() - 1);
    }
}
