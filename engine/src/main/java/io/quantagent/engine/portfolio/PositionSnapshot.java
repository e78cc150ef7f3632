package io.quantagent.engine.portfolio;

/**
 * The accounts of one instrument at one moment, copied out of a {@link Portfolio} for reports and
 * comparisons (value equality). Prices and quantities at the instrument's scales, amounts at
 * {@link Money#DECIMALS}.
 *
 * @param instrument the instrument id
 * @param position the signed quantity held
 * @param averagePrice the average entry price of the open position (zero when flat)
 * @param costBasis the signed amount paid for the open position (negative for a short: received)
 * @param realisedPnl the profit or loss booked by closing trades, before fees
 * @param unrealisedPnl marked value minus cost basis
 * @param fees the fees paid on this instrument
 * @param markPrice the last mark (zero before any)
 * @param markedValue the position valued at the mark (signed)
 */
public record PositionSnapshot(int instrument, long position, long averagePrice, long costBasis, long realisedPnl,
        long unrealisedPnl, long fees, long markPrice, long markedValue) {
}
