package io.quantagent.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.data.Scales;
import io.quantagent.engine.portfolio.Money;
import org.junit.jupiter.api.Test;

/** Position sizes in exact fixed point: the risk budget over the stop distance, capped by exposure and limit. */
class PositionSizerTest {

    private static final long U = 100_000_000L;
    private final PositionSizer sizer = new PositionSizer(0.01, 1.0, Money.ofUnits(100_000));

    @Test
    void theRiskBudgetOverTheStopDistanceFlooredToWholeUnits() {
        // 1 % of 100,000 is 1,000; over a stop 30 away that is 33.33333333 units (floored at eight decimals).
        assertThat(sizer.size(Money.ofUnits(100_000), 0, 100 * U, 30 * U, Scales.DEFAULT)).isEqualTo(33_33333333L);
    }

    @Test
    void theExposureLeftCapsTheSize() {
        // 60,000 already held leaves 40,000 of the 1x exposure: 400 units at 100.
        assertThat(sizer.size(Money.ofUnits(100_000), Money.ofUnits(60_000), 100 * U, U / 10, Scales.DEFAULT))
                .isEqualTo(400 * U);
    }

    @Test
    void thePositionLimitCapsTheSize() {
        PositionSizer limited = new PositionSizer(0.01, 1.0, Money.ofUnits(5_000));
        assertThat(limited.size(Money.ofUnits(100_000), 0, 100 * U, U, Scales.DEFAULT)).isEqualTo(50 * U);
    }

    @Test
    void coarseScalesRoundDownToWholeQuantityUnits() {
        // Prices with 2 decimals, whole-unit quantities: 1,000 at risk over 3.00 is 333 units.
        assertThat(sizer.size(Money.ofUnits(100_000), 0, 100_00, 3_00, new Scales(2, 0))).isEqualTo(333);
    }

    @Test
    void nothingWithoutEquityPriceOrStopDistanceOrRoom() {
        assertThat(sizer.size(0, 0, 100 * U, U, Scales.DEFAULT)).isZero();
        assertThat(sizer.size(Money.ofUnits(100_000), 0, 0, U, Scales.DEFAULT)).isZero();
        assertThat(sizer.size(Money.ofUnits(100_000), 0, 100 * U, 0, Scales.DEFAULT)).isZero();
        assertThat(sizer.size(Money.ofUnits(100_000), Money.ofUnits(100_000), 100 * U, U, Scales.DEFAULT)).isZero();
    }
}
