/**
 * Orders and the paper broker: the simulated venue that fills market, limit, stop and bracket orders against
 * market events in event time, with latency, fees and slippage, and reports everything to an
 * {@link io.quantagent.engine.execution.ExecutionListener}.
 */
package io.quantagent.engine.execution;
