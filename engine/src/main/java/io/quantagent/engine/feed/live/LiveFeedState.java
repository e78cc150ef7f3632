package io.quantagent.engine.feed.live;

/** The health of a {@link LiveFeed}'s connection; new entries on its instruments are safe only when {@link #LIVE}. */
public enum LiveFeedState {
    /** The first connection is being opened. */
    CONNECTING,
    /** Connected and subscribed, and a message arrived within the feed's {@code staleAfter}. */
    LIVE,
    /** Connected, but silent for longer than {@code staleAfter}: prices may be out of date. */
    STALE,
    /** The connection was lost (or given up as silent); a new one is scheduled or being opened. */
    RECONNECTING,
    /** Stopped for good. */
    CLOSED;

    /** True only when the feed's prices are current, so that the Risk agent may allow new entries. */
    public boolean acceptsEntries() {
        return this == LIVE;
    }
}
