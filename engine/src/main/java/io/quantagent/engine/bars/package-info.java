/**
 * Bars: trades to OHLCV bars of any time frame from one second to one day ({@link
 * io.quantagent.engine.bars.BarAggregator}), bars to bars of a higher time frame ({@link
 * io.quantagent.engine.bars.BarResampler}), on a grid aligned to UTC or to a zone's wall clock with a session
 * offset ({@link io.quantagent.engine.bars.BarAlignment}). Allocation-free per tick; closed bars are handed to a
 * primitive {@link io.quantagent.engine.bars.BarListener}.
 */
package io.quantagent.engine.bars;
