package io.quantagent.engine.feed.live;

/**
 * Told about the health of a {@link LiveFeed}, so that the engine can have the Risk agent veto new entries on
 * the feed's instruments while it is not {@link LiveFeedState#LIVE}. Called on the feed's thread, only when
 * something changes (never per message); implementations must return quickly and must not block.
 */
public interface FeedStatusListener {

    /** Ignores everything. */
    FeedStatusListener NONE = (feed, state, reason) -> {
    };

    /**
     * The feed entered a new state.
     *
     * @param reason what happened, in words, for logs and the dashboard
     */
    void onStatus(LiveFeed feed, LiveFeedState state, String reason);

    /**
     * A new connection is scheduled after a back-off delay.
     *
     * @param attempt 1 for the first attempt after a healthy connection, then 2, 3, ...
     * @param delayNanos the randomised delay before the attempt
     */
    default void onReconnectScheduled(LiveFeed feed, int attempt, long delayNanos) {
    }
}
