package io.quantagent.engine.feed;

import io.quantagent.engine.data.MarketDataHandler;

/** Forwards a reader's rows to a feed sink under one instrument id (no allocation per row). */
final class InstrumentHandler implements MarketDataHandler {

    private final int instrument;
    private final FeedSink sink;

    InstrumentHandler(int instrument, FeedSink sink) {
        this.instrument = instrument;
        this.sink = sink;
    }

    @Override
    public void onTrade(long timeNanos, long price, long quantity) {
        sink.trade(instrument, timeNanos, price, quantity);
    }

    @Override
    public void onBar(long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close,
            long volume) {
        sink.bar(instrument, openTimeNanos, closeTimeNanos, open, high, low, close, volume);
    }
}
