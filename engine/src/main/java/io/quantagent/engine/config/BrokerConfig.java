package io.quantagent.engine.config;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The paper broker (section {@code broker}). Money is exact: write amounts as numbers or quoted decimals.
 *
 * @param startingCash cash at the start, greater than 0 and at most 10^10 (money is kept with 8 decimals in a long); default 100000
 * @param currency the account currency, 2 to 10 capital letters or digits; default {@code USD}
 * @param feeBps fee per fill in basis points of its notional, 0 to 1000; default 10 (0.1 %)
 * @param slippageBps fills are this many basis points worse than the touch, 0 to 1000; default 0
 * @param slippageTicks or this many price ticks worse (set one of the two slippages, not both), 0 to 1000000;
 *     default 0
 * @param latency how long after the decision an order reaches the market, in event time, 0s to 1m; default 0s
 */
public record BrokerConfig(
        BigDecimal startingCash, String currency, BigDecimal feeBps, BigDecimal slippageBps, int slippageTicks, Duration latency) {

    private static final BigDecimal MAX_CASH = new BigDecimal("1e10");
    private static final BigDecimal MAX_BPS = new BigDecimal(1000);

    private static final BrokerConfig DEFAULTS = new BrokerConfig(
            new BigDecimal(100_000), "USD", BigDecimal.TEN, BigDecimal.ZERO, 0, Duration.ZERO);

    public BrokerConfig {
        startingCash = Checks.exact(startingCash);
        feeBps = Checks.exact(feeBps);
        slippageBps = Checks.exact(slippageBps);
        Checks checks = new Checks()
                .aboveAtMost("startingCash", startingCash, BigDecimal.ZERO, MAX_CASH)
                .between("feeBps", feeBps, BigDecimal.ZERO, MAX_BPS)
                .between("slippageBps", slippageBps, BigDecimal.ZERO, MAX_BPS)
                .between("slippageTicks", slippageTicks, 0, 1_000_000)
                .between("latency", latency, Duration.ZERO, Duration.ofMinutes(1));
        if (checks.present("currency", currency)) {
            checks.require(currency.matches("[A-Z0-9]{2,10}"), "currency",
                    "must be 2 to 10 capital letters or digits such as USD or USDT, was '" + currency + "'");
        }
        if (slippageBps != null) {
            checks.require(slippageBps.signum() == 0 || slippageTicks == 0, "slippageTicks",
                    "set slippageBps or slippageTicks, not both (slippageBps is " + Checks.text(slippageBps) + ")");
        }
        checks.done();
    }

    /** 100000 USD, 10 bps fees, no slippage, no latency. */
    public static BrokerConfig defaults() {
        return DEFAULTS;
    }
}
