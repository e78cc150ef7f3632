/**
 * The aggregator's fusion rule: the paper's decision (agreement of the Indicator, Pattern and Trend reports;
 * when they disagree, the stronger and more recent momentum; failing that, the trend slope), shaped and
 * possibly vetoed by the Risk agent, with every agent's readings kept as the justification.
 */
package io.quantagent.agents.fusion;
