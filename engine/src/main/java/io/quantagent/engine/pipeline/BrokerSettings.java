package io.quantagent.engine.pipeline;

import io.quantagent.engine.config.BrokerConfig;
import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.ConfigProblem;
import io.quantagent.engine.config.RiskLimitsConfig;
import io.quantagent.engine.execution.ExecutionConfig;
import io.quantagent.engine.portfolio.Money;
import io.quantagent.engine.risk.InstrumentLimits;
import io.quantagent.engine.risk.PreTradeLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code broker} and {@code risk} sections of the configuration as the paper broker's settings and the
 * pre-trade limits: amounts become exact fixed-point amounts at {@link Money#DECIMALS}, rates centi-basis-points.
 * The per-position notional limit applies to every instrument; the kill-switch drawdown becomes basis points.
 */
public final class BrokerSettings {

    /** Open orders the broker's pool holds. */
    public static final int MAX_OPEN_ORDERS = 1_024;

    private BrokerSettings() {
    }

    /** Costs and latency of the simulated venue ({@code broker}). */
    public static ExecutionConfig execution(BrokerConfig broker) {
        try {
            return new ExecutionConfig(broker.latency().toNanos(), ExecutionConfig.centiBps(broker.feeBps()),
                    ExecutionConfig.centiBps(broker.slippageBps()), broker.slippageTicks(), MAX_OPEN_ORDERS);
        } catch (ArithmeticException e) {
            throw new ConfigException(ConfigProblem.of("broker.feeBps",
                    "fees and slippage take at most two decimals of a basis point"));
        }
    }

    /** The starting cash as an amount ({@code broker.startingCash}). */
    public static long startingCash(BrokerConfig broker) {
        return amount("broker.startingCash", broker.startingCash());
    }

    /** The pre-trade limits ({@code risk}) for {@code instruments} instruments. */
    public static PreTradeLimits limits(RiskLimitsConfig risk, int instruments) {
        List<InstrumentLimits> each = new ArrayList<>(instruments);
        InstrumentLimits perInstrument = new InstrumentLimits(0, maxPositionNotional(risk));
        for (int i = 0; i < instruments; i++) {
            each.add(perInstrument);
        }
        return new PreTradeLimits(each, amount("risk.maxTotalNotional", risk.maxTotalNotional()), risk.priceBandBps(),
                risk.maxOrdersPerMinute(), amount("risk.dailyLossLimit", risk.dailyLossLimit()),
                Math.round(risk.killSwitchDrawdown() * 10_000));
    }

    /** The largest value of one position, as an amount ({@code risk.maxPositionNotional}). */
    public static long maxPositionNotional(RiskLimitsConfig risk) {
        return amount("risk.maxPositionNotional", risk.maxPositionNotional());
    }

    private static long amount(String key, BigDecimal value) {
        try {
            return value.movePointRight(Money.DECIMALS).longValueExact();
        } catch (ArithmeticException e) {
            throw new ConfigException(ConfigProblem.of(key, "must have at most " + Money.DECIMALS
                    + " decimals and fit the engine's amounts, was " + value.toPlainString()));
        }
    }
}
