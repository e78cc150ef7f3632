/**
 * The backtest report: one self-contained {@code report.html} (ECharts from its WebJar inlined, the data as an
 * inline JSON block) that opens offline in any browser.
 */
package io.quantagent.backtest.report;
