package io.quantagent.engine.feed;

import java.util.ArrayList;
import java.util.List;

/** Test helper: records every event a feed pushes, as text. */
final class RecordingSink implements FeedSink {

    final List<String> events = new ArrayList<>();

    @Override
    public void trade(int instrument, long timeNanos, long price, long quantity) {
        events.add("T " + instrument + " " + timeNanos + " " + price + " " + quantity);
    }

    @Override
    public void bar(int instrument, long openTimeNanos, long closeTimeNanos, long open, long high, long low,
            long close, long volume) {
        events.add("B " + instrument + " " + openTimeNanos + " " + closeTimeNanos + " " + open + " " + high + " "
                + low + " " + close + " " + volume);
    }

    @Override
    public void quote(int instrument, long timeNanos, long bid, long bidQuantity, long ask, long askQuantity) {
        events.add("Q " + instrument + " " + timeNanos);
    }
}
