package io.quantagent.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.data.Scales;
import io.quantagent.engine.portfolio.Fill;
import io.quantagent.engine.portfolio.Money;
import io.quantagent.engine.portfolio.Portfolio;
import io.quantagent.engine.risk.PreTradeLimits;
import io.quantagent.engine.risk.PreTradeRisk;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random markets and random orders through the broker: invariants that hold whatever happens. */
class PaperBrokerProperties {

    private static final List<Scales> SCALES = List.of(new Scales(2, 0), new Scales(2, 0));
    private static final long MS = 1_000_000L;
    private static final long T0 = 1_709_251_200_000L * MS;
    private static final long TICK = 5;

    /**
     * One step of a script: a market event ({@code kind} 0 a trade, 1 a bar) or a decision ({@code kind} 2 an
     * order, 3 a bracket, 4 a cancel). Prices are offsets in cents from the instrument's current price.
     */
    record Step(int kind, int instrument, int move, int up, int down, Side side, OrderType type, TimeInForce tif,
            int offset, int quantity, int cancelPick) {
    }

    record Script(ExecutionConfig config, List<Step> steps) {
    }

    /** What the harness saw: every listener event, and for each fill the price range of its market event. */
    static final class Run extends RecordingListener {
        final Map<Long, Accepted> accepted = new HashMap<>();
        final List<long[]> fillRanges = new ArrayList<>();
        final List<Fill> bookFills = new ArrayList<>();
        long low;
        long high;

        @Override
        public void onOrderAccepted(long orderId, int instrument, Side side, OrderType type, TimeInForce timeInForce,
                long price, long quantity, long parentId, long timeNanos) {
            super.onOrderAccepted(orderId, instrument, side, type, timeInForce, price, quantity, parentId, timeNanos);
            accepted.put(orderId, new Accepted(orderId, instrument, side, type, timeInForce, price, quantity, parentId,
                    timeNanos));
        }

        @Override
        public void onFill(long orderId, int instrument, Side side, long price, long quantity, long fee,
                long timeNanos) {
            super.onFill(orderId, instrument, side, price, quantity, fee, timeNanos);
            fillRanges.add(new long[] {low, high});
            bookFills.add(new Fill(instrument, side == Side.BUY ? quantity : -quantity, price, fee));
        }
    }

    private static Run play(Script script, PaperBroker[] out) {
        Run run = new Run();
        Portfolio portfolio = new Portfolio(SCALES, Money.ofUnits(1_000_000));
        PaperBroker broker = new PaperBroker(script.config(), portfolio,
                new PreTradeRisk(portfolio, PreTradeLimits.NONE, run), run, new long[] {TICK, 1});
        out[0] = broker;
        long[] price = {100_00, 250_00};
        long time = T0;
        List<Long> ids = new ArrayList<>();
        for (Step step : script.steps()) {
            int i = step.instrument();
            switch (step.kind()) {
                case 0 -> {
                    time += MS;
                    price[i] = Math.max(100, price[i] + step.move());
                    run.low = price[i];
                    run.high = price[i];
                    broker.onTrade(i, time, price[i]);
                }
                case 1 -> {
                    time += 60_000 * MS;
                    long open = Math.max(100, price[i] + step.move());
                    long close = Math.max(100, open + step.move() / 2);
                    long high = Math.max(open, close) + step.up();
                    long low = Math.max(1, Math.min(open, close) - step.down());
                    run.low = low;
                    run.high = high;
                    broker.onBar(i, time, time + 60_000 * MS, open, high, low, close);
                    price[i] = close;
                }
                case 2 -> {
                    long p = Math.max(1, price[i] + step.offset());
                    long id = switch (step.type()) {
                        case MARKET -> broker.submitMarket(i, step.side(), step.quantity(), time);
                        case LIMIT -> broker.submitLimit(i, step.side(), step.quantity(), p, step.tif(), time);
                        case STOP -> broker.submitStop(i, step.side(), step.quantity(), p, step.tif(), time);
                    };
                    ids.add(id);
                }
                case 3 -> {
                    long distance = 10 + Math.abs(step.offset());
                    long entry = price[i] + (step.type() == OrderType.STOP ? 1 : -1) * step.side().sign() * 5;
                    long stop = price[i] - step.side().sign() * distance;
                    long target = price[i] + step.side().sign() * (distance + 7);
                    ids.add(broker.submitBracket(i, step.side(), step.quantity(), step.type(), entry, step.tif(),
                            Math.max(1, stop), Math.max(1, target), time));
                }
                default -> {
                    if (!ids.isEmpty()) {
                        long id = ids.get(step.cancelPick() % ids.size());
                        broker.cancel(id + step.cancelPick() % 3, time);
                    }
                }
            }
        }
        return run;
    }

    private static Run play(Script script) {
        return play(script, new PaperBroker[1]);
    }

