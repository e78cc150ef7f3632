package io.quantagent.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.quantagent.engine.data.Scales;
import io.quantagent.engine.execution.RecordingListener.Accepted;
import io.quantagent.engine.execution.RecordingListener.Cancelled;
import io.quantagent.engine.execution.RecordingListener.Filled;
import io.quantagent.engine.execution.RecordingListener.Rejected;
import io.quantagent.engine.execution.RecordingListener.Risk;
import io.quantagent.engine.portfolio.Money;
import io.quantagent.engine.portfolio.Portfolio;
import io.quantagent.engine.risk.InstrumentLimits;
import io.quantagent.engine.risk.PreTradeLimits;
import io.quantagent.engine.risk.PreTradeRisk;
import io.quantagent.engine.risk.RejectReason;
import io.quantagent.engine.risk.RiskEventKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PaperBrokerTest {

    /** Instrument 0: prices in cents, whole quantities. Instrument 1: eight decimals for both. */
    private static final List<Scales> SCALES = List.of(new Scales(2, 0), new Scales(8, 8));
    private static final long MS = 1_000_000L;
    private static final long MINUTE = 60_000 * MS;
    /** 2024-03-01T00:00:00Z. */
    private static final long T0 = 1_709_251_200_000L * MS;

    private final RecordingListener events = new RecordingListener();
    private PaperBroker broker = broker(ExecutionConfig.FRICTIONLESS, PreTradeLimits.NONE);

    private PaperBroker broker(ExecutionConfig config, PreTradeLimits limits, long... tickSizes) {
        Portfolio portfolio = new Portfolio(SCALES, money("100000"));
        PreTradeRisk risk = new PreTradeRisk(portfolio, limits, events);
        return tickSizes.length == 0
                ? new PaperBroker(config, portfolio, risk, events)
                : new PaperBroker(config, portfolio, risk, events, tickSizes);
    }

    private static long money(String units) {
        return new BigDecimal(units).movePointRight(Money.DECIMALS).longValueExact();
    }

    private static long cents(String price) {
        return new BigDecimal(price).movePointRight(2).longValueExact();
    }

    private void trade(long time, String price) {
        broker.onTrade(0, time, cents(price));
    }

    private void bar(long open, String o, String h, String l, String c) {
        broker.onBar(0, open, open + MINUTE, cents(o), cents(h), cents(l), cents(c));
    }

    private Filled fill(long id, Side side, String price, long quantity, long time) {
        return new Filled(id, 0, side, cents(price), quantity, 0, time);
    }

    @Nested
    class OrderTypes {

        @Test
        void aMarketOrderFillsAtTheNextTradeNotTheOneBeforeIt() {
            trade(T0, "100");
            long id = broker.submitMarket(0, Side.BUY, 5, T0);
            assertThat(events.events).containsExactly(
                    new Accepted(id, 0, Side.BUY, OrderType.MARKET, TimeInForce.GTC, 0, 5, 0, T0));
            assertThat(broker.order(id).state()).isEqualTo(OrderState.PENDING_ARRIVAL);

            trade(T0 + MS, "101");

            assertThat(events.fills()).containsExactly(fill(id, Side.BUY, "101", 5, T0 + MS));
            assertThat(broker.order(id)).isNull();
            assertThat(broker.portfolio().position(0)).isEqualTo(5);
            assertThat(broker.portfolio().cash()).isEqualTo(money("100000") - money("505"));
        }

        @Test
        void aBuyLimitFillsAtItsPriceWhenTouched() {
            trade(T0, "100");
            long id = broker.submitLimit(0, Side.BUY, 2, cents("99"), TimeInForce.GTC, T0);
            trade(T0 + 1, "99.50");
            assertThat(events.fills()).isEmpty();
            assertThat(broker.order(id).state()).isEqualTo(OrderState.WORKING);

            trade(T0 + 2, "99");
            assertThat(events.fills()).containsExactly(fill(id, Side.BUY, "99", 2, T0 + 2));
        }

        @Test
        void aLimitFillsAtTheBetterPriceWhenTheMarketIsAlreadyThroughIt() {
            trade(T0, "100");
            long buy = broker.submitLimit(0, Side.BUY, 1, cents("99"), TimeInForce.GTC, T0);
            long sell = broker.submitLimit(0, Side.SELL, 1, cents("97"), TimeInForce.GTC, T0);
            trade(T0 + 1, "98");

            assertThat(events.fills()).containsExactly(fill(buy, Side.BUY, "98", 1, T0 + 1),
                    fill(sell, Side.SELL, "98", 1, T0 + 1));
        }

        @Test
        void aStopTriggersWhenTouchedAndFillsAtTheTradeThatTouchedIt() {
            trade(T0, "100");
            long buyStop = broker.submitStop(0, Side.BUY, 1, cents("105"), TimeInForce.GTC, T0);
            long sellStop = broker.submitStop(0, Side.SELL, 1, cents("95"), TimeInForce.GTC, T0);
            trade(T0 + 1, "104.99");
            trade(T0 + 2, "105");
            trade(T0 + 3, "93");

            assertThat(events.fills()).containsExactly(fill(buyStop, Side.BUY, "105", 1, T0 + 2),
                    fill(sellStop, Side.SELL, "93", 1, T0 + 3));
        }

        @Test
        void aGoodTillCancelledOrderKeepsWorkingUntilCancelled() {
            trade(T0, "100");
            long id = broker.submitLimit(0, Side.SELL, 1, cents("110"), TimeInForce.GTC, T0);
            for (int i = 1; i <= 5; i++) {
                trade(T0 + i, "100");
            }
            assertThat(broker.order(id).state()).isEqualTo(OrderState.WORKING);

            assertThat(broker.cancel(id, T0 + 6)).isTrue();
            assertThat(broker.cancel(id, T0 + 6)).as("a request is already on its way").isFalse();
            trade(T0 + 7, "111");

            assertThat(events.fills()).isEmpty();
            assertThat(events.cancels()).containsExactly(new Cancelled(id, 0, CancelReason.REQUESTED, T0 + 7));
            assertThat(broker.cancel(id, T0 + 8)).as("no longer open").isFalse();
            assertThat(broker.openOrderCount()).isZero();
        }

        @Test
        void anImmediateOrCancelOrderNotFilledOnItsFirstEventIsCancelled() {
            trade(T0, "100");
            long missed = broker.submitLimit(0, Side.BUY, 1, cents("99"), TimeInForce.IOC, T0);
            long taken = broker.submitLimit(0, Side.BUY, 1, cents("100"), TimeInForce.IOC, T0);
            trade(T0 + 1, "100");
            trade(T0 + 2, "98");

            assertThat(events.fills()).containsExactly(fill(taken, Side.BUY, "100", 1, T0 + 1));
            assertThat(events.cancels()).containsExactly(new Cancelled(missed, 0, CancelReason.IOC_UNFILLED, T0 + 1));
        }

        @Test
        void orderIdsAreASequenceAndRefusedOrdersUseOneToo() {
            long first = broker.submitMarket(0, Side.BUY, 1, T0);
            long refused = broker.submitMarket(0, Side.BUY, 0, T0);
            long third = broker.submitMarket(0, Side.SELL, 1, T0);

            assertThat(List.of(first, refused, third)).containsExactly(1L, 2L, 3L);
            assertThat(events.rejects()).containsExactly(new Rejected(2, 0, RejectReason.INVALID_QUANTITY, T0));
        }

        @Test
        void malformedOrdersAreRefusedWithTheirReason() {
            broker.submitMarket(7, Side.BUY, 1, T0);
            broker.submitLimit(0, Side.BUY, 1, 0, TimeInForce.GTC, T0);
            broker.submitStop(0, Side.SELL, -3, cents("1"), TimeInForce.GTC, T0);
            broker.submitLimit(1, Side.BUY, Long.MAX_VALUE / 2, Long.MAX_VALUE / 2, TimeInForce.GTC, T0);

            assertThat(events.rejects()).extracting(Rejected::reason).containsExactly(
                    RejectReason.UNKNOWN_INSTRUMENT, RejectReason.INVALID_PRICE, RejectReason.INVALID_QUANTITY,
                    RejectReason.NOTIONAL_OUT_OF_RANGE);
            assertThat(broker.openOrderCount()).isZero();
        }

        @Test
        void thePoolBoundsOpenOrdersAndEndedOrdersGoBackToIt() {
            broker = broker(ExecutionConfig.FRICTIONLESS.withMaxOpenOrders(3), PreTradeLimits.NONE);
            trade(T0, "100");
            long a = broker.submitLimit(0, Side.BUY, 1, cents("99"), TimeInForce.GTC, T0);
            broker.submitLimit(0, Side.BUY, 1, cents("98"), TimeInForce.GTC, T0);
            broker.submitLimit(0, Side.BUY, 1, cents("97"), TimeInForce.GTC, T0);
            long refused = broker.submitLimit(0, Side.BUY, 1, cents("96"), TimeInForce.GTC, T0);
            assertThat(events.rejects()).containsExactly(new Rejected(refused, 0, RejectReason.TOO_MANY_OPEN_ORDERS, T0));

            trade(T0 + 1, "99");
            assertThat(events.fills()).extracting(Filled::id).containsExactly(a);
            long accepted = broker.submitLimit(0, Side.BUY, 1, cents("96"), TimeInForce.GTC, T0 + 2);
            assertThat(broker.order(accepted)).isNotNull();
            assertThat(broker.openOrderCount()).isEqualTo(3);
        }

        @Test
        void aListenerMaySubmitFromAFillAndTheNewOrderWaitsForTheNextEvent() {
            ReentrantListener chained = new ReentrantListener() {
                @Override
                public void onFill(long orderId, int instrument, Side side, long price, long quantity, long fee,
                        long timeNanos) {
                    super.onFill(orderId, instrument, side, price, quantity, fee, timeNanos);
                    if (orderId == 1) {
                        broker.submitMarket(0, Side.SELL, quantity, timeNanos);
                    }
                }
            };
            PaperBroker own = chained.attach();
            own.submitMarket(0, Side.BUY, 2, T0);
            own.onTrade(0, T0 + 1, cents("100"));
            assertThat(chained.fills()).extracting(Filled::id).containsExactly(1L);

            own.onTrade(0, T0 + 2, cents("101"));
            assertThat(chained.fills()).containsExactly(new Filled(1, 0, Side.BUY, cents("100"), 2, 0, T0 + 1),
                    new Filled(2, 0, Side.SELL, cents("101"), 2, 0, T0 + 2));
        }

        @Test
        void marketEventsFedFromACallbackAreRefused() {
            ReentrantListener looping = new ReentrantListener() {
                @Override
                public void onFill(long orderId, int instrument, Side side, long price, long quantity, long fee,
                        long timeNanos) {
                    broker.onTrade(0, timeNanos, price);
                }
            };
            PaperBroker own = looping.attach();
            own.submitMarket(0, Side.BUY, 1, T0);
            assertThatThrownBy(() -> own.onTrade(0, T0 + 1, cents("100"))).isInstanceOf(IllegalStateException.class);
            own.onTrade(0, T0 + 2, cents("101"));
            assertThat(own.portfolio().markPrice(0)).as("the broker still works afterwards").isEqualTo(cents("101"));
        }
    }

    /** A recording listener that knows its broker, to call it back from callbacks. */
    private static class ReentrantListener extends RecordingListener {

        PaperBroker broker;

        PaperBroker attach() {
            Portfolio portfolio = new Portfolio(SCALES, money("100000"));
            broker = new PaperBroker(ExecutionConfig.FRICTIONLESS, portfolio,
                    new PreTradeRisk(portfolio, PreTradeLimits.NONE, this), this);
            return broker;
        }
    }

    @Nested
    class Latency {

        @BeforeEach
        void withLatency() {
            broker = broker(ExecutionConfig.FRICTIONLESS.withLatencyNanos(5 * MS), PreTradeLimits.NONE);
        }

        @Test
        void anOrderDoesNotFillOnAnEventBeforeItsArrival() {
            trade(T0, "100");
            long id = broker.submitMarket(0, Side.BUY, 1, T0);
            trade(T0 + 5 * MS - 1, "101");
            assertThat(events.fills()).isEmpty();
            assertThat(broker.order(id).arrivalTimeNanos()).isEqualTo(T0 + 5 * MS);

            trade(T0 + 5 * MS, "102");
            assertThat(events.fills()).containsExactly(fill(id, Side.BUY, "102", 1, T0 + 5 * MS));
        }

        @Test
        void anImmediateOrCancelOrderIsJudgedOnItsFirstEventAfterArrival() {
            trade(T0, "100");
            long id = broker.submitLimit(0, Side.BUY, 1, cents("100"), TimeInForce.IOC, T0);
            trade(T0 + MS, "101");
            assertThat(events.cancels()).isEmpty();
            trade(T0 + 6 * MS, "100");
            assertThat(events.fills()).containsExactly(fill(id, Side.BUY, "100", 1, T0 + 6 * MS));
        }

        @Test
        void aCancellationTakesTheLatencyToArriveAndTheOrderCanStillFillMeanwhile() {
            trade(T0, "100");
            long late = broker.submitLimit(0, Side.BUY, 1, cents("99"), TimeInForce.GTC, T0);
            long early = broker.submitLimit(0, Side.BUY, 1, cents("98"), TimeInForce.GTC, T0);
            trade(T0 + 10 * MS, "100");
            broker.cancel(late, T0 + 10 * MS);
            broker.cancel(early, T0 + 10 * MS);
            trade(T0 + 12 * MS, "99");
            trade(T0 + 15 * MS, "98");

            assertThat(events.fills()).containsExactly(fill(late, Side.BUY, "99", 1, T0 + 12 * MS));
            assertThat(events.cancels()).containsExactly(
                    new Cancelled(early, 0, CancelReason.REQUESTED, T0 + 15 * MS));
        }

        @Test
        void onBarsAnOrderArrivingInsideABarWaitsForTheNextBar() {
            bar(T0, "100", "101", "99", "100");
            long id = broker.submitMarket(0, Side.BUY, 1, T0 + MINUTE);
            bar(T0 + MINUTE, "100", "101", "99", "100.5");
            assertThat(events.fills()).as("arrives 5 ms after this bar opened").isEmpty();

            bar(T0 + 2 * MINUTE, "100.5", "102", "100", "101");
            assertThat(events.fills()).containsExactly(fill(id, Side.BUY, "100.5", 1, T0 + 2 * MINUTE));
        }
    }

    @Nested
    class Bars {

        @Test
        void aMarketOrderFillsAtTheNextBarsOpen() {
            bar(T0, "100", "101", "99", "100");
            long id = broker.submitMarket(0, Side.SELL, 3, T0 + MINUTE);
            bar(T0 + MINUTE, "100.25", "103", "98", "102");

            assertThat(events.fills()).containsExactly(fill(id, Side.SELL, "100.25", 3, T0 + MINUTE));
            assertThat(broker.portfolio().markPrice(0)).as("marked at the close").isEqualTo(cents("102"));
        }

        @Test
        void aLimitTouchedInsideTheBarFillsAtItsPrice() {
            bar(T0, "100", "101", "99", "100");
            long id = broker.submitLimit(0, Side.BUY, 1, cents("98.5"), TimeInForce.GTC, T0 + MINUTE);
            bar(T0 + MINUTE, "100", "101", "98.5", "99");

            assertThat(events.fills()).containsExactly(fill(id, Side.BUY, "98.5", 1, T0 + MINUTE));
        }

        @Test
        void aLimitTheBarOpensThroughFillsAtTheOpen() {
            bar(T0, "100", "101", "99", "100");
            long id = broker.submitLimit(0, Side.SELL, 1, cents("101"), TimeInForce.GTC, T0 + MINUTE);
            bar(T0 + MINUTE, "102", "103", "101.5", "102");

            assertThat(events.fills()).containsExactly(fill(id, Side.SELL, "102", 1, T0 + MINUTE));
        }

        @Test
        void aStopTouchedInsideTheBarFillsAtItsStopAndOneTheBarGapsThroughFillsAtTheOpen() {
            bar(T0, "100", "101", "99", "100");
            long inside = broker.submitStop(0, Side.BUY, 1, cents("102"), TimeInForce.GTC, T0 + MINUTE);
            long gapped = broker.submitStop(0, Side.SELL, 1, cents("99"), TimeInForce.GTC, T0 + MINUTE);
            bar(T0 + MINUTE, "100", "103", "99.5", "102");
            bar(T0 + 2 * MINUTE, "97", "98", "96", "97");

            assertThat(events.fills()).containsExactly(fill(inside, Side.BUY, "102", 1, T0 + MINUTE),
                    fill(gapped, Side.SELL, "97", 1, T0 + 2 * MINUTE));
        }

        @Test
        void anImmediateOrCancelOrderOnABarIsJudgedAtTheOpenOnly() {
            bar(T0, "100", "101", "99", "100");
            long id = broker.submitLimit(0, Side.BUY, 1, cents("99"), TimeInForce.IOC, T0 + MINUTE);
            bar(T0 + MINUTE, "100", "101", "98", "100");

            assertThat(events.fills()).isEmpty();
            assertThat(events.cancels()).containsExactly(new Cancelled(id, 0, CancelReason.IOC_UNFILLED, T0 + MINUTE));
        }

        @Test
        void aMalformedBarIsRefused() {
            assertThatThrownBy(() -> bar(T0, "100", "99", "98", "99")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("low <= open");
            assertThatThrownBy(() -> bar(T0, "100", "101", "0", "99")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Brackets {

        private long bracket(Side side, OrderType entryType, String entry, String stop, String target, long time) {
            return broker.submitBracket(0, side, 2, entryType, entryType == OrderType.MARKET ? 0 : cents(entry),
                    TimeInForce.GTC, cents(stop), cents(target), time);
        }

        @Test
        void aBracketIsThreeOrdersWithConsecutiveIdsAndItsExitsWaitForTheEntry() {
            trade(T0, "100");
            long id = bracket(Side.BUY, OrderType.LIMIT, "99", "95", "110", T0);

            assertThat(events.events).containsExactly(
                    new Accepted(id, 0, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, cents("99"), 2, 0, T0),
                    new Accepted(id + 1, 0, Side.SELL, OrderType.STOP, TimeInForce.GTC, cents("95"), 2, id, T0),
                    new Accepted(id + 2, 0, Side.SELL, OrderType.LIMIT, TimeInForce.GTC, cents("110"), 2, id, T0));
            assertThat(broker.order(id + 1).state()).isEqualTo(OrderState.AWAITING_ENTRY);
            assertThat(broker.order(id + 1).siblingId()).isEqualTo(id + 2);
            assertThat(broker.nextOrderId()).isEqualTo(id + 3);

            trade(T0 + 1, "120");
            trade(T0 + 2, "100");
            assertThat(events.fills()).as("the take-profit does not act before the entry fills").isEmpty();
        }

        @Test
        void theTakeProfitFillingCancelsTheStopLoss() {
            trade(T0, "100");
            long id = bracket(Side.BUY, OrderType.MARKET, null, "95", "110", T0);
            trade(T0 + 1, "100");
            trade(T0 + 2, "111");

            assertThat(events.fills()).containsExactly(fill(id, Side.BUY, "100", 2, T0 + 1),
                    fill(id + 2, Side.SELL, "111", 2, T0 + 2));
            assertThat(events.cancels()).containsExactly(new Cancelled(id + 1, 0, CancelReason.OCO, T0 + 2));
            assertThat(broker.portfolio().position(0)).isZero();
            assertThat(broker.portfolio().realisedPnl()).isEqualTo(money("22"));
            assertThat(broker.openOrderCount()).isZero();
        }

        @Test
        void theStopLossFillingCancelsTheTakeProfit() {
            trade(T0, "100");
            long id = bracket(Side.SELL, OrderType.MARKET, null, "105", "90", T0);
            trade(T0 + 1, "100");
            trade(T0 + 2, "106");

            assertThat(events.fills()).containsExactly(fill(id, Side.SELL, "100", 2, T0 + 1),
                    fill(id + 1, Side.BUY, "106", 2, T0 + 2));
            assertThat(events.cancels()).containsExactly(new Cancelled(id + 2, 0, CancelReason.OCO, T0 + 2));
        }

        @Test
        void theExitsDoNotFillOnTheTradeThatFilledTheEntry() {
            trade(T0, "100");
            long id = bracket(Side.BUY, OrderType.LIMIT, "99", "98", "99.5", T0);
            trade(T0 + 1, "97");
            assertThat(events.fills()).containsExactly(fill(id, Side.BUY, "97", 2, T0 + 1));

            trade(T0 + 2, "97");
            assertThat(events.fills()).last().isEqualTo(fill(id + 1, Side.SELL, "97", 2, T0 + 2));
        }

        @Test
        void whenABarTouchesBothExitsTheStopLossFillsFirst() {
            bar(T0, "100", "100", "100", "100");
            long id = bracket(Side.BUY, OrderType.MARKET, null, "95", "110", T0 + MINUTE);
            bar(T0 + MINUTE, "100", "101", "99", "100");
            bar(T0 + 2 * MINUTE, "100", "112", "94", "105");

            assertThat(events.fills()).containsExactly(fill(id, Side.BUY, "100", 2, T0 + MINUTE),
                    fill(id + 1, Side.SELL, "95", 2, T0 + 2 * MINUTE));
            assertThat(events.cancels()).containsExactly(new Cancelled(id + 2, 0, CancelReason.OCO, T0 + 2 * MINUTE));
        }

        @Test
        void aShortBracketsStopLossAlsoFillsFirst() {
            bar(T0, "100", "100", "100", "100");
            long id = bracket(Side.SELL, OrderType.MARKET, null, "105", "95", T0 + MINUTE);
            bar(T0 + MINUTE, "100", "106", "94", "100");

            assertThat(events.fills()).containsExactly(fill(id, Side.SELL, "100", 2, T0 + MINUTE),
                    fill(id + 1, Side.BUY, "105", 2, T0 + MINUTE));
            assertThat(events.cancels()).containsExactly(new Cancelled(id + 2, 0, CancelReason.OCO, T0 + MINUTE));
        }

        @Test
        void anEntryFilledAtTheOpenLetsTheTakeProfitFillInTheSameBar() {
            bar(T0, "100", "100", "100", "100");
            long id = bracket(Side.BUY, OrderType.MARKET, null, "95", "102", T0 + MINUTE);
            bar(T0 + MINUTE, "100", "103", "99", "101");

            assertThat(events.fills()).containsExactly(fill(id, Side.BUY, "100", 2, T0 + MINUTE),
                    fill(id + 2, Side.SELL, "102", 2, T0 + MINUTE));
        }

        @Test
        void anEntryFilledInsideABarMayBeStoppedOutInThatBar() {
            bar(T0, "100", "100", "100", "100");
            long id = bracket(Side.BUY, OrderType.LIMIT, "99", "95", "102", T0 + MINUTE);
            bar(T0 + MINUTE, "100", "103", "94", "100");

            assertThat(events.fills()).containsExactly(fill(id, Side.BUY, "99", 2, T0 + MINUTE),
                    fill(id + 1, Side.SELL, "95", 2, T0 + MINUTE));
            assertThat(events.cancels()).containsExactly(new Cancelled(id + 2, 0, CancelReason.OCO, T0 + MINUTE));
        }

        @Test
        void anEntryFilledInsideABarTakesProfitOnlyFromTheNextBar() {
            bar(T0, "100", "100", "100", "100");
            long id = bracket(Side.BUY, OrderType.LIMIT, "99", "95", "102", T0 + MINUTE);
            bar(T0 + MINUTE, "100", "103", "98", "100");
            assertThat(events.fills()).containsExactly(fill(id, Side.BUY, "99", 2, T0 + MINUTE));

            bar(T0 + 2 * MINUTE, "101", "102.5", "100", "102");
            assertThat(events.fills()).last().isEqualTo(fill(id + 2, Side.SELL, "102", 2, T0 + 2 * MINUTE));
        }

        @Test
        void cancellingTheEntryCancelsTheWholeBracket() {
            trade(T0, "100");
            long id = bracket(Side.BUY, OrderType.LIMIT, "99", "95", "110", T0);
            broker.cancel(id, T0 + 1);
            trade(T0 + 2, "98");

            assertThat(events.fills()).isEmpty();
            assertThat(events.cancels()).containsExactly(new Cancelled(id, 0, CancelReason.REQUESTED, T0 + 2),
                    new Cancelled(id + 1, 0, CancelReason.PARENT_CANCELLED, T0 + 2),
                    new Cancelled(id + 2, 0, CancelReason.PARENT_CANCELLED, T0 + 2));
            assertThat(broker.openOrderCount()).isZero();
        }

        @Test
        void anUnfilledImmediateOrCancelEntryTakesItsExitsWithIt() {
            trade(T0, "100");
            long id = broker.submitBracket(0, Side.BUY, 1, OrderType.LIMIT, cents("99"), TimeInForce.IOC,
                    cents("95"), cents("110"), T0);
            trade(T0 + 1, "100");

            assertThat(events.cancels()).extracting(Cancelled::id, Cancelled::reason).containsExactly(
                    tuple(id, CancelReason.IOC_UNFILLED), tuple(id + 1, CancelReason.PARENT_CANCELLED),
                    tuple(id + 2, CancelReason.PARENT_CANCELLED));
        }

        @Test
        void cancellingOneExitLeavesTheOther() {
            trade(T0, "100");
            long id = bracket(Side.BUY, OrderType.MARKET, null, "95", "110", T0);
            trade(T0 + 1, "100");
            broker.cancel(id + 2, T0 + 2);
            trade(T0 + 3, "111");
            trade(T0 + 4, "94");

            assertThat(events.cancels()).containsExactly(new Cancelled(id + 2, 0, CancelReason.REQUESTED, T0 + 3));
            assertThat(events.fills()).last().isEqualTo(fill(id + 1, Side.SELL, "94", 2, T0 + 4));
        }

        @Test
        void bracketPricesMustBeOrderedStopEntryTarget() {
            trade(T0, "100");
            long stopAboveTarget = bracket(Side.BUY, OrderType.MARKET, null, "111", "110", T0);
            long entryBelowStop = bracket(Side.BUY, OrderType.LIMIT, "94", "95", "110", T0);
            long shortUpsideDown = bracket(Side.SELL, OrderType.LIMIT, "100", "95", "105", T0);

            assertThat(events.rejects()).containsExactly(
                    new Rejected(stopAboveTarget, 0, RejectReason.INVALID_PRICE, T0),
                    new Rejected(entryBelowStop, 0, RejectReason.INVALID_PRICE, T0),
                    new Rejected(shortUpsideDown, 0, RejectReason.INVALID_PRICE, T0));
            assertThat(entryBelowStop).as("a refused bracket still takes three ids").isEqualTo(stopAboveTarget + 3);
        }
    }

    @Nested
    class Costs {

        @Test
        void theFeeIsTheRateOfTheFillAmountRoundedUpToTheUnit() {
            broker = broker(ExecutionConfig.FRICTIONLESS.withFeeCentiBps(ExecutionConfig.centiBps(7.5)),
                    PreTradeLimits.NONE);
            broker.onTrade(1, T0, 100_000_001L); // 1.00000001
            long id = broker.submitMarket(1, Side.BUY, 100_000_000L, T0);
            broker.onTrade(1, T0 + 1, 100_000_001L);

            // 1.00000001 x 7.5 bps = 0.00075000000750 -> 0.00075001
            assertThat(events.fills()).containsExactly(
                    new Filled(id, 1, Side.BUY, 100_000_001L, 100_000_000L, 75_001L, T0 + 1));
            assertThat(broker.portfolio().fees()).isEqualTo(75_001L);
            assertThat(broker.portfolio().cash()).isEqualTo(money("100000") - 100_000_001L - 75_001L);
        }

        @Test
        void slippageInBasisPointsMovesMarketFillsAgainstTheTraderRoundedUp() {
            broker = broker(ExecutionConfig.FRICTIONLESS.withSlippageCentiBps(ExecutionConfig.centiBps(10)),
                    PreTradeLimits.NONE);
            trade(T0, "100");
            long buy = broker.submitMarket(0, Side.BUY, 1, T0);
            long sell = broker.submitMarket(0, Side.SELL, 1, T0);
            trade(T0 + 1, "100.01");

            // 100.01 x 10 bps = 0.10001 -> 0.11
            assertThat(events.fills()).containsExactly(fill(buy, Side.BUY, "100.12", 1, T0 + 1),
                    fill(sell, Side.SELL, "99.90", 1, T0 + 1));
        }

        @Test
        void slippageInTicksUsesTheInstrumentsTick() {
            broker = broker(ExecutionConfig.FRICTIONLESS.withSlippageTicks(2), PreTradeLimits.NONE, 5, 1);
            trade(T0, "100");
            long buy = broker.submitMarket(0, Side.BUY, 1, T0);
            long stop = broker.submitStop(0, Side.SELL, 1, cents("99"), TimeInForce.GTC, T0);
            trade(T0 + 1, "100");
            trade(T0 + 2, "98.95");

            assertThat(events.fills()).containsExactly(fill(buy, Side.BUY, "100.10", 1, T0 + 1),
                    fill(stop, Side.SELL, "98.85", 1, T0 + 2));
        }

        @Test
        void limitFillsHaveNoSlippage() {
            broker = broker(ExecutionConfig.FRICTIONLESS.withSlippageTicks(3).withSlippageCentiBps(500),
                    PreTradeLimits.NONE);
            trade(T0, "100");
            long id = broker.submitLimit(0, Side.BUY, 1, cents("99"), TimeInForce.GTC, T0);
            trade(T0 + 1, "99");
            assertThat(events.fills()).containsExactly(fill(id, Side.BUY, "99", 1, T0 + 1));
        }

        @Test
        void feesAndSlippageTogetherBalanceTheAccountsExactly() {
            broker = broker(new ExecutionConfig(0, 1_000, 300, 1, 16), PreTradeLimits.NONE);
            trade(T0, "100");
            broker.submitMarket(0, Side.BUY, 7, T0);
            trade(T0 + 1, "100.03");
            broker.submitMarket(0, Side.SELL, 10, T0 + 1);
            trade(T0 + 2, "99.97");
            trade(T0 + 3, "98.5");

            Portfolio portfolio = broker.portfolio();
            long feesPaid = 0;
            for (Filled f : events.fills()) {
                feesPaid += f.fee();
            }
            assertThat(portfolio.fees()).isEqualTo(feesPaid).isPositive();
            assertThat(portfolio.cash() + portfolio.netExposure()).isEqualTo(portfolio.startingCash()
                    + portfolio.realisedPnl() + portfolio.unrealisedPnl() - portfolio.fees());
        }
    }

    @Nested
    class RiskIntegration {

        @Test
        void ordersRefusedByPreTradeRiskNeverReachTheVenue() {
            broker = broker(ExecutionConfig.FRICTIONLESS, PreTradeLimits.NONE.withPriceBandBps(100));
            trade(T0, "100");
            long id = broker.submitLimit(0, Side.BUY, 1, cents("90"), TimeInForce.GTC, T0);
            trade(T0 + 1, "89");

            assertThat(events.rejects()).containsExactly(new Rejected(id, 0, RejectReason.PRICE_BAND, T0));
            assertThat(events.fills()).isEmpty();
        }

        @Test
        void openOrdersCountTowardsTheMaximumPosition() {
            broker = broker(ExecutionConfig.FRICTIONLESS,
                    PreTradeLimits.NONE.withInstrument(0, new InstrumentLimits(5, 0)));
            trade(T0, "100");
            broker.submitLimit(0, Side.BUY, 3, cents("99"), TimeInForce.GTC, T0);
            long second = broker.submitLimit(0, Side.BUY, 3, cents("98"), TimeInForce.GTC, T0);
            long sell = broker.submitLimit(0, Side.SELL, 5, cents("101"), TimeInForce.GTC, T0);

            assertThat(events.rejects()).containsExactly(new Rejected(second, 0, RejectReason.MAX_POSITION, T0));
            assertThat(broker.order(sell)).isNotNull();
            assertThat(broker.openQuantity(0, Side.BUY)).isEqualTo(3);
            assertThat(broker.openQuantity(0, Side.SELL)).isEqualTo(5);
        }

        @Test
        void theKillSwitchCancelsOrdersThatWouldAddRiskAndRefusesNewOnes() {
            broker = broker(ExecutionConfig.FRICTIONLESS, PreTradeLimits.NONE.withMaxDrawdownBps(500));
            trade(T0, "100");
            broker.submitMarket(0, Side.BUY, 500, T0);
            trade(T0 + 1, "100");
            long addMore = broker.submitLimit(0, Side.BUY, 10, cents("80"), TimeInForce.GTC, T0 + 1);
            long takeProfit = broker.submitLimit(0, Side.SELL, 100, cents("120"), TimeInForce.GTC, T0 + 1);
            int before = events.events.size();

            trade(T0 + 2, "90"); // equity 100,000 -> 95,000: a 5 % drawdown
            assertThat(events.since(before)).containsExactly(
                    new Risk(RiskEventKind.KILL_SWITCH_ENGAGED, -1, money("5000"), T0 + 2));
            trade(T0 + 3, "85");

            assertThat(events.cancels()).containsExactly(new Cancelled(addMore, 0, CancelReason.REDUCE_ONLY, T0 + 3));
            assertThat(broker.order(takeProfit)).isNotNull();
            long refused = broker.submitMarket(0, Side.BUY, 1, T0 + 4);
            long reducing = broker.submitMarket(0, Side.SELL, 100, T0 + 4);
            assertThat(events.rejects()).containsExactly(new Rejected(refused, 0, RejectReason.KILL_SWITCH, T0 + 4));
            assertThat(broker.order(reducing)).isNotNull();
            assertThat(events.all(Risk.class)).hasSize(1);
        }

        @Test
        void anOrderThatWouldAddRiskIsCancelledRatherThanFilledBeforeItsCancellationArrives() {
            broker = broker(ExecutionConfig.FRICTIONLESS.withLatencyNanos(10 * MS),
                    PreTradeLimits.NONE.withMaxDrawdownBps(500));
            trade(T0, "100");
            broker.submitMarket(0, Side.BUY, 500, T0);
            trade(T0 + 10 * MS, "100");
            long addMore = broker.submitLimit(0, Side.BUY, 10, cents("89"), TimeInForce.GTC, T0 + 10 * MS);
            trade(T0 + 20 * MS, "90"); // kill switch: cancellation requested, arrives at +30 ms
            trade(T0 + 21 * MS, "89");

            assertThat(events.fills()).hasSize(1);
            assertThat(events.cancels()).containsExactly(
                    new Cancelled(addMore, 0, CancelReason.REDUCE_ONLY, T0 + 21 * MS));
        }

        @Test
        void haltingAnInstrumentMakesItReduceOnlyUntilResumed() {
            trade(T0, "100");
            long resting = broker.submitLimit(0, Side.BUY, 1, cents("99"), TimeInForce.GTC, T0);
            broker.halt(0, T0 + 1);
            trade(T0 + 2, "100");
            long refused = broker.submitMarket(0, Side.BUY, 1, T0 + 3);

            assertThat(events.all(Risk.class)).containsExactly(new Risk(RiskEventKind.INSTRUMENT_HALTED, 0, 0, T0 + 1));
            assertThat(events.cancels()).containsExactly(new Cancelled(resting, 0, CancelReason.REDUCE_ONLY, T0 + 2));
            assertThat(events.rejects()).containsExactly(
                    new Rejected(refused, 0, RejectReason.INSTRUMENT_HALTED, T0 + 3));
            broker.onTrade(1, T0 + 4, 100_000_000L);
            long other = broker.submitMarket(1, Side.BUY, 1, T0 + 4);
            assertThat(broker.order(other)).as("other instruments trade on").isNotNull();

            broker.resume(0, T0 + 5);
            long accepted = broker.submitMarket(0, Side.BUY, 1, T0 + 6);
            assertThat(broker.order(accepted)).isNotNull();
        }
    }
}
