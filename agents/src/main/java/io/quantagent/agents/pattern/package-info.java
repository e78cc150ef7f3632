/**
 * The Pattern agent: the QuantAgent paper's chart patterns (and the bearish mirrors of its reversal patterns),
 * found on the last bars by geometric rules over swing points, least-squares lines and a quadratic fit.
 *
 * <p>{@link io.quantagent.agents.pattern.PatternAgent} is the entry point; {@link
 * io.quantagent.agents.pattern.ChartPattern} documents the rule of every pattern.
 */
package io.quantagent.agents.pattern;
