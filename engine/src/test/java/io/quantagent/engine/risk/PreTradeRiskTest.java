package io.quantagent.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.quantagent.engine.data.Scales;
import io.quantagent.engine.portfolio.Money;
import io.quantagent.engine.portfolio.Portfolio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class PreTradeRiskTest {

    private static final Scales CENTS = new Scales(2, 0);
    private static final long DAY = 86_400_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    /** 2024-03-01T00:00:00Z. */
    private static final long T0 = 1_709_251_200L * SECOND;

    record Event(RiskEventKind kind, int instrument, long value, long timeNanos) {
    }

    private final List<Event> events = new ArrayList<>();
    private final Portfolio portfolio = new Portfolio(List.of(CENTS, CENTS), money("10000"));
    private final Logger riskLog = (Logger) LoggerFactory.getLogger(PreTradeRisk.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    PreTradeRiskTest() {
        logged.start();
        riskLog.addAppender(logged);
    }

    @AfterEach
    void detachLog() {
        riskLog.detachAppender(logged);
    }

    private static long money(String units) {
        return new BigDecimal(units).movePointRight(Money.DECIMALS).longValueExact();
    }

    private static long cents(String price) {
        return new BigDecimal(price).movePointRight(2).longValueExact();
    }

    private PreTradeRisk risk(PreTradeLimits limits) {
        return new PreTradeRisk(portfolio, limits, (kind, instrument, value, time) ->
                events.add(new Event(kind, instrument, value, time)));
    }

    private long warnings(String text) {
        return logged.list.stream().filter(e -> e.getLevel() == Level.WARN && e.getFormattedMessage().contains(text))
                .count();
    }

    @Test
    void withoutLimitsEveryOrderPasses() {
        PreTradeRisk risk = risk(PreTradeLimits.NONE);
        assertThat(risk.check(0, 1_000_000, 0, 0, 0, T0)).isNull();
        assertThat(risk.check(0, -1_000_000, cents("1"), 0, 0, T0)).isNull();
    }

    @Test
    void maxPositionCountsThePositionAndTheOpenOrdersOnTheSameSide() {
        PreTradeRisk risk = risk(PreTradeLimits.NONE.withInstrument(0, new InstrumentLimits(10, 0)));
        portfolio.applyFill(0, 2, cents("100"), 0);

        assertThat(risk.check(0, 6, 0, 2, 0, T0)).isNull();
        assertThat(risk.check(0, 7, 0, 2, 0, T0)).isEqualTo(RejectReason.MAX_POSITION);
        assertThat(risk.check(0, -12, 0, 0, 0, T0)).isNull();
        assertThat(risk.check(0, -13, 0, 0, 0, T0)).isEqualTo(RejectReason.MAX_POSITION);
        assertThat(risk.check(1, 11, 0, 0, 0, T0)).as("another instrument has no limit").isNull();
    }

    @Test
    void anOrderThatReducesThePositionPassesEvenBeyondTheLimits() {
        PreTradeRisk risk = risk(PreTradeLimits.NONE.withInstrument(0, new InstrumentLimits(10, money("100")))
                .withMaxTotalNotional(money("100")));
        portfolio.applyFill(0, 20, cents("100"), 0);

        assertThat(risk.check(0, -5, 0, 0, 0, T0)).isNull();
        assertThat(risk.check(0, 1, 0, 0, 0, T0)).isEqualTo(RejectReason.MAX_POSITION);
    }

    @Test
    void maxNotionalValuesTheProjectedPositionAtTheOrderPriceOrTheLastTrade() {
        PreTradeRisk risk = risk(PreTradeLimits.NONE.withInstrument(0, new InstrumentLimits(0, money("1000"))));
        assertThat(risk.check(0, 1, 0, 0, 0, T0)).as("no last trade yet").isEqualTo(RejectReason.NO_REFERENCE_PRICE);
        portfolio.mark(0, cents("100"));

        assertThat(risk.check(0, 10, 0, 0, 0, T0)).isNull();
        assertThat(risk.check(0, 11, 0, 0, 0, T0)).isEqualTo(RejectReason.MAX_NOTIONAL);
        assertThat(risk.check(0, 10, cents("100.01"), 0, 0, T0)).isEqualTo(RejectReason.MAX_NOTIONAL);
        assertThat(risk.check(0, -10, 0, 0, 0, T0)).isNull();
    }

    @Test
    void maxTotalNotionalAddsTheOtherInstrumentsGrossExposure() {
        PreTradeRisk risk = risk(PreTradeLimits.NONE.withMaxTotalNotional(money("1500")));
        portfolio.applyFill(1, -10, cents("50"), 0);
        portfolio.mark(0, cents("100"));

        assertThat(risk.check(0, 10, 0, 0, 0, T0)).isNull();
        assertThat(risk.check(0, -11, 0, 0, 0, T0)).isEqualTo(RejectReason.MAX_TOTAL_NOTIONAL);
        assertThat(risk.check(1, 1, 0, 0, 0, T0)).as("covering the short reduces").isNull();
    }

    @Test
    void thePriceBandBoundsLimitAndStopPricesAroundTheLastTrade() {
        PreTradeRisk risk = risk(PreTradeLimits.NONE.withPriceBandBps(100));
        assertThat(risk.check(0, 1, cents("100"), 0, 0, T0)).isEqualTo(RejectReason.NO_REFERENCE_PRICE);
        portfolio.mark(0, cents("100"));

        assertThat(risk.check(0, 1, cents("101"), 0, 0, T0)).isNull();
        assertThat(risk.check(0, 1, cents("99"), 0, 0, T0)).isNull();
        assertThat(risk.check(0, 1, cents("101.01"), 0, 0, T0)).isEqualTo(RejectReason.PRICE_BAND);
        assertThat(risk.check(0, -1, cents("98.99"), 0, 0, T0)).isEqualTo(RejectReason.PRICE_BAND);
        assertThat(risk.check(0, 1, 0, 0, 0, T0)).as("market orders have no price to band").isNull();
    }

    @Test
    void theOrderRateIsCountedOverARollingMinuteOfEventTime() {
        PreTradeRisk risk = risk(PreTradeLimits.NONE.withMaxOrdersPerMinute(3));
        assertThat(risk.check(0, 1, 0, 0, 0, T0)).isNull();
        assertThat(risk.check(0, 1, 0, 0, 0, T0 + SECOND)).isNull();
        assertThat(risk.check(0, 1, 0, 0, 0, T0 + 2 * SECOND)).isNull();
        assertThat(risk.check(0, 1, 0, 0, 0, T0 + 59 * SECOND)).isEqualTo(RejectReason.ORDER_RATE);
        assertThat(risk.check(0, -1, 0, 0, 0, T0 + 60 * SECOND - 1)).isEqualTo(RejectReason.ORDER_RATE);
        // The first order leaves the window (t - 60 s, t] at exactly one minute.
        assertThat(risk.check(0, 1, 0, 0, 0, T0 + 60 * SECOND)).isNull();
        assertThat(risk.check(0, 1, 0, 0, 0, T0 + 60 * SECOND)).isEqualTo(RejectReason.ORDER_RATE);
        assertThat(risk.check(0, 1, 0, 0, 0, T0 + 61 * SECOND)).isNull();
    }

    @Test
    void rejectedOrdersDoNotUseTheOrderRate() {
        PreTradeRisk risk = risk(PreTradeLimits.NONE.withMaxOrdersPerMinute(1).withPriceBandBps(10));
        portfolio.mark(0, cents("100"));
        assertThat(risk.check(0, 1, cents("150"), 0, 0, T0)).isEqualTo(RejectReason.PRICE_BAND);
        assertThat(risk.check(0, 1, cents("100"), 0, 0, T0)).isNull();
    }

    @Test
    void theKillSwitchEngagesOnceAtTheDrawdownAndMakesTheAccountReduceOnlyUntilReset() {
        PreTradeRisk risk = risk(PreTradeLimits.NONE.withMaxDrawdownBps(1_000));
        portfolio.applyFill(0, 50, cents("100"), 0);
        portfolio.mark(0, cents("120"));
        risk.onEventEnd(T0);
        assertThat(risk.peakEquity()).isEqualTo(money("11000"));

        portfolio.mark(0, cents("98.02"));
        assertThat(risk.onEventEnd(T0 + 1)).as("drawdown 1099 of 1100").isFalse();
        portfolio.mark(0, cents("98"));
        assertThat(risk.onEventEnd(T0 + 2)).isTrue();
        portfolio.mark(0, cents("90"));
        assertThat(risk.onEventEnd(T0 + 3)).isFalse();

        assertThat(events).containsExactly(new Event(RiskEventKind.KILL_SWITCH_ENGAGED, -1, money("1100"), T0 + 2));
        assertThat(warnings("Kill switch engaged")).isEqualTo(1);
        assertThat(risk.killSwitchEngaged()).isTrue();
        assertThat(risk.reduceOnly(0)).isTrue();
        assertThat(risk.reduceOnly(1)).isTrue();
        assertThat(risk.check(0, 1, 0, 0, 0, T0 + 4)).isEqualTo(RejectReason.KILL_SWITCH);
        assertThat(risk.check(1, -1, 0, 0, 0, T0 + 4)).isEqualTo(RejectReason.KILL_SWITCH);
        assertThat(risk.check(0, -50, 0, 0, 0, T0 + 4)).isNull();

        risk.resetKillSwitch(T0 + 5);
        assertThat(events).last().isEqualTo(new Event(RiskEventKind.KILL_SWITCH_RESET, -1, money("9500"), T0 + 5));
        assertThat(risk.onEventEnd(T0 + 6)).as("the peak was rebased").isFalse();
        assertThat(risk.check(0, 1, 0, 0, 0, T0 + 7)).isNull();
    }

    @Test
    void theDailyLossLimitHoldsUntilTheNextUtcDay() {
        PreTradeRisk risk = risk(PreTradeLimits.NONE.withDailyLossLimit(money("500")));
        portfolio.applyFill(0, 100, cents("100"), 0);
        portfolio.mark(0, cents("100"));
        long morning = T0 + 9 * 3600 * SECOND;
        risk.onEventStart(morning);
        portfolio.mark(0, cents("95.01"));
        assertThat(risk.onEventEnd(morning)).isFalse();
        risk.onEventStart(morning + SECOND);
        portfolio.mark(0, cents("95"));
        assertThat(risk.onEventEnd(morning + SECOND)).isTrue();

        assertThat(events).containsExactly(
                new Event(RiskEventKind.DAILY_LOSS_LIMIT_REACHED, -1, money("500"), morning + SECOND));
        assertThat(warnings("Daily loss limit reached")).isEqualTo(1);
        assertThat(risk.check(0, 1, 0, 0, 0, morning + 2 * SECOND)).isEqualTo(RejectReason.DAILY_LOSS_LIMIT);
        assertThat(risk.check(0, -1, 0, 0, 0, morning + 2 * SECOND)).isNull();

        risk.onEventStart(T0 + DAY);
        assertThat(events).last().isEqualTo(
                new Event(RiskEventKind.DAILY_LOSS_LIMIT_CLEARED, -1, money("9500"), T0 + DAY));
        assertThat(risk.dayStartEquity()).isEqualTo(money("9500"));
        assertThat(risk.check(0, 1, 0, 0, 0, T0 + DAY)).isNull();
    }

    @Test
    void aHaltedInstrumentIsReduceOnlyUntilResumed() {
        PreTradeRisk risk = risk(PreTradeLimits.NONE);
        portfolio.applyFill(0, 3, cents("10"), 0);
        risk.halt(0, T0);
        risk.halt(0, T0 + 1);

        assertThat(risk.check(0, 1, 0, 0, 0, T0 + 2)).isEqualTo(RejectReason.INSTRUMENT_HALTED);
        assertThat(risk.check(0, -3, 0, 0, 0, T0 + 2)).isNull();
        assertThat(risk.check(0, -7, 0, 0, 0, T0 + 2)).as("flipping beyond it increases |position|")
                .isEqualTo(RejectReason.INSTRUMENT_HALTED);
        assertThat(risk.check(1, 1, 0, 0, 0, T0 + 2)).isNull();

        risk.resume(0, T0 + 3);
        assertThat(risk.check(0, 1, 0, 0, 0, T0 + 4)).isNull();
        assertThat(events).containsExactly(new Event(RiskEventKind.INSTRUMENT_HALTED, 0, 3, T0),
                new Event(RiskEventKind.INSTRUMENT_RESUMED, 0, 3, T0 + 3));
    }

    @Test
    void limitsRefuseNegativeAndOutOfRangeValues() {
        assertThatThrownBy(() -> PreTradeLimits.NONE.withPriceBandBps(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PreTradeLimits.NONE.withMaxOrdersPerMinute(PreTradeLimits.MAX_ORDERS_PER_MINUTE + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PreTradeLimits.NONE.withMaxDrawdownBps(10_001))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InstrumentLimits(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PreTradeLimits.DEFAULT.instrument(5)).isEqualTo(InstrumentLimits.NONE);
        PreTradeLimits every = PreTradeLimits.DEFAULT.withEveryInstrument(2, new InstrumentLimits(0, 7));
        assertThat(every.instrument(1)).isEqualTo(new InstrumentLimits(0, 7));
        assertThat(every.instrument(2)).isEqualTo(InstrumentLimits.NONE);
        assertThat(every.priceBandBps()).isEqualTo(PreTradeLimits.DEFAULT.priceBandBps());
    }
}
