/**
 * What a backtest is compared with: buy-and-hold, seeded random entries through the same engine pipeline, and a
 * classic ta4j strategy run by ta4j itself. Each is a {@link io.quantagent.backtest.metrics.RunData}, so the same
 * metrics and report apply.
 */
package io.quantagent.backtest.baseline;
