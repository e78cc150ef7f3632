package io.quantagent.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.data.Scales;
import io.quantagent.engine.portfolio.Money;
import io.quantagent.engine.portfolio.Portfolio;
import io.quantagent.engine.risk.InstrumentLimits;
import io.quantagent.engine.risk.PreTradeLimits;
import io.quantagent.engine.risk.PreTradeRisk;
import io.quantagent.engine.risk.RejectReason;
import io.quantagent.engine.risk.RiskEventKind;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-event path allocates nothing once warm: measured with the JVM's per-thread allocation counter. */
class PaperBrokerAllocationTest {

    private static final long MS = 1_000_000L;
    private static final long T0 = 1_709_251_200_000L * MS;

    /** Counts callbacks in primitive fields, so the listener itself allocates nothing. */
    static final class CountingListener implements ExecutionListener {
        long accepted;
        long rejected;
        long fills;
        long cancels;
        long riskEvents;

        @Override
        public void onOrderAccepted(long orderId, int instrument, Side side, OrderType type, TimeInForce timeInForce,
                long price, long quantity, long parentId, long timeNanos) {
            accepted++;
        }

        @Override
        public void onOrderRejected(long orderId, int instrument, RejectReason reason, long timeNanos) {
            rejected++;
        }

        @Override
        public void onFill(long orderId, int instrument, Side side, long price, long quantity, long fee,
                long timeNanos) {
            fills++;
        }

        @Override
        public void onOrderCancelled(long orderId, int instrument, CancelReason reason, long timeNanos) {
            cancels++;
        }

        @Override
        public void onRiskEvent(RiskEventKind kind, int instrument, long value, long timeNanos) {
            riskEvents++;
        }
    }

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final CountingListener listener = new CountingListener();
    private final PaperBroker broker;

    PaperBrokerAllocationTest() {
        Portfolio portfolio = new Portfolio(List.of(new Scales(8, 8), new Scales(2, 0)), Money.ofUnits(1_000_000));
        PreTradeLimits limits = PreTradeLimits.DEFAULT.withMaxOrdersPerMinute(PreTradeLimits.MAX_ORDERS_PER_MINUTE)
                .withInstrument(0, new InstrumentLimits(1_000 * 100_000_000L, Money.ofUnits(10_000_000)))
                .withMaxTotalNotional(Money.ofUnits(10_000_000)).withDailyLossLimit(Money.ofUnits(500_000));
        broker = new PaperBroker(new ExecutionConfig(MS, 750, 100, 1, 1_024), portfolio,
                new PreTradeRisk(portfolio, limits, listener), listener);
    }

    private long allocatedBytes() {
        return threads.getCurrentThreadAllocatedBytes();
    }

    /** Prices between 49,990 and 50,010 (eight decimals). */
    private static long price(int i) {
        return (50_000L + (i % 21) - 10) * 100_000_000L;
    }

    @Test
    void matchingTradesAgainstWorkingOrdersThatDoNotFillAllocatesNothing() {
        assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
        threads.setThreadAllocatedMemoryEnabled(true);
        long qty = 50_000_000L; // 0.5
        broker.onTrade(0, T0, price(0));
        long buyLimit = broker.submitLimit(0, Side.BUY, qty, 49_000 * 100_000_000L, TimeInForce.GTC, T0);
        long sellLimit = broker.submitLimit(0, Side.SELL, qty, 51_000 * 100_000_000L, TimeInForce.GTC, T0);
        long buyStop = broker.submitStop(0, Side.BUY, qty, 51_500 * 100_000_000L, TimeInForce.GTC, T0);
        long bracket = broker.submitBracket(0, Side.BUY, qty, OrderType.LIMIT, 48_800 * 100_000_000L,
                TimeInForce.GTC, 48_000 * 100_000_000L, 51_000 * 100_000_000L, T0);

        long time = T0;
        for (int i = 0; i < 200_000; i++) {
            broker.onTrade(0, time += MS, price(i));
        }
        allocatedBytes();
        long before = allocatedBytes();
        for (int i = 0; i < 100_000; i++) {
            broker.onTrade(0, time += MS, price(i));
        }
        long allocated = allocatedBytes() - before;

        assertThat(allocated).isZero();
        assertThat(listener.fills).isZero();
        assertThat(broker.openOrderCount()).isEqualTo(6);
        for (long id : new long[] {buyLimit, sellLimit, buyStop, bracket}) {
            assertThat(broker.order(id).state()).isEqualTo(OrderState.WORKING);
        }
    }

    @Test
    void acceptingMatchingAndFillingOrdersAllocatesNothingOnceWarm() {
        threads.setThreadAllocatedMemoryEnabled(true);
        long qty = 10_000_000L; // 0.1
        long[] time = {T0};
        broker.onTrade(0, T0, price(0));
        roundTrips(20_000, qty, time);
        allocatedBytes();
        long fillsBefore = listener.fills;
        long before = allocatedBytes();
        roundTrips(10_000, qty, time);
        long allocated = allocatedBytes() - before;

        assertThat(allocated).isZero();
        assertThat(listener.fills - fillsBefore).isEqualTo(40_000);
        assertThat(listener.rejected).isZero();
        assertThat(broker.portfolio().position(0)).isZero();
    }

    /** Each round trip: a market buy, then a bracket that sells and takes profit, then a market sell: flat again. */
    private void roundTrips(int count, long qty, long[] time) {
        for (int i = 0; i < count; i++) {
            long t = time[0];
            long p = price(i);
            broker.submitMarket(0, Side.BUY, qty, t);
            broker.onTrade(0, t += MS, p);
            broker.submitBracket(0, Side.SELL, qty, OrderType.MARKET, 0, TimeInForce.IOC, p + 10_000_000_000L,
                    p - 10_000_000_000L, t);
            broker.onTrade(0, t += MS, p);
            broker.onTrade(0, t += MS, p - 20_000_000_000L); // the take-profit buys back
            broker.submitMarket(0, Side.SELL, qty, t);
            broker.onTrade(0, t += MS, p);
            time[0] = t;
        }
    }
}
