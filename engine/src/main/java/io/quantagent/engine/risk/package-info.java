/**
 * Pre-trade risk: limits every new order must pass (position, notional, price band, order rate) and the
 * conditions that make the account reduce-only (daily loss limit, drawdown kill switch, halted instruments).
 */
package io.quantagent.engine.risk;
