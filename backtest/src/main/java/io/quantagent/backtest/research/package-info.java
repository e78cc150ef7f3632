/**
 * Research over the engine: parameter sweeps ({@link io.quantagent.backtest.research.Sweep}) and walk-forward
 * analysis ({@link io.quantagent.backtest.research.WalkForward}), both running the same pipeline as a backtest
 * once per grid point, and the throughput figures of {@code quantagent speed}
 * ({@link io.quantagent.backtest.research.Throughput}). A grid is a YAML file of configuration keys and value
 * lists ({@link io.quantagent.backtest.research.ParameterGrid}); each point is the base configuration with those
 * keys overridden on its YAML tree and validated by the same loader as every configuration
 * ({@link io.quantagent.backtest.research.GridConfigs}).
 */
package io.quantagent.backtest.research;
