package io.quantagent.engine.config;

import java.math.BigDecimal;

/**
 * Pre-trade risk limits checked on every order (section {@code risk}). Amounts are in the broker's currency.
 *
 * @param maxPositionNotional the largest position in one instrument, valued at the order price, greater than
 *     0; default 100000
 * @param maxTotalNotional the largest sum of all positions, at least {@code maxPositionNotional}; default 100000
 * @param priceBandBps an order priced further than this from the last trade is refused, 1 to 10000 basis
 *     points; default 500 (5 %)
 * @param maxOrdersPerMinute orders beyond this rate (event time) are refused, 1 to 100000; default 60
 * @param dailyLossLimit no new positions for the rest of the UTC day once the day's loss reaches this, greater
 *     than 0; default 5000
 * @param killSwitchDrawdown equity this fraction below its peak halts trading and flattens every position,
 *     greater than 0 and at most 1; default 0.25
 */
public record RiskLimitsConfig(
        BigDecimal maxPositionNotional,
        BigDecimal maxTotalNotional,
        int priceBandBps,
        int maxOrdersPerMinute,
        BigDecimal dailyLossLimit,
        double killSwitchDrawdown) {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e10");

    private static final RiskLimitsConfig DEFAULTS = new RiskLimitsConfig(
            new BigDecimal(100_000), new BigDecimal(100_000), 500, 60, new BigDecimal(5_000), 0.25);

    public RiskLimitsConfig {
        maxPositionNotional = Checks.exact(maxPositionNotional);
        maxTotalNotional = Checks.exact(maxTotalNotional);
        dailyLossLimit = Checks.exact(dailyLossLimit);
        Checks checks = new Checks()
                .aboveAtMost("maxPositionNotional", maxPositionNotional, BigDecimal.ZERO, MAX_AMOUNT)
                .aboveAtMost("maxTotalNotional", maxTotalNotional, BigDecimal.ZERO, MAX_AMOUNT)
                .between("priceBandBps", priceBandBps, 1, 10_000)
                .between("maxOrdersPerMinute", maxOrdersPerMinute, 1, 100_000)
                .aboveAtMost("dailyLossLimit", dailyLossLimit, BigDecimal.ZERO, MAX_AMOUNT)
                .aboveAtMost("killSwitchDrawdown", killSwitchDrawdown, 0, 1);
        if (maxPositionNotional != null && maxTotalNotional != null) {
            checks.require(maxTotalNotional.compareTo(maxPositionNotional) >= 0, "maxTotalNotional",
                    "must be at least maxPositionNotional (" + Checks.text(maxPositionNotional) + "), was "
                            + Checks.text(maxTotalNotional));
        }
        checks.done();
    }

    /** 100000 per position and in total, 5 % price band, 60 orders a minute, 5000 daily loss, kill switch at 25 %. */
    public static RiskLimitsConfig defaults() {
        return DEFAULTS;
    }
}
