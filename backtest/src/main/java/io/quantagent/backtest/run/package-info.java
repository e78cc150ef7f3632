/**
 * A backtest run as a whole: reading a run's journal into {@link io.quantagent.backtest.metrics.RunData}
 * ({@link io.quantagent.backtest.run.JournalRun}) and writing its summary, trade and equity files and its report.
 */
package io.quantagent.backtest.run;
