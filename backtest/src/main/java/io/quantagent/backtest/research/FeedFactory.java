package io.quantagent.backtest.research;

import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.feed.Feed;
import io.quantagent.engine.feed.FileFeed;

/** Makes the feed a point runs over, from the point's configuration: a fresh feed for every run. */
@FunctionalInterface
public interface FeedFactory {

    /** A new feed for one run of {@code config}. */
    Feed open(EngineConfig config);

    /** The configuration's data files ({@link FileFeed}). */
    static FeedFactory files() {
        return config -> new FileFeed(config.data());
    }

    /** The feeds of this factory cut to the event-time window {@code [fromNanos, toNanos)}. */
    default FeedFactory window(long fromNanos, long toNanos) {
        return config -> new TimeWindowFeed(open(config), fromNanos, toNanos);
    }
}
