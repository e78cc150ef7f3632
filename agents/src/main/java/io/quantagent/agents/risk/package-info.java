/**
 * The Risk agent: the market risk of the moment (ATR, realised volatility, drawdown, exposure, data
 * staleness), the stop-loss and take-profit levels of a new entry, its size from the risk budget, and vetoes.
 */
package io.quantagent.agents.risk;
