package io.quantagent.agents.pattern;

import static io.quantagent.agents.pattern.Series.WICK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quantagent.agents.Direction;
import org.junit.jupiter.api.Test;

/** Rounded tops and bottoms, V-shaped reversals, island reversals and hidden bases on constructed series. */
class TurnPatternsTest {

    /** Closes on the parabola base + amplitude * ((i - vertex) / 19)^2 for bars 0 to 39. */
    private static Series parabola(double base, double amplitude, int vertex) {
        Series.Builder builder = Series.from(parabolaAt(base, amplitude, vertex, 0));
        for (int i = 1; i < 40; i++) {
            builder.to(i, parabolaAt(base, amplitude, vertex, i));
        }
        return builder.build();
    }

    private static double parabolaAt(double base, double amplitude, int vertex, int i) {
        double x = (i - vertex) / 19.0;
        return base + amplitude * x * x;
    }

    @Test
    void aBowlRisingAboveItsLeftRimIsAConfirmedRoundedBottom() {
        PatternReport report = parabola(100, 20, 18).feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.ROUNDED_BOTTOM);
        assertThat(report.direction()).isEqualTo(Direction.LONG);
        assertThat(report.confirmed()).isTrue();
        // The rim is the highest close left of the vertex: the first bar's.
        assertThat(report.neckline()).isCloseTo(parabolaAt(100, 20, 18, 0), within(1e-9));
    }

    @Test
    void aVIsNoRoundedBottom() {
        PatternReport report = Series.from(130).to(19, 100).to(39, 128).build().feed();

        assertThat(report.match(ChartPattern.ROUNDED_BOTTOM).confidence()).isZero();
        assertThat(report.pattern()).isNotEqualTo(ChartPattern.ROUNDED_BOTTOM);
    }

    @Test
    void aDomeFallingBelowItsLeftRimIsAConfirmedRoundedTop() {
        PatternReport report = parabola(120, -20, 18).feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.ROUNDED_TOP);
        assertThat(report.direction()).isEqualTo(Direction.SHORT);
        assertThat(report.confirmed()).isTrue();
        assertThat(report.neckline()).isCloseTo(parabolaAt(120, -20, 18, 0), within(1e-9));
    }

    @Test
    void anInvertedVIsNoRoundedTop() {
        PatternReport report = Series.from(100).to(19, 130).to(39, 102).build().feed();

        assertThat(report.match(ChartPattern.ROUNDED_TOP).confidence()).isZero();
        assertThat(report.pattern()).isNotEqualTo(ChartPattern.ROUNDED_TOP);
    }

    @Test
    void aSharpDeclineAndAnEqualRiseIsAVShapedReversal() {
        PatternReport report = Series.from(130).to(19, 100).to(39, 128).build().feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.V_SHAPED_REVERSAL);
        assertThat(report.direction()).isEqualTo(Direction.LONG);
        assertThat(report.confirmed()).isTrue();
        double top = 130 + WICK;
        double low = 100 - WICK;
        assertThat(report.neckline()).isCloseTo(top, within(1e-9));
        assertThat(report.breakoutLevel()).isCloseTo(low + 0.75 * (top - low), within(1e-9));
    }

    @Test
    void aDeclineThatHardlyRecoversIsNoVShapedReversal() {
        PatternReport report = Series.from(130).to(19, 100).to(39, 104).build().feed();

        assertThat(report.match(ChartPattern.V_SHAPED_REVERSAL).confidence()).isZero();
    }

    @Test
    void aRoundedBottomIsNoVShapedReversal() {
        PatternReport report = parabola(100, 20, 18).feed();

        assertThat(report.match(ChartPattern.V_SHAPED_REVERSAL).confidence()).isZero();
    }

    private static Series.Builder island(double start, double approachEnd, double island, double after,
            double end) {
        double s = Math.signum(approachEnd - island);
        return Series.from(start).to(25, approachEnd).to(26, island).gapAt(26).to(27, island - 0.5 * s)
                .to(28, island + 0.2 * s).to(29, island - 0.2 * s).to(30, after).to(39, end);
    }

    @Test
    void barsCutOffBelowByTwoGapsAreABullishIslandReversal() {
        PatternReport report = island(130, 110, 104, 111, 116).gapAt(30).build().feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.ISLAND_REVERSAL);
        assertThat(report.direction()).isEqualTo(Direction.LONG);
        assertThat(report.confirmed()).isTrue();
        // The island's highest high: bar 28 opens at 103.5 and closes at 104.2.
        assertThat(report.breakoutLevel()).isCloseTo(104.2 + WICK, within(1e-9));
        assertThat(report.barsSinceSignal()).isEqualTo(39 - 30);
        assertThat(report.startBarsAgo()).isEqualTo(39 - 26);
        assertThat(report.endBarsAgo()).isEqualTo(39 - 29);
    }

    @Test
    void barsCutOffAboveByTwoGapsAreABearishIslandReversal() {
        PatternReport report = island(100, 120, 126, 119, 114).gapAt(30).build().feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.ISLAND_REVERSAL);
        assertThat(report.direction()).isEqualTo(Direction.SHORT);
        assertThat(report.breakoutLevel()).isCloseTo(125.8 - WICK, within(1e-9));
    }

    @Test
    void withoutTheSecondGapThereIsNoIsland() {
        PatternReport report = island(130, 110, 104, 111, 116).build().feed();

        assertThat(report.match(ChartPattern.ISLAND_REVERSAL).confidence()).isZero();
        assertThat(report.pattern()).isNotEqualTo(ChartPattern.ISLAND_REVERSAL);
    }

    /** A quiet base around 110 from bar 8, after {@code start}; bar 39 closes at {@code lastClose}. */
    private static Series base(double start, double lastClose) {
        return Series.from(start).to(8, 110).to(11, 110.6).to(14, 109.6).to(17, 110.5).to(20, 109.7)
                .to(23, 110.6).to(26, 109.6).to(29, 110.4).to(32, 109.8).to(35, 110.5).to(37, 109.9)
                .to(38, 110.8).to(39, lastClose).build();
    }

    @Test
    void aQuietBaseAfterADeclineBrokenAtTheTopIsAHiddenBase() {
        PatternReport report = base(130, 111.8).feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.HIDDEN_BASE);
        assertThat(report.direction()).isEqualTo(Direction.LONG);
        assertThat(report.confirmed()).isTrue();
        assertThat(report.barsSinceSignal()).isZero();
        // The base's top is bar 38's high; its bottom the lows of the closes at 109.6.
        assertThat(report.neckline()).isCloseTo(110.8 + WICK, within(1e-9));
        assertThat(report.breakoutLevel()).isCloseTo(110.8 + WICK, within(1e-9));
        assertThat(report.lowerLevel()).isCloseTo(109.6 - WICK, within(1e-9));
    }

    @Test
    void aBaseAfterARiseIsNoHiddenBase() {
        PatternReport report = base(90, 111.8).feed();

        assertThat(report.match(ChartPattern.HIDDEN_BASE).confidence()).isZero();
    }
}
