package io.quantagent.engine.daemon;

import io.quantagent.engine.feed.live.FeedStatusListener;
import io.quantagent.engine.feed.live.LiveFeed;
import io.quantagent.engine.feed.live.LiveFeedState;
import io.quantagent.engine.feed.live.LiveTradeHandler;
import io.quantagent.engine.pipeline.InputKind;
import io.quantagent.engine.pipeline.Publisher;

/**
 * Connects a live feed to the pipeline, on the feed thread (the pipeline's single producer): its trades are
 * published as they come, and its health becomes journaled FEED_STATUS inputs, one per instrument, when it
 * changes whether new entries are safe. Stale goes in at once. Live again goes in right after the first trade that
 * follows: the bar that trade closes was built across the silence, so an entry on it is vetoed too; entries are
 * allowed again from the next one. A restarted daemon starts from the states its journal left.
 */
final class LiveFeedBridge implements LiveTradeHandler, FeedStatusListener {

    private final Publisher publisher;
    private final boolean[] stale;
    private final boolean[] liveAfterTrade;
    private volatile long lastTradeNanos = Long.MIN_VALUE;

    /**
     * A bridge for the instruments of one feed.
     *
     * @param stale per engine instrument id, whether the journal's last FEED_STATUS says stale (shared by every
     *     bridge: one feed thread)
     */
    LiveFeedBridge(Publisher publisher, boolean[] stale) {
        this.publisher = publisher;
        this.stale = stale;
        this.liveAfterTrade = new boolean[stale.length];
    }

    @Override
    public void onTrade(int instrument, long timeNanos, long price, long quantity, long exchangeSequence) {
        publisher.trade(instrument, timeNanos, price, quantity);
        lastTradeNanos = System.nanoTime();
        if (liveAfterTrade[instrument]) {
            liveAfterTrade[instrument] = false;
            stale[instrument] = false;
            publisher.feedStatus(instrument, publisher.lastTimeNanos(), InputKind.FEED_LIVE);
        }
    }

    @Override
    public void onGap(int instrument, long expected, long received) {
        // counted and logged by the feed; the dashboard shows the count
    }

    @Override
    public void onStatus(LiveFeed feed, LiveFeedState state, String reason) {
        boolean safe = state.acceptsEntries();
        for (var instrument : feed.instruments()) {
            int id = instrument.id();
            if (safe) {
                liveAfterTrade[id] = stale[id];
            } else {
                liveAfterTrade[id] = false;
                if (!stale[id]) {
                    stale[id] = true;
                    publisher.feedStatus(id, publisher.lastTimeNanos(), InputKind.FEED_STALE);
                }
            }
        }
    }

    /** The local {@link System#nanoTime()} of the last trade, {@link Long#MIN_VALUE} before the first (any thread). */
    long lastTradeNanos() {
        return lastTradeNanos;
    }
}
