package io.quantagent.engine.pipeline;

import io.quantagent.engine.data.FixedPoint;
import io.quantagent.engine.data.Scales;
import io.quantagent.engine.portfolio.Money;
import java.math.RoundingMode;

/**
 * The size of a new position, in exact fixed-point arithmetic: the quantity whose loss at the stop is the risk
 * fraction of equity, capped so that the position's value stays within the exposure left (maximum exposure x
 * equity minus the gross exposure held) and within the per-position notional limit; floored to whole quantity
 * units. Fractions are held in millionths.
 */
final class PositionSizer {

    private static final long MILLION = 1_000_000;

    private final long riskPpm;
    private final long exposurePpm;
    private final long maxPositionNotional;

    /**
     * @param riskFraction equity lost if the stop is hit, in (0, 1]
     * @param maxExposure gross exposure limit as a fraction of equity
     * @param maxPositionNotional the largest value of one position, an amount at {@link Money#DECIMALS}
     */
    PositionSizer(double riskFraction, double maxExposure, long maxPositionNotional) {
        this.riskPpm = Math.round(riskFraction * MILLION);
        this.exposurePpm = Math.round(maxExposure * MILLION);
        this.maxPositionNotional = maxPositionNotional;
    }

    /**
     * The quantity to buy or sell (0 when none), at the instrument's quantity scale.
     *
     * @param equity the account's equity now
     * @param grossExposure the sum of the absolute values of the positions held
     * @param entry the reference entry price (positive)
     * @param stopDistance the distance from entry to stop-loss (positive)
     */
    long size(long equity, long grossExposure, long entry, long stopDistance, Scales scales) {
        if (equity <= 0 || entry <= 0 || stopDistance <= 0) {
            return 0;
        }
        long riskAmount = Money.mulDiv(equity, riskPpm, MILLION, RoundingMode.FLOOR);
        long byRisk = quantityWorth(riskAmount, stopDistance, scales);
        long room = Money.mulDivOrOverflow(equity, exposurePpm, MILLION, RoundingMode.FLOOR);
        room = room == Money.OVERFLOW ? Long.MAX_VALUE : room - grossExposure;
        long cap = Math.min(room, maxPositionNotional);
        if (cap <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(byRisk, quantityWorth(cap, entry, scales)));
    }

    /** The largest quantity whose value at {@code price} is at most {@code amount}. */
    private static long quantityWorth(long amount, long price, Scales scales) {
        int shift = scales.priceDecimals() + scales.quantityDecimals() - Money.DECIMALS;
        long quantity;
        if (shift >= 0) {
            quantity = Money.mulDivOrOverflow(amount, FixedPoint.pow10(shift), price, RoundingMode.FLOOR);
        } else {
            long divisor = Money.mulDivOrOverflow(price, FixedPoint.pow10(-shift), 1, RoundingMode.UNNECESSARY);
            quantity = divisor == Money.OVERFLOW ? 0 : Money.mulDivOrOverflow(amount, 1, divisor, RoundingMode.FLOOR);
        }
        return quantity == Money.OVERFLOW ? Long.MAX_VALUE : quantity;
    }
}
