package io.quantagent.backtest.metrics;

import io.quantagent.engine.execution.Side;

/**
 * One closed round trip: a position opened by a fill and closed by the fill that flattened it.
 *
 * <p>Money is in the quote currency. {@code netPnl} is {@code grossPnl - fees} (checked to a relative 1e-9, the
 * rounding of converting the engine's fixed-point values to doubles); fees are positive when paid.
 *
 * @param instrument the instrument traded
 * @param side the side of the entry: {@link Side#BUY} for a long trade, {@link Side#SELL} for a short one
 * @param entryTimeNanos time of the entry fill, epoch nanoseconds UTC
 * @param entryPrice average entry fill price
 * @param exitTimeNanos time of the exit fill, epoch nanoseconds UTC
 * @param exitPrice average exit fill price
 * @param quantity size of the position, positive
 * @param stopPrice the protective stop of the bracket that opened it, or NaN if it had none
 * @param targetPrice the take-profit target of the bracket that opened it, or NaN if it had none
 * @param grossPnl profit before fees: {@code side.sign() * quantity * (exitPrice - entryPrice)}
 * @param fees fees paid on the entry and the exit
 * @param netPnl profit after fees
 * @param exitReason why it was closed
 */
public record TradeRecord(
        String instrument,
        Side side,
        long entryTimeNanos,
        double entryPrice,
        long exitTimeNanos,
        double exitPrice,
        double quantity,
        double stopPrice,
        double targetPrice,
        double grossPnl,
        double fees,
        double netPnl,
        ExitReason exitReason) {

    private static final double RELATIVE_TOLERANCE = 1e-9;

    /** Checks the fields and that net = gross - fees. */
    public TradeRecord {
        if (instrument == null || side == null || exitReason == null) {
            throw new IllegalArgumentException("a trade needs an instrument, a side and an exit reason");
        }
        if (!(entryPrice > 0) || !(exitPrice > 0) || !Double.isFinite(entryPrice) || !Double.isFinite(exitPrice)) {
            throw new IllegalArgumentException(instrument + " trade: prices must be positive and finite, were "
                    + entryPrice + " and " + exitPrice);
        }
        if (!(quantity > 0) || !Double.isFinite(quantity)) {
            throw new IllegalArgumentException(instrument + " trade: quantity must be positive and finite, was " + quantity);
        }
        if (exitTimeNanos < entryTimeNanos) {
            throw new IllegalArgumentException(instrument + " trade: exit at " + exitTimeNanos
                    + " ns is before entry at " + entryTimeNanos + " ns");
        }
        if (!Double.isFinite(grossPnl) || !Double.isFinite(fees) || !Double.isFinite(netPnl)) {
            throw new IllegalArgumentException(instrument + " trade: PnL and fees must be finite numbers");
        }
        double scale = Math.max(1.0, Math.abs(grossPnl) + Math.abs(fees));
        if (Math.abs(grossPnl - fees - netPnl) > RELATIVE_TOLERANCE * scale) {
            throw new IllegalArgumentException(instrument + " trade: net PnL " + netPnl + " is not gross PnL " + grossPnl
                    + " minus fees " + fees);
        }
    }

    /** True for a long trade (bought first). */
    public boolean isLong() {
        return side == Side.BUY;
    }

    /** Quantity times entry price: the capital the position tied up at entry. */
    public double entryNotional() {
        return quantity * entryPrice;
    }

    /** Notional traded on both legs: quantity times (entry price + exit price). */
    public double tradedNotional() {
        return quantity * (entryPrice + exitPrice);
    }

    /** Net PnL over the entry notional. */
    public double netReturn() {
        return netPnl / entryNotional();
    }
}
