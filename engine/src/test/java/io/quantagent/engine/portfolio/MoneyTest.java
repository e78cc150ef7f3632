package io.quantagent.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.engine.data.Scales;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    @Test
    void notionalOfABitcoinAtFiftyThousandNeedsMoreThanSixtyFourBitsInBetweenAndIsExact() {
        Scales scales = new Scales(8, 8);
        long price = 50_000_12345678L; // 50,000.12345678
        long quantity = 12_34567891L; // 12.34567891
        // 50,000.12345678 x 12.34567891 = 617,285.49 and more; half-even at 8 decimals
        BigDecimal exact = new BigDecimal("50000.12345678").multiply(new BigDecimal("12.34567891"));
        long expected = exact.setScale(8, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
        assertThat(Money.notional(price, quantity, scales)).isEqualTo(expected);
        assertThat(Money.notional(price, -quantity, scales)).isEqualTo(-expected);
    }

    @Test
    void notionalScalesUpWhenInstrumentDecimalsAreFewerThanTheAccounts() {
        Scales cents = new Scales(2, 0); // a share priced in cents
        assertThat(Money.notional(12_345, 3, cents)).isEqualTo(370_35_000000L); // 123.45 x 3 = 370.35
    }

    @Test
    void halfEvenRoundsTiesToEven() {
        assertThat(Money.mulDiv(25, 1, 10, RoundingMode.HALF_EVEN)).isEqualTo(2);
        assertThat(Money.mulDiv(35, 1, 10, RoundingMode.HALF_EVEN)).isEqualTo(4);
        assertThat(Money.mulDiv(-25, 1, 10, RoundingMode.HALF_EVEN)).isEqualTo(-2);
    }

    @Test
    void ceilingRoundsTowardsPositiveInfinity() {
        assertThat(Money.mulDiv(21, 1, 10, RoundingMode.CEILING)).isEqualTo(3);
        assertThat(Money.mulDiv(-21, 1, 10, RoundingMode.CEILING)).isEqualTo(-2);
    }

    @Test
    void overflowIsReportedNeverWrapped() {
        assertThat(Money.mulDivOrOverflow(Long.MAX_VALUE, 2, 1, RoundingMode.DOWN)).isEqualTo(Money.OVERFLOW);
        assertThat(Money.mulDivOrOverflow(Long.MIN_VALUE, 1, 1, RoundingMode.DOWN)).isEqualTo(Money.OVERFLOW);
        assertThatThrownBy(() -> Money.notional(Long.MAX_VALUE / 2, 100_000_000_000L, new Scales(0, 0)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofUnits(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void averagePriceIsTheCostBasisPerUnitAtThePriceScale() {
        Scales scales = new Scales(2, 3);
        // 2.500 units for 250.01 -> 100.004 per unit -> 100.00 at two decimals
        assertThat(Money.priceOf(250_01_000000L, 2_500, scales)).isEqualTo(100_00);
    }

    @Property(tries = 3000)
    void mulDivEqualsTheExactQuotientRoundedLikeBigDecimal(@ForAll("longs") long a, @ForAll("longs") long b,
            @ForAll("divisors") long divisor, @ForAll("modes") RoundingMode mode) {
        BigDecimal exact = new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)))
                .divide(BigDecimal.valueOf(divisor), 0, mode);
        BigInteger expected = exact.toBigIntegerExact();
        long actual = Money.mulDivOrOverflow(a, b, divisor, mode);
        if (expected.compareTo(MAX) > 0 || expected.compareTo(MIN) <= 0) {
            assertThat(actual).isEqualTo(Money.OVERFLOW);
        } else {
            assertThat(actual).isEqualTo(expected.longValueExact());
        }
    }

    @Provide
    Arbitrary<Long> longs() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-1_000_000_000_000L,
                1_000_000_000_000L), Arbitraries.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE,
                Long.MAX_VALUE - 1, 1L << 32, (1L << 32) - 1, 1L << 62));
    }

    @Provide
    Arbitrary<Long> divisors() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, Long.MAX_VALUE), Arbitraries.longs().between(1, 1000),
                Arbitraries.integers().between(0, 18).map(n -> BigInteger.TEN.pow(n).longValueExact()),
                Arbitraries.of(Long.MAX_VALUE, (1L << 32) + 1, (1L << 63) - (1L << 31)));
    }

    @Provide
    Arbitrary<RoundingMode> modes() {
        return Arbitraries.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
                RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
    }
}