    @Property(tries = 100)
    void noOrderFillsOutsideThePricesOfItsEventBeyondSlippage(@ForAll("scripts") Script script) {
        Run run = play(script);
        ExecutionConfig config = script.config();
        List<RecordingListener.Filled> fills = run.fills();
        for (int k = 0; k < fills.size(); k++) {
            RecordingListener.Filled fill = fills.get(k);
            long low = run.fillRanges.get(k)[0];
            long high = run.fillRanges.get(k)[1];
            RecordingListener.Accepted order = run.accepted.get(fill.id());
            long tick = fill.instrument() == 0 ? TICK : 1;
            if (order.type() == OrderType.LIMIT) {
                assertThat(fill.price()).isBetween(low, high);
                if (order.side() == Side.BUY) {
                    assertThat(fill.price()).isLessThanOrEqualTo(order.price());
                } else {
                    assertThat(fill.price()).isGreaterThanOrEqualTo(order.price());
                }
            } else {
                long above = high + slippage(config, high, tick);
                long below = Math.max(1, low - slippage(config, low, tick));
                assertThat(fill.price()).isBetween(below, above);
            }
            assertThat(fill.timeNanos()).as("arrived before filling")
                    .isGreaterThanOrEqualTo(order.timeNanos() + config.latencyNanos());
        }
    }

    private static long slippage(ExecutionConfig config, long price, long tick) {
        return config.slippageTicks() * tick + Money.mulDiv(price, config.slippageCentiBps(),
                ExecutionConfig.CENTI_BPS_PER_ONE, RoundingMode.CEILING);
    }

    @Property(tries = 100)
    void theAccountsBalanceAndReplayingTheFillsRebuildsThePortfolio(@ForAll("scripts") Script script) {
        PaperBroker[] broker = new PaperBroker[1];
        Run run = play(script, broker);
        Portfolio portfolio = broker[0].portfolio();

        assertThat(portfolio.cash() + portfolio.netExposure()).isEqualTo(portfolio.startingCash()
                + portfolio.realisedPnl() + portfolio.unrealisedPnl() - portfolio.fees());
        Portfolio replayed = Portfolio.replay(SCALES, portfolio.startingCash(), run.bookFills);
        for (int i = 0; i < SCALES.size(); i++) {
            if (portfolio.hasMark(i)) {
                replayed.mark(i, portfolio.markPrice(i));
            }
        }
        assertThat(replayed.snapshot().positions()).isEqualTo(portfolio.snapshot().positions());
        assertThat(replayed.cash()).isEqualTo(portfolio.cash());
        assertThat(replayed.equity()).isEqualTo(portfolio.equity());
    }

    @Property(tries = 50)
    void theSameInputGivesTheSameEventsAndIds(@ForAll("scripts") Script script) {
        assertThat(play(script).events).isEqualTo(play(script).events);
    }

    @Property(tries = 100)
    void aBracketFillsAtMostOneExitAndOnlyAfterItsEntry(@ForAll("scripts") Script script) {
        Run run = play(script);
        Map<Long, Integer> filledAt = new HashMap<>();
        List<RecordingListener.Filled> fills = run.fills();
        for (int k = 0; k < fills.size(); k++) {
            filledAt.put(fills.get(k).id(), k);
        }
        for (RecordingListener.Accepted order : run.accepted.values()) {
            if (order.parentId() != 0 && filledAt.containsKey(order.id())) {
                assertThat(filledAt).containsKey(order.parentId());
                assertThat(filledAt.get(order.id())).isGreaterThan(filledAt.get(order.parentId()));
                long sibling = order.id() == order.parentId() + 1 ? order.id() + 1 : order.id() - 1;
                assertThat(filledAt).doesNotContainKey(sibling);
            }
        }
        PaperBroker[] broker = new PaperBroker[1];
        play(script, broker);
        assertThat(broker[0].openOrderCount()).isEqualTo(openOrders(run));
    }

    /** Accepted orders that neither filled nor were cancelled. */
    private static int openOrders(Run run) {
        int open = run.accepted.size();
        open -= run.fills().size();
        open -= run.cancels().size();
        return open;
    }

    @Provide
    Arbitrary<Script> scripts() {
        Arbitrary<ExecutionConfig> config = Combinators.combine(
                Arbitraries.of(0L, MS, 5 * MS, 120_000 * MS),
                Arbitraries.of(0L, 750L, 10_000L),
                Arbitraries.of(0L, 300L, 2_500L),
                Arbitraries.of(0L, 1L, 3L)).as((latency, fee, bps, ticks) -> new ExecutionConfig(latency, fee, bps,
                        ticks, 256));
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.frequency(net.jqwik.api.Tuple.of(5, 0), net.jqwik.api.Tuple.of(3, 1),
                        net.jqwik.api.Tuple.of(4, 2), net.jqwik.api.Tuple.of(2, 3), net.jqwik.api.Tuple.of(1, 4)),
                Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(-150, 150),
                Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(0, 200),
                Arbitraries.of(Side.class),
                Arbitraries.of(OrderType.class),
                Arbitraries.of(TimeInForce.class)).flatAs((kind, instrument, move, up, down, side, type, tif) ->
                Combinators.combine(Arbitraries.integers().between(-300, 300), Arbitraries.integers().between(1, 20),
                        Arbitraries.integers().between(0, 1000)).as((offset, quantity, pick) ->
                        new Step(kind, instrument, move, up, down, side, type, tif, offset, quantity, pick)));
        return Combinators.combine(config, step.list().ofMinSize(5).ofMaxSize(80)).as(Script::new);
    }
}
