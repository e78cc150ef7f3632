package io.quantagent.engine.feed.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DecimalTextTest {

    private final DecimalText decimal = new DecimalText();

    private long scaled(String text, int scale) {
        decimal.parse(text.toCharArray(), 0, text.length());
        if (decimal.error != DecimalText.OK) {
            return Long.MIN_VALUE + decimal.error;
        }
        return decimal.toScale(scale);
    }

    @Test
    void readsExchangeDecimalsExactly() {
        assertThat(scaled("0.001", 8)).isEqualTo(100_000L);
        assertThat(scaled("100", 8)).isEqualTo(10_000_000_000L);
        assertThat(scaled("67000.01000000", 2)).isEqualTo(6_700_001L);
        assertThat(scaled("0.00000001", 8)).isEqualTo(1L);
        assertThat(scaled("0", 8)).isZero();
        assertThat(scaled("007.50", 1)).isEqualTo(75L);
    }

    @Test
    void trailingZerosDoNotCountAsDecimals() {
        assertThat(scaled("1.10000000000000000000", 1)).isEqualTo(11L);
        assertThat(decimal.error).isEqualTo(DecimalText.OK);
    }

    @Test
    void moreSignificantDecimalsThanTheScaleAreTooPrecise() {
        scaled("0.123456789", 8);
        assertThat(decimal.error).isEqualTo(DecimalText.TOO_PRECISE);
        scaled("1.005", 2);
        assertThat(decimal.error).isEqualTo(DecimalText.TOO_PRECISE);
    }

    @Test
    void valuesBeyond63BitsAreOutOfRange() {
        scaled("92233720368.54775808", 8);
        assertThat(decimal.error).isEqualTo(DecimalText.OUT_OF_RANGE);
        assertThat(scaled("92233720368.54775807", 8)).isEqualTo(Long.MAX_VALUE);
        assertThat(scaled("99999999999999999999", 0)).isEqualTo(Long.MIN_VALUE + DecimalText.OUT_OF_RANGE);
    }

    @Test
    void anythingButAPlainPositiveDecimalIsNotANumber() {
        for (String bad : new String[] {"", ".", "abc", "1.2.3", "-1", "+1", "1e5", " 1", "1 ", "1,5", "0x10", "NaN"}) {
            assertThat(scaled(bad, 8)).as(bad).isEqualTo(Long.MIN_VALUE + DecimalText.NOT_A_NUMBER);
        }
    }

    @Test
    void readsASliceOfALargerBuffer() {
        char[] buffer = "xx12.5yy".toCharArray();
        decimal.parse(buffer, 2, 4);
        assertThat(decimal.toScale(3)).isEqualTo(12_500L);
    }

    @Property
    void agreesWithBigDecimal(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long mantissa,
            @ForAll @IntRange(min = 0, max = 12) int decimals, @ForAll @IntRange(min = 0, max = 6) int trailingZeros,
            @ForAll @IntRange(min = 0, max = 12) int scale) {
        String text = BigDecimal.valueOf(mantissa, decimals).toPlainString()
                + (decimals > 0 ? "0".repeat(trailingZeros) : "");
        BigDecimal exact = new BigDecimal(text).movePointRight(scale);
        long result = scaled(text, scale);
        if (exact.stripTrailingZeros().scale() > 0) {
            assertThat(decimal.error).isEqualTo(DecimalText.TOO_PRECISE);
        } else if (exact.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            assertThat(decimal.error).isEqualTo(DecimalText.OUT_OF_RANGE);
        } else {
            assertThat(result).isEqualTo(exact.longValueExact());
        }
    }
}
