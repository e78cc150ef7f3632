/**
 * Performance metrics of a backtest run, every definition in one place ({@link
 * io.quantagent.backtest.metrics.PerformanceMetrics}), computed from plain immutable records of the run
 * ({@link io.quantagent.backtest.metrics.RunData}). Money values here are {@code double}s in the quote currency:
 * this is analytics, filled from the engine's exact fixed-point accounting.
 */
package io.quantagent.backtest.metrics;
