package io.quantagent.backtest.metrics;

/**
 * The portfolio's value at one instant, sampled once per bar (at the bar's close time).
 *
 * @param timeNanos when, epoch nanoseconds UTC
 * @param equity cash plus the marked-to-market value of open positions (quote currency)
 * @param cash cash alone (quote currency)
 * @param positionNotional absolute market value of the open positions, summed over instruments (zero when flat)
 */
public record EquityPoint(long timeNanos, double equity, double cash, double positionNotional) {

    /** Checks that the values are finite and the notional is not negative. */
    public EquityPoint {
        if (!Double.isFinite(equity) || !Double.isFinite(cash) || !Double.isFinite(positionNotional)) {
            throw new IllegalArgumentException("equity point at " + timeNanos + " ns has a value that is not a finite number");
        }
        if (positionNotional < 0) {
            throw new IllegalArgumentException("equity point at " + timeNanos + " ns has a negative position notional "
                    + positionNotional + " (it is the absolute value of the open positions)");
        }
    }

    /** True if a position was open at this instant. */
    public boolean inMarket() {
        return positionNotional > 0;
    }
}
