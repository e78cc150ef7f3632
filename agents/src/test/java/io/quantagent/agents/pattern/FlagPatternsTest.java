package io.quantagent.agents.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.agents.Direction;
import org.junit.jupiter.api.Test;

/** Bullish and bearish flags on constructed series. */
class FlagPatternsTest {

    /** Flat with a little noise to bar 19, a pole from bar 19 to 25, then the given flag anchors. */
    private static Series.Builder pole(double from, double to) {
        return Series.from(from).to(19, from).noise(0.3, 7).to(25, to);
    }

    @Test
    void aSharpRiseAndAShallowFallingChannelBrokenUpwardsIsABullishFlag() {
        Series series = pole(100, 125).to(28, 122.5).to(30, 123.5).to(33, 120.5).to(35, 121.5).to(37, 119.5)
                .to(39, 126).build();
        PatternReport report = series.feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.BULLISH_FLAG);
        assertThat(report.direction()).isEqualTo(Direction.LONG);
        assertThat(report.confirmed()).isTrue();
        assertThat(report.breakoutLevel()).isEqualTo(report.upperLevel());
        // Bar 38, the first after the flag, broke out; the channel is below the pole's top and at most half
        // the pole (from the flat's lowest low to the pole's top) tall.
        assertThat(report.barsSinceSignal()).isEqualTo(1);
        double pole = series.high[25] - min(series.low, 15, 24);
        assertThat(report.upperLevel()).isLessThan(series.high[25]).isLessThan(series.close[39]);
        assertThat(report.upperLevel() - report.lowerLevel()).isPositive().isLessThanOrEqualTo(0.5 * pole);
        assertThat(report.neckline()).isNaN();
    }

    @Test
    void aPullbackRetracingMostOfThePoleIsNoBullishFlag() {
        PatternReport report = pole(100, 125).to(28, 118).to(30, 120).to(33, 111).to(35, 113).to(37, 108)
                .to(39, 115).build().feed();

        assertThat(report.match(ChartPattern.BULLISH_FLAG).confidence()).isZero();
    }

    @Test
    void aSharpFallAndAShallowRisingChannelBrokenDownwardsIsABearishFlag() {
        Series series = pole(125, 100).to(28, 102.5).to(30, 101.5).to(33, 104.5).to(35, 103.5).to(37, 105.5)
                .to(39, 99).build();
        PatternReport report = series.feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.BEARISH_FLAG);
        assertThat(report.direction()).isEqualTo(Direction.SHORT);
        assertThat(report.confirmed()).isTrue();
        assertThat(report.breakoutLevel()).isEqualTo(report.lowerLevel());
        assertThat(report.lowerLevel()).isGreaterThan(series.low[25]).isGreaterThan(series.close[39])
                .isLessThan(report.upperLevel());
    }

    @Test
    void aRallyRetracingMostOfThePoleIsNoBearishFlag() {
        PatternReport report = pole(125, 100).to(28, 107).to(30, 105).to(33, 114).to(35, 112).to(37, 117)
                .to(39, 110).build().feed();

        assertThat(report.match(ChartPattern.BEARISH_FLAG).confidence()).isZero();
    }

    private static double min(double[] values, int from, int to) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            min = Math.min(min, values[i]);
        }
        return min;
    }
}
