package io.quantagent.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.data.Scales;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PortfolioProperties {

    /** Instruments of different scales: cents and whole shares, crypto at 8/8, and two odd ones. */
    private static final List<Scales> SCALES = List.of(new Scales(2, 0), new Scales(8, 8), new Scales(4, 6),
            new Scales(0, 3));
    private static final long STARTING_CASH = Money.ofUnits(1_000_000);

    /** A fill (quantity non-zero) or a mark (quantity zero). */
    record Step(int instrument, long quantity, long price, long fee) {
    }

    @Property(tries = 300)
    void cashPlusMarkedPositionsEqualsStartingCashPlusPnlMinusFeesAfterEveryStep(
            @ForAll("steps") List<Step> steps) {
        Portfolio portfolio = new Portfolio(SCALES, STARTING_CASH);
        long[] flows = new long[SCALES.size()];
        long[] positions = new long[SCALES.size()];
        long expectedCash = STARTING_CASH;
        for (Step step : steps) {
            apply(portfolio, step);
            int i = step.instrument();
            if (step.quantity() != 0) {
                long flow = -Money.notional(step.price(), step.quantity(), SCALES.get(i));
                flows[i] += flow;
                positions[i] += step.quantity();
                expectedCash += flow - step.fee();
            }
            assertThat(portfolio.cash() + portfolio.netExposure()).isEqualTo(portfolio.startingCash()
                    + portfolio.realisedPnl() + portfolio.unrealisedPnl() - portfolio.fees());
            assertThat(portfolio.cash()).isEqualTo(expectedCash);
            assertThat(portfolio.position(i)).isEqualTo(positions[i]);
            // Everything paid and received on an instrument is either realised or still in its cost basis.
            assertThat(portfolio.realisedPnl(i) - portfolio.costBasis(i)).isEqualTo(flows[i]);
            assertThat(portfolio.equity()).isLessThanOrEqualTo(portfolio.highWaterMark());
        }
    }

    @Property(tries = 300)
    void replayingTheFillsRebuildsTheSamePortfolio(@ForAll("steps") List<Step> steps) {
        Portfolio original = new Portfolio(SCALES, STARTING_CASH);
        List<Fill> fills = new ArrayList<>();
        for (Step step : steps) {
            apply(original, step);
            if (step.quantity() != 0) {
                fills.add(new Fill(step.instrument(), step.quantity(), step.price(), step.fee()));
            }
        }
        Portfolio replayed = Portfolio.replay(SCALES, STARTING_CASH, fills);
        for (int i = 0; i < SCALES.size(); i++) {
            if (original.hasMark(i)) {
                replayed.mark(i, original.markPrice(i));
            }
        }
        PortfolioSnapshot a = original.snapshot();
        PortfolioSnapshot b = replayed.snapshot();
        // The high-water mark depends on the marks between fills, which are market data, not fills.
        assertThat(b.positions()).isEqualTo(a.positions());
        assertThat(b.cash()).isEqualTo(a.cash());
        assertThat(b.equity()).isEqualTo(a.equity());
        assertThat(b.realisedPnl()).isEqualTo(a.realisedPnl());
        assertThat(b.unrealisedPnl()).isEqualTo(a.unrealisedPnl());
        assertThat(b.fees()).isEqualTo(a.fees());
        assertThat(b.grossExposure()).isEqualTo(a.grossExposure());
        assertThat(b.netExposure()).isEqualTo(a.netExposure());
    }

    @Property(tries = 200)
    void closingEveryPositionLeavesNoCostBasisAndEquityEqualToCash(@ForAll("steps") List<Step> steps) {
        Portfolio portfolio = new Portfolio(SCALES, STARTING_CASH);
        for (Step step : steps) {
            apply(portfolio, step);
        }
        for (int i = 0; i < SCALES.size(); i++) {
            long held = portfolio.position(i);
            if (held != 0) {
                portfolio.applyFill(i, -held, portfolio.markPrice(i), 0);
            }
            assertThat(portfolio.costBasis(i)).isZero();
            assertThat(portfolio.unrealisedPnl(i)).isZero();
        }
        assertThat(portfolio.equity()).isEqualTo(portfolio.cash());
        assertThat(portfolio.cash()).isEqualTo(STARTING_CASH + portfolio.realisedPnl() - portfolio.fees());
        assertThat(portfolio.grossExposure()).isZero();
    }

    private static void apply(Portfolio portfolio, Step step) {
        if (step.quantity() == 0) {
            portfolio.mark(step.instrument(), step.price());
        } else {
            portfolio.applyFill(step.instrument(), step.quantity(), step.price(), step.fee());
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> instrument = Arbitraries.integers().between(0, SCALES.size() - 1);
        Arbitrary<Step> step = instrument.flatMap(i -> {
            Scales scales = SCALES.get(i);
            Arbitrary<Long> price = Arbitraries.longs().between(1, 100_000 * scales.priceUnit());
            Arbitrary<Long> size = Arbitraries.longs().between(1, 1_000 * scales.quantityUnit());
            Arbitrary<Long> quantity = Arbitraries.oneOf(size, size.map(q -> -q), Arbitraries.just(0L));
            Arbitrary<Long> fee = Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(0, Money.UNIT * 50));
            return Combinators.combine(price, quantity, fee).as((p, q, f) -> new Step(i, q, p, q == 0 ? 0 : f));
        });
        return step.list().ofMinSize(1).ofMaxSize(60);
    }
}
