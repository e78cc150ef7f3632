/**
 * The Trend agent: the paper's support and resistance trendlines over the last bars (close-based and
 * high/low-based), the channel they form, breakouts, and whether the market goes up, down or sideways.
 */
package io.quantagent.agents.trend;
