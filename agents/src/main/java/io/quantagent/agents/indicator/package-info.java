/**
 * The Indicator agent: RSI, MACD, Stochastic, ROC and Williams %R computed with ta4j on a bounded bar window,
 * read the paper's way into zones, crossings, a vote and a momentum figure.
 */
package io.quantagent.agents.indicator;
