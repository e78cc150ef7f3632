package io.quantagent.engine.feed.live;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link LiveFeed} connects and judges its health.
 *
 * @param endpoint the WebSocket address to use instead of the exchange's ({@code ws://} or {@code wss://}), or
 *     {@code null} for the exchange's own; for Binance, an address without a path gets the combined-stream path
 *     of the subscribed symbols appended, one with a path is used as it is (a raw stream, {@code /ws/btcusdt@trade})
 * @param staleAfter silence (no well-formed message) after which the feed is {@link LiveFeedState#STALE}
 * @param reconnectAfterSilence silence after which the connection is given up and a new one opened; at least
 *     {@code staleAfter}
 * @param backoffBase the ceiling of the first reconnect delay; each further attempt doubles it
 * @param backoffCap the largest ceiling of a reconnect delay
 * @param backoffResetAfter how long a feed must stay {@link LiveFeedState#LIVE} before attempts count from 1 again
 * @param connectTimeout how long opening a connection (TCP, TLS and WebSocket handshake) may take
 * @param queueCapacity how many received messages may wait for the feed's thread; when full, no more are read
 *     from the socket until it drains (WebSocket flow control), so none is ever dropped
 * @param maxMessageChars the longest message accepted; longer ones are counted as {@link MalformedKind#OVERSIZED}
 */
public record LiveFeedSettings(
        URI endpoint,
        Duration staleAfter,
        Duration reconnectAfterSilence,
        Duration backoffBase,
        Duration backoffCap,
        Duration backoffResetAfter,
        Duration connectTimeout,
        int queueCapacity,
        int maxMessageChars) {

    private static final LiveFeedSettings DEFAULTS = new LiveFeedSettings(null, Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofSeconds(10), 1024, 1 << 20);

    public LiveFeedSettings {
        if (endpoint != null) {
            String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("ws") && !scheme.equals("wss") || endpoint.getHost() == null) {
                throw new IllegalArgumentException("endpoint must be a ws:// or wss:// address, was " + endpoint);
            }
        }
        positive("staleAfter", staleAfter);
        positive("reconnectAfterSilence", reconnectAfterSilence);
        positive("backoffBase", backoffBase);
        positive("backoffCap", backoffCap);
        positive("backoffResetAfter", backoffResetAfter);
        positive("connectTimeout", connectTimeout);
        if (reconnectAfterSilence.compareTo(staleAfter) < 0) {
            throw new IllegalArgumentException("reconnectAfterSilence (" + reconnectAfterSilence
                    + ") must be at least staleAfter (" + staleAfter + ")");
        }
        if (backoffCap.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("backoffCap (" + backoffCap + ") must be at least backoffBase ("
                    + backoffBase + ")");
        }
        if (queueCapacity < 2 || queueCapacity > 1 << 20) {
            throw new IllegalArgumentException("queueCapacity must be in [2, 1048576], was " + queueCapacity);
        }
        if (maxMessageChars < 1024) {
            throw new IllegalArgumentException("maxMessageChars must be at least 1024, was " + maxMessageChars);
        }
    }

    /**
     * The exchange's own endpoint; stale after 10 s of silence, reconnect after 30 s; back-off from 500 ms
     * doubling to 30 s, reset after a minute live; 10 s to connect; 1024 queued messages of up to 1 MiB.
     */
    public static LiveFeedSettings defaults() {
        return DEFAULTS;
    }

    /** These settings with another endpoint ({@code null}: the exchange's). */
    public LiveFeedSettings withEndpoint(URI newEndpoint) {
        return new LiveFeedSettings(newEndpoint, staleAfter, reconnectAfterSilence, backoffBase, backoffCap,
                backoffResetAfter, connectTimeout, queueCapacity, maxMessageChars);
    }

    /** These settings with other silence limits. */
    public LiveFeedSettings withSilence(Duration newStaleAfter, Duration newReconnectAfterSilence) {
        return new LiveFeedSettings(endpoint, newStaleAfter, newReconnectAfterSilence, backoffBase, backoffCap,
                backoffResetAfter, connectTimeout, queueCapacity, maxMessageChars);
    }

    /** These settings with another reconnect back-off. */
    public LiveFeedSettings withBackoff(Duration newBase, Duration newCap, Duration newResetAfter) {
        return new LiveFeedSettings(endpoint, staleAfter, reconnectAfterSilence, newBase, newCap, newResetAfter,
                connectTimeout, queueCapacity, maxMessageChars);
    }

    /** These settings with another connect timeout. */
    public LiveFeedSettings withConnectTimeout(Duration newConnectTimeout) {
        return new LiveFeedSettings(endpoint, staleAfter, reconnectAfterSilence, backoffBase, backoffCap,
                backoffResetAfter, newConnectTimeout, queueCapacity, maxMessageChars);
    }

    /** These settings with another queue capacity. */
    public LiveFeedSettings withQueueCapacity(int newQueueCapacity) {
        return new LiveFeedSettings(endpoint, staleAfter, reconnectAfterSilence, backoffBase, backoffCap,
                backoffResetAfter, connectTimeout, newQueueCapacity, maxMessageChars);
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
