/**
 * Where market events come from: a {@link io.quantagent.engine.feed.Feed} pushes trades, bars and quotes of its
 * {@link io.quantagent.engine.feed.Instrument instruments} into a {@link io.quantagent.engine.feed.FeedSink} (the
 * pipeline's publisher) in event-time order. {@link io.quantagent.engine.feed.FileFeed} reads the configured data
 * files (merging several by event time); {@link io.quantagent.engine.feed.SyntheticFeed} makes seeded random-walk
 * ticks for speed and latency runs.
 */
package io.quantagent.engine.feed;
