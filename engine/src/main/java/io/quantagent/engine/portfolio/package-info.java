/**
 * The account: positions, cash, realised and unrealised PnL, exposure, equity and drawdown, in exact
 * fixed-point arithmetic ({@link io.quantagent.engine.portfolio.Money}).
 */
package io.quantagent.engine.portfolio;
