package io.quantagent.engine.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * The limits {@link PreTradeRisk} enforces. A value of 0 disables a check ({@link Long#MAX_VALUE} works too
 * for the {@code long} ones); negative values are refused. Amounts are at
 * {@link io.quantagent.engine.portfolio.Money#DECIMALS}; rates are in basis points (1 bp = 0.01 %).
 *
 * @param instruments per-instrument limits by instrument id; ids past the end of the list have none
 * @param maxTotalNotional the largest gross exposure (sum of absolute position values) an order may lead to
 * @param priceBandBps how far (in bps of the last trade) a limit or stop price may be from the last trade
 * @param maxOrdersPerMinute how many orders may be accepted in any rolling minute of event time (at most
 *     1,000,000; a bracket counts as one)
 * @param dailyLossLimit the loss of equity since the start of the UTC day (realised and unrealised, fees
 *     included) at which the account becomes reduce-only until the next day
 * @param maxDrawdownBps the drawdown of equity from its peak, in bps of the peak (at most 10,000), at which
 *     the kill switch engages and the account becomes reduce-only until reset
 */
public record PreTradeLimits(List<InstrumentLimits> instruments, long maxTotalNotional, long priceBandBps,
        int maxOrdersPerMinute, long dailyLossLimit, long maxDrawdownBps) {

    /** The largest accepted {@link #maxOrdersPerMinute()}: the rate window keeps one timestamp per order. */
    public static final int MAX_ORDERS_PER_MINUTE = 1_000_000;

    /** Every check disabled. */
    public static final PreTradeLimits NONE = new PreTradeLimits(List.of(), 0, 0, 0, 0, 0);

    /**
     * Safe defaults that do not depend on the account's size: a price band of 5 % around the last trade, at
     * most 120 orders a minute, and the kill switch at a 20 % drawdown. Position, notional and daily loss
     * limits depend on the account and are off until configured.
     */
    public static final PreTradeLimits DEFAULT = new PreTradeLimits(List.of(), 0, 500, 120, 0, 2_000);

    public PreTradeLimits {
        instruments = List.copyOf(instruments);
        if (maxTotalNotional < 0 || priceBandBps < 0 || maxOrdersPerMinute < 0 || dailyLossLimit < 0
                || maxDrawdownBps < 0) {
            throw new IllegalArgumentException("pre-trade limits are not negative (0 means no limit)");
        }
        if (maxOrdersPerMinute > MAX_ORDERS_PER_MINUTE) {
            throw new IllegalArgumentException("maxOrdersPerMinute must be at most " + MAX_ORDERS_PER_MINUTE
                    + ", was " + maxOrdersPerMinute);
        }
        if (maxDrawdownBps > 10_000) {
            throw new IllegalArgumentException("maxDrawdownBps must be at most 10000 (100 %), was " + maxDrawdownBps);
        }
    }

    /** The limits of one instrument ({@link InstrumentLimits#NONE} when none were given). */
    public InstrumentLimits instrument(int instrument) {
        return instrument < instruments.size() ? instruments.get(instrument) : InstrumentLimits.NONE;
    }

    /** A copy with the limits of one instrument replaced. */
    public PreTradeLimits withInstrument(int instrument, InstrumentLimits limits) {
        if (instrument < 0) {
            throw new IllegalArgumentException("instrument ids are not negative");
        }
        List<InstrumentLimits> copy = new ArrayList<>(instruments);
        while (copy.size() <= instrument) {
            copy.add(InstrumentLimits.NONE);
        }
        copy.set(instrument, limits);
        return new PreTradeLimits(copy, maxTotalNotional, priceBandBps, maxOrdersPerMinute, dailyLossLimit,
                maxDrawdownBps);
    }

    /** A copy with the same limits for instruments 0 to {@code instrumentCount - 1}. */
    public PreTradeLimits withEveryInstrument(int instrumentCount, InstrumentLimits limits) {
        List<InstrumentLimits> copy = new ArrayList<>(instrumentCount);
        for (int i = 0; i < instrumentCount; i++) {
            copy.add(limits);
        }
        return new PreTradeLimits(copy, maxTotalNotional, priceBandBps, maxOrdersPerMinute, dailyLossLimit,
                maxDrawdownBps);
    }

    /** A copy with another account-wide notional limit. */
    public PreTradeLimits withMaxTotalNotional(long amount) {
        return new PreTradeLimits(instruments, amount, priceBandBps, maxOrdersPerMinute, dailyLossLimit,
                maxDrawdownBps);
    }

    /** A copy with another price band. */
    public PreTradeLimits withPriceBandBps(long bps) {
        return new PreTradeLimits(instruments, maxTotalNotional, bps, maxOrdersPerMinute, dailyLossLimit,
                maxDrawdownBps);
    }

    /** A copy with another order-rate limit. */
    public PreTradeLimits withMaxOrdersPerMinute(int orders) {
        return new PreTradeLimits(instruments, maxTotalNotional, priceBandBps, orders, dailyLossLimit,
                maxDrawdownBps);
    }

    /** A copy with another daily loss limit. */
    public PreTradeLimits withDailyLossLimit(long amount) {
        return new PreTradeLimits(instruments, maxTotalNotional, priceBandBps, maxOrdersPerMinute, amount,
                maxDrawdownBps);
    }

    /** A copy with another kill-switch drawdown. */
    public PreTradeLimits withMaxDrawdownBps(long bps) {
        return new PreTradeLimits(instruments, maxTotalNotional, priceBandBps, maxOrdersPerMinute, dailyLossLimit,
                bps);
    }
}
