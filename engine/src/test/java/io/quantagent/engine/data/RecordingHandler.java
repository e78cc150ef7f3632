package io.quantagent.engine.data;

import java.util.ArrayList;
import java.util.List;

/** Keeps every row it is handed, for assertions. */
final class RecordingHandler implements MarketDataHandler {

    record Bar(long openTime, long closeTime, long open, long high, long low, long close, long volume) {
    }

    record Trade(long time, long price, long quantity) {
    }

    final List<Bar> bars = new ArrayList<>();
    final List<Trade> trades = new ArrayList<>();

    @Override
    public void onTrade(long timeNanos, long price, long quantity) {
        trades.add(new Trade(timeNanos, price, quantity));
    }

    @Override
    public void onBar(long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close, long volume) {
        bars.add(new Bar(openTimeNanos, closeTimeNanos, open, high, low, close, volume));
    }
}
