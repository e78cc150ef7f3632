package io.quantagent.engine.execution;

import java.math.BigDecimal;

/**
 * Costs and timing of the simulated venue.
 *
 * <p>Rates are in hundredths of a basis point ("centi-bps", 1,000,000 = 100 %): a fee of 7.5 bps is 750. A fee
 * is {@code |fill amount| x feeCentiBps / 1,000,000}, rounded up to the unit of account. Slippage moves the
 * price of market and stop fills against the trader by {@code price x slippageCentiBps / 1,000,000} (rounded
 * up to the price unit) plus {@code slippageTicks} ticks of the instrument; the two add up, usually one is
 * zero. Limit fills have no slippage.
 *
 * @param latencyNanos event time between a decision (submit or cancel) and its arrival at the venue
 * @param feeCentiBps the fee rate on every fill
 * @param slippageCentiBps slippage as a rate of the price
 * @param slippageTicks slippage in ticks
 * @param maxOpenOrders the size of the order pool: how many orders may be open at once (3 to 1,048,576)
 */
public record ExecutionConfig(long latencyNanos, long feeCentiBps, long slippageCentiBps, long slippageTicks,
        int maxOpenOrders) {

    /** One hundred percent in centi-bps. */
    public static final long CENTI_BPS_PER_ONE = 1_000_000;

    /** The largest accepted {@link #maxOpenOrders()}. */
    public static final int MAX_OPEN_ORDERS = 1 << 20;

    /** No latency, no fees, no slippage, 1,024 open orders: for tests and idealised runs. */
    public static final ExecutionConfig FRICTIONLESS = new ExecutionConfig(0, 0, 0, 0, 1_024);

    public ExecutionConfig {
        if (latencyNanos < 0 || feeCentiBps < 0 || slippageCentiBps < 0 || slippageTicks < 0) {
            throw new IllegalArgumentException("latency, fee and slippage are not negative");
        }
        if (feeCentiBps >= CENTI_BPS_PER_ONE || slippageCentiBps >= CENTI_BPS_PER_ONE) {
            throw new IllegalArgumentException("fee and slippage rates are below 100 % (1,000,000 centi-bps)");
        }
        if (maxOpenOrders < 3 || maxOpenOrders > MAX_OPEN_ORDERS) {
            throw new IllegalArgumentException("maxOpenOrders must be in [3, " + MAX_OPEN_ORDERS + "], was "
                    + maxOpenOrders);
        }
    }

    /** A rate in basis points (at most two decimals, e.g. 7.5) as centi-bps; refuses anything finer. */
    public static long centiBps(double bps) {
        double scaled = bps * 100;
        long rounded = Math.round(scaled);
        if (!(Math.abs(scaled - rounded) < 1e-6)) {
            throw new IllegalArgumentException("a rate in bps has at most two decimals, was " + bps);
        }
        return rounded;
    }

    /**
     * A rate in basis points, as configuration files write it, as centi-bps; refuses more than two decimals
     * (an {@link ArithmeticException} rather than a silent rounding).
     */
    public static long centiBps(BigDecimal bps) {
        return bps.movePointRight(2).longValueExact();
    }

    /** A copy with another latency. */
    public ExecutionConfig withLatencyNanos(long nanos) {
        return new ExecutionConfig(nanos, feeCentiBps, slippageCentiBps, slippageTicks, maxOpenOrders);
    }

    /** A copy with another fee rate, in centi-bps. */
    public ExecutionConfig withFeeCentiBps(long centiBps) {
        return new ExecutionConfig(latencyNanos, centiBps, slippageCentiBps, slippageTicks, maxOpenOrders);
    }

    /** A copy with another slippage rate, in centi-bps. */
    public ExecutionConfig withSlippageCentiBps(long centiBps) {
        return new ExecutionConfig(latencyNanos, feeCentiBps, centiBps, slippageTicks, maxOpenOrders);
    }

    /** A copy with another slippage in ticks. */
    public ExecutionConfig withSlippageTicks(long ticks) {
        return new ExecutionConfig(latencyNanos, feeCentiBps, slippageCentiBps, ticks, maxOpenOrders);
    }

    /** A copy with another pool size. */
    public ExecutionConfig withMaxOpenOrders(int orders) {
        return new ExecutionConfig(latencyNanos, feeCentiBps, slippageCentiBps, slippageTicks, orders);
    }
}
