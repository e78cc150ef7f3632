/**
 * Live public market data from exchanges, without API keys: {@link io.quantagent.engine.feed.live.LiveFeed}
 * connects to Binance spot trade streams or Coinbase Advanced Trade market trades over the JDK's WebSocket
 * client and hands each trade, in fixed point and exchange time, to a
 * {@link io.quantagent.engine.feed.live.LiveTradeHandler}. It runs as an Agrona agent, reconnects with
 * exponential back-off and jitter, reports its health ({@link io.quantagent.engine.feed.live.LiveFeedState},
 * told to a {@link io.quantagent.engine.feed.live.FeedStatusListener}) so that the Risk agent can veto entries
 * while it is stale, reports sequence gaps, and counts malformed messages by
 * {@link io.quantagent.engine.feed.live.MalformedKind} without ever stopping on one.
 */
package io.quantagent.engine.feed.live;
