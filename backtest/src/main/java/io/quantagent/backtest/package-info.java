/** backtest module. */
package io.quantagent.backtest;
