package io.quantagent.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DecimalParserTest {

    private final DecimalParser parser = new DecimalParser();

    private long parse(String text, int scale) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return parser.parse(bytes, 0, bytes.length, scale);
    }

    private int error(String text, int scale) {
        parse(text, scale);
        return parser.error;
    }

    @Test
    void parsesDecimalsIntoFixedPoint() {
        assertThat(parse("82462.7", 8)).isEqualTo(8_246_270_000_000L);
        assertThat(parse("0.00000001", 8)).isEqualTo(1L);
        assertThat(parse("634.07629", 8)).isEqualTo(63_407_629_000L);
        assertThat(parse("20018500", 0)).isEqualTo(20_018_500L);
        assertThat(parse("-1.5", 2)).isEqualTo(-150L);
        assertThat(parse("+.5", 1)).isEqualTo(5L);
        assertThat(parse("7.", 3)).isEqualTo(7_000L);
        assertThat(parser.error).isEqualTo(DecimalParser.OK);
    }

    @Test
    void trailingZerosBeyondTheScaleAreExact() {
        assertThat(parse("800.010000000000", 8)).isEqualTo(80_001_000_000L);
        assertThat(parse("0.100000000000", 8)).isEqualTo(10_000_000L);
        assertThat(parser.error).isEqualTo(DecimalParser.OK);
    }

    @Test
    void moreSignificantDecimalsThanTheScaleAreRejected() {
        assertThat(error("1.000000001", 8)).isEqualTo(DecimalParser.TOO_PRECISE);
        assertThat(error("0.5", 0)).isEqualTo(DecimalParser.TOO_PRECISE);
        assertThat(error("0.1234567890123456789012", 8)).isEqualTo(DecimalParser.TOO_PRECISE);
    }

    @Test
    void valuesBeyondALongAreOutOfRange() {
        assertThat(error("92233720368.54775808", 8)).isEqualTo(DecimalParser.OUT_OF_RANGE);
        assertThat(error("99999999999999999999", 0)).isEqualTo(DecimalParser.OUT_OF_RANGE);
        assertThat(error("1e30", 2)).isEqualTo(DecimalParser.OUT_OF_RANGE);
        assertThat(parse("92233720368.5477", 8)).isEqualTo(9_223_372_036_854_770_000L);
        assertThat(parse("9223372036854775807", 0)).isEqualTo(Long.MAX_VALUE);
        assertThat(error("9223372036854775808", 0)).isEqualTo(DecimalParser.OUT_OF_RANGE);
    }

    @Test
    void exponentsAreExact() {
        assertThat(parse("1.5e-3", 8)).isEqualTo(150_000L);
        assertThat(parse("5E-05", 8)).isEqualTo(5_000L);
        assertThat(parse("2.5e2", 0)).isEqualTo(250L);
        assertThat(error("1e-9", 8)).isEqualTo(DecimalParser.TOO_PRECISE);
        assertThat(error("1200e-3", 0)).isEqualTo(DecimalParser.TOO_PRECISE);
    }

    @Test
    void blanksAndQuotesAroundTheValueAreIgnored() {
        assertThat(parse("  12.5\t", 1)).isEqualTo(125L);
        assertThat(parse("\"12.5\"", 1)).isEqualTo(125L);
    }

    @Test
    void textThatIsNoNumberIsRejected() {
        assertThat(error("NaN", 8)).isEqualTo(DecimalParser.NOT_A_NUMBER);
        assertThat(error("Infinity", 8)).isEqualTo(DecimalParser.NOT_A_NUMBER);
        assertThat(error("1.2.3", 8)).isEqualTo(DecimalParser.NOT_A_NUMBER);
        assertThat(error("-", 8)).isEqualTo(DecimalParser.NOT_A_NUMBER);
        assertThat(error(".", 8)).isEqualTo(DecimalParser.NOT_A_NUMBER);
        assertThat(error("1e", 8)).isEqualTo(DecimalParser.NOT_A_NUMBER);
        assertThat(error("12abc", 8)).isEqualTo(DecimalParser.NOT_A_NUMBER);
        assertThat(error("1 2", 8)).isEqualTo(DecimalParser.NOT_A_NUMBER);
        assertThat(error("", 8)).isEqualTo(DecimalParser.EMPTY);
        assertThat(error("  ", 8)).isEqualTo(DecimalParser.EMPTY);
    }

    @Property
    void everyValueAtTheScaleReadsBackExactly(
            @ForAll @LongRange(min = -Long.MAX_VALUE) long mantissa, @ForAll @IntRange(min = 0, max = 12) int scale) {
        String text = BigDecimal.valueOf(mantissa, scale).toPlainString();
        assertThat(parse(text, scale)).isEqualTo(mantissa);
        assertThat(parser.error).isEqualTo(DecimalParser.OK);
    }

    @Property
    void valuesWithMoreDecimalsThanTheScaleAreNeverRounded(
            @ForAll @LongRange(min = -Long.MAX_VALUE) long mantissa, @ForAll @IntRange(min = 0, max = 11) int scale) {
        BigDecimal value = BigDecimal.valueOf(mantissa, scale + 1);
        long parsed = parse(value.toPlainString(), scale);
        if (mantissa % 10 == 0) {
            assertThat(parsed).isEqualTo(mantissa / 10);
        } else {
            assertThat(parser.error).isEqualTo(DecimalParser.TOO_PRECISE);
        }
    }
}
