/**
 * The paper daemon's HTTP service ({@link io.quantagent.engine.daemon.http.HttpService}): a dashboard, the state
 * as JSON and as server-sent events, Prometheus metrics, health, and the token-guarded halt, resume and flatten.
 * It reads the daemon only through {@link io.quantagent.engine.daemon.DaemonView}.
 *
 * <p>The JSON of {@code /api/state} and of each {@code /api/events} event is the
 * {@link io.quantagent.engine.daemon.DaemonSnapshot} record, field for field, under the record components' names:
 * {@code wallTimeMillis, eventTimeMillis, halted, controlEnabled, account{startingCash, cash, equity, realisedPnl,
 * unrealisedPnl, fees, grossExposure, highWaterMark, drawdown}, risk{killSwitch, dailyLossLimitReached, lastEvent},
 * counters{events, bars, decisions, orders, rejections, fills, cancels, faults, malformedMessages, ringRemaining,
 * ringSize}, latency{count, p50Micros, p90Micros, p99Micros, p999Micros, maxMicros}, instruments[{name,
 * candles[{openTimeMillis, closeTimeMillis, open, high, low, close, volume}], orders[{id, timeMillis, side, type,
 * price, quantity, status, detail}], signals[{agent, direction, strength, detail, barTimeMillis}], position,
 * averagePrice, mark, unrealisedPnl}], feeds[{name, kind, state, lastMessageAgeMillis, messages, malformed, gaps,
 * reconnects}]}}. Renaming a component renames the field: the tests pin these names.
 */
package io.quantagent.engine.daemon.http;
