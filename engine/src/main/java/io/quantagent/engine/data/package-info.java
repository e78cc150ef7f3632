/**
 * Market data as it enters the engine: the {@link io.quantagent.engine.data.MarketDataHandler} callbacks,
 * fixed-point values ({@link io.quantagent.engine.data.FixedPoint}, {@link io.quantagent.engine.data.Scales}),
 * and the streaming file readers.
 *
 * <p>{@link io.quantagent.engine.data.MarketDataReader} turns a CSV file (QuantAgent benchmark windows,
 * OHLCV, trades, Binance kline and trade dumps; see {@link io.quantagent.engine.data.MarketDataFormat}) into
 * handler calls in constant memory, validating every row; {@link io.quantagent.engine.data.ReadOptions} says
 * how, and {@link io.quantagent.engine.data.ReadSummary} what happened.
 * {@link io.quantagent.engine.data.DataInspector} describes a whole file (time range, interval, gaps,
 * anomalies) for {@code quantagent data inspect}.
 */
package io.quantagent.engine.data;
