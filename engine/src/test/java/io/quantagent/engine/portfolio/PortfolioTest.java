package io.quantagent.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.engine.data.Scales;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioTest {

    /** Prices in cents, whole quantities. */
    private static final Scales CENTS = new Scales(2, 0);

    private static long money(String units) {
        return new java.math.BigDecimal(units).movePointRight(Money.DECIMALS).longValueExact();
    }

    private static long cents(String price) {
        return new java.math.BigDecimal(price).movePointRight(2).longValueExact();
    }

    private final Portfolio portfolio = new Portfolio(List.of(CENTS, CENTS), money("10000"));

    @Test
    void aBuyMovesCashIntoACostBasisAndIsValuedAtTheMark() {
        portfolio.applyFill(0, 10, cents("100"), 0);
        portfolio.mark(0, cents("110"));

        assertThat(portfolio.position(0)).isEqualTo(10);
        assertThat(portfolio.cash()).isEqualTo(money("9000"));
        assertThat(portfolio.costBasis(0)).isEqualTo(money("1000"));
        assertThat(portfolio.averagePrice(0)).isEqualTo(cents("100"));
        assertThat(portfolio.markedValue(0)).isEqualTo(money("1100"));
        assertThat(portfolio.unrealisedPnl(0)).isEqualTo(money("100"));
        assertThat(portfolio.realisedPnl(0)).isZero();
        assertThat(portfolio.equity()).isEqualTo(money("10100"));
        assertThat(portfolio.grossExposure()).isEqualTo(money("1100"));
        assertThat(portfolio.netExposure()).isEqualTo(money("1100"));
    }

    @Test
    void addingAveragesTheEntryPrice() {
        portfolio.applyFill(0, 1, cents("100"), 0);
        portfolio.applyFill(0, 3, cents("104"), 0);

        assertThat(portfolio.position(0)).isEqualTo(4);
        assertThat(portfolio.costBasis(0)).isEqualTo(money("412"));
        assertThat(portfolio.averagePrice(0)).isEqualTo(cents("103"));
    }

    @Test
    void aPartialCloseRealisesTheClosedShareAndKeepsTheAveragePrice() {
        portfolio.applyFill(0, 10, cents("100"), 0);
        portfolio.applyFill(0, -4, cents("110"), 0);

        assertThat(portfolio.position(0)).isEqualTo(6);
        assertThat(portfolio.realisedPnl(0)).isEqualTo(money("40"));
        assertThat(portfolio.costBasis(0)).isEqualTo(money("600"));
        assertThat(portfolio.averagePrice(0)).isEqualTo(cents("100"));
        assertThat(portfolio.cash()).isEqualTo(money("9440"));
    }

    @Test
    void aFlipClosesTheLongAtTheFillPriceAndOpensTheShortThere() {
        portfolio.applyFill(0, 6, cents("100"), 0);
        portfolio.applyFill(0, -10, cents("90"), 0);

        assertThat(portfolio.position(0)).isEqualTo(-4);
        assertThat(portfolio.realisedPnl(0)).isEqualTo(money("-60"));
        assertThat(portfolio.costBasis(0)).isEqualTo(money("-360"));
        assertThat(portfolio.averagePrice(0)).isEqualTo(cents("90"));
        portfolio.mark(0, cents("90"));
        assertThat(portfolio.markedValue(0)).isEqualTo(money("-360"));
        assertThat(portfolio.unrealisedPnl(0)).isZero();
    }

    @Test
    void aShortGainsWhenThePriceFalls() {
        portfolio.applyFill(0, -5, cents("100"), 0);
        portfolio.mark(0, cents("96"));
        assertThat(portfolio.unrealisedPnl(0)).isEqualTo(money("20"));
        assertThat(portfolio.grossExposure()).isEqualTo(money("480"));
        assertThat(portfolio.netExposure()).isEqualTo(money("-480"));

        portfolio.applyFill(0, 5, cents("90"), 0);
        assertThat(portfolio.position(0)).isZero();
        assertThat(portfolio.realisedPnl(0)).isEqualTo(money("50"));
        assertThat(portfolio.costBasis(0)).isZero();
        assertThat(portfolio.averagePrice(0)).isZero();
        assertThat(portfolio.cash()).isEqualTo(money("10050"));
    }

    @Test
    void feesComeOutOfCashAndAreKeptApartFromRealisedPnl() {
        portfolio.applyFill(0, 10, cents("100"), money("1.5"));
        portfolio.applyFill(0, -10, cents("101"), money("1.515"));

        assertThat(portfolio.realisedPnl()).isEqualTo(money("10"));
        assertThat(portfolio.fees(0)).isEqualTo(money("3.015"));
        assertThat(portfolio.fees()).isEqualTo(money("3.015"));
        assertThat(portfolio.cash()).isEqualTo(money("10006.985"));
        assertThat(portfolio.equity()).isEqualTo(money("10006.985"));
    }

    @Test
    void totalsAddUpTheInstruments() {
        portfolio.applyFill(0, 10, cents("100"), money("1"));
        portfolio.applyFill(1, -20, cents("50"), money("2"));
        portfolio.mark(0, cents("105"));
        portfolio.mark(1, cents("55"));

        assertThat(portfolio.unrealisedPnl()).isEqualTo(money("50") + money("-100"));
        assertThat(portfolio.grossExposure()).isEqualTo(money("1050") + money("1100"));
        assertThat(portfolio.netExposure()).isEqualTo(money("1050") - money("1100"));
        assertThat(portfolio.fees()).isEqualTo(money("3"));
        assertThat(portfolio.equity()).isEqualTo(money("10000") + money("50") - money("100") - money("3"));
    }

    @Test
    void theHighWaterMarkFollowsEquityUpAndDrawdownMeasuresTheFallFromIt() {
        portfolio.applyFill(0, 10, cents("100"), 0);
        portfolio.mark(0, cents("150"));
        assertThat(portfolio.highWaterMark()).isEqualTo(money("10500"));
        portfolio.mark(0, cents("120"));
        portfolio.mark(0, cents("130"));

        assertThat(portfolio.highWaterMark()).isEqualTo(money("10500"));
        assertThat(portfolio.drawdown()).isEqualTo(money("200"));
        assertThat(portfolio.drawdownFraction()).isEqualTo(200.0 / 10500.0);
    }

    @Test
    void aPartialCloseOfAnUnevenBasisStillBalancesToTheUnit() {
        portfolio.applyFill(0, 1, cents("1.00"), 0);
        portfolio.applyFill(0, 2, cents("1.01"), 0);
        portfolio.applyFill(0, -1, cents("1.02"), 0);
        portfolio.mark(0, cents("1.03"));

        // basis 3.02; a third of it, 1.00666666.67 rounded half-even at 8 decimals, is removed
        assertThat(portfolio.costBasis(0)).isEqualTo(money("2.01333333"));
        assertThat(portfolio.realisedPnl(0)).isEqualTo(money("0.01333333"));
        assertThat(portfolio.cash() + portfolio.netExposure()).isEqualTo(portfolio.startingCash()
                + portfolio.realisedPnl() + portfolio.unrealisedPnl() - portfolio.fees());
    }

    @Test
    void theFirstFillMarksAnUnmarkedInstrument() {
        assertThat(portfolio.hasMark(1)).isFalse();
        portfolio.applyFill(1, 3, cents("20"), 0);
        assertThat(portfolio.hasMark(1)).isTrue();
        assertThat(portfolio.markPrice(1)).isEqualTo(cents("20"));
        assertThat(portfolio.unrealisedPnl(1)).isZero();
    }

    @Test
    void replayingTheFillsRebuildsTheSameAccounts() {
        List<Fill> fills = List.of(new Fill(0, 10, cents("100"), money("0.5")), new Fill(1, -3, cents("40"), 0),
                new Fill(0, -15, cents("101"), money("0.75")), new Fill(1, 3, cents("39"), money("0.1")));
        for (Fill fill : fills) {
            portfolio.apply(fill);
        }
        Portfolio replayed = Portfolio.replay(List.of(CENTS, CENTS), money("10000"), fills);
        assertThat(replayed.snapshot()).isEqualTo(portfolio.snapshot());
    }

    @Test
    void refusesAFillWithoutQuantityOrPrice() {
        assertThatThrownBy(() -> portfolio.applyFill(0, 0, cents("1"), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> portfolio.applyFill(0, 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> portfolio.applyFill(0, 1, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAmountOutOfRangeThrowsInsteadOfWrapping() {
        Portfolio small = new Portfolio(List.of(new Scales(0, 0)), 0);
        assertThatThrownBy(() -> small.applyFill(0, Long.MAX_VALUE / 1000, 1_000_000_000_000L, 0))
                .isInstanceOf(ArithmeticException.class);
        assertThat(small.position(0)).isZero();
        assertThat(small.cash()).isZero();
    }
}
