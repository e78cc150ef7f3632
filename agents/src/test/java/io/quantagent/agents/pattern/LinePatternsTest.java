package io.quantagent.agents.pattern;

import static io.quantagent.agents.pattern.Series.WICK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quantagent.agents.Direction;
import org.junit.jupiter.api.Test;

/** Wedges, triangles and rectangles on constructed series; levels checked against independent line fits. */
class LinePatternsTest {

    private static final int LAST = 39;

    /**
     * The least-squares line through the anchors (bar, price) of one side that fall inside the reported
     * pattern, at the last bar.
     */
    private static double lineAtLast(PatternReport report, double[][] anchors) {
        int from = LAST - report.startBarsAgo();
        int to = LAST - report.endBarsAgo();
        int n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (double[] anchor : anchors) {
            if (anchor[0] >= from && anchor[0] <= to) {
                n++;
                sx += anchor[0];
                sy += anchor[1];
                sxx += anchor[0] * anchor[0];
                sxy += anchor[0] * anchor[1];
            }
        }
        assertThat(n).as("anchors inside the pattern").isGreaterThanOrEqualTo(2);
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return (sy - slope * sx) / n + slope * LAST;
    }

    @Test
    void risingConvergingLinesBrokenDownwardsAreARisingWedge() {
        PatternReport report = Series.from(100).to(6, 120).to(11, 110).to(16, 128).to(21, 118).to(26, 133)
                .to(30, 126).to(34, 136).to(39, 117).build().feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.RISING_WEDGE);
        assertThat(report.direction()).isEqualTo(Direction.SHORT);
        assertThat(report.confirmed()).isTrue();
        double[][] lows = {{0, 100 - WICK}, {11, 110 - WICK}, {21, 118 - WICK}, {30, 126 - WICK}};
        double[][] highs = {{6, 120 + WICK}, {16, 128 + WICK}, {26, 133 + WICK}, {34, 136 + WICK}};
        assertThat(report.breakoutLevel()).isCloseTo(lineAtLast(report, lows), within(1e-9));
        assertThat(report.lowerLevel()).isEqualTo(report.breakoutLevel());
        assertThat(report.upperLevel()).isCloseTo(lineAtLast(report, highs), within(1e-9));
    }

    @Test
    void aRisingParallelChannelIsNoRisingWedge() {
        PatternReport report = Series.from(100).to(6, 120).to(11, 110).to(17, 130).to(22, 120).to(28, 140)
                .to(33, 130).to(38, 150).to(39, 146).build().feed();

        assertThat(report.match(ChartPattern.RISING_WEDGE).confidence()).isZero();
    }

    @Test
    void fallingConvergingLinesBrokenUpwardsAreAFallingWedge() {
        PatternReport report = Series.from(100).to(6, 80).to(11, 90).to(16, 72).to(21, 82).to(26, 67)
                .to(30, 74).to(34, 64).to(39, 83).build().feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.FALLING_WEDGE);
        assertThat(report.direction()).isEqualTo(Direction.LONG);
        assertThat(report.confirmed()).isTrue();
        double[][] highs = {{0, 100 + WICK}, {11, 90 + WICK}, {21, 82 + WICK}, {30, 74 + WICK}};
        assertThat(report.breakoutLevel()).isCloseTo(lineAtLast(report, highs), within(1e-9));
        assertThat(report.upperLevel()).isEqualTo(report.breakoutLevel());
    }

    @Test
    void aFallingParallelChannelIsNoFallingWedge() {
        PatternReport report = Series.from(150).to(6, 130).to(11, 140).to(17, 120).to(22, 130).to(28, 110)
                .to(33, 120).to(38, 100).to(39, 104).build().feed();

        assertThat(report.match(ChartPattern.FALLING_WEDGE).confidence()).isZero();
    }

    /** Flat top at 120, lows rising from 100; bar 39 closes at {@code end}. */
    private static Series ascending(double end) {
        return Series.from(100).to(6, 120).to(12, 104).to(18, 120).to(24, 108).to(30, 120).to(35, 112)
                .to(39, end).build();
    }

    @Test
    void aFlatTopAndRisingLowsBrokenUpwardsAreAnAscendingTriangle() {
        PatternReport report = ascending(126).feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.ASCENDING_TRIANGLE);
        assertThat(report.direction()).isEqualTo(Direction.LONG);
        assertThat(report.confirmed()).isTrue();
        assertThat(report.breakoutLevel()).isCloseTo(120 + WICK, within(1e-9));
        assertThat(report.barsSinceSignal()).isEqualTo(1);
    }

    @Test
    void anAscendingTriangleBrokenDownwardsIsVoid() {
        PatternReport report = ascending(100).feed();

        assertThat(report.match(ChartPattern.ASCENDING_TRIANGLE).confidence()).isZero();
    }

    /** Flat bottom at 100, highs falling from 120; bar 39 closes at {@code end}. */
    private static Series descending(double end) {
        return Series.from(120).to(6, 100).to(12, 116).to(18, 100).to(24, 112).to(30, 100).to(35, 108)
                .to(39, end).build();
    }

    @Test
    void aFlatBottomAndFallingHighsBrokenDownwardsAreADescendingTriangle() {
        PatternReport report = descending(94).feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.DESCENDING_TRIANGLE);
        assertThat(report.direction()).isEqualTo(Direction.SHORT);
        assertThat(report.confirmed()).isTrue();
        assertThat(report.breakoutLevel()).isCloseTo(100 - WICK, within(1e-9));
    }

    @Test
    void aDescendingTriangleBrokenUpwardsIsVoid() {
        PatternReport report = descending(120).feed();

        assertThat(report.match(ChartPattern.DESCENDING_TRIANGLE).confidence()).isZero();
    }

    /** Highs falling from 124, lows rising from 100; bar 39 closes at {@code end}. */
    private static Series symmetrical(double end) {
        return Series.from(100).to(6, 124).to(12, 104).to(18, 120).to(24, 107).to(30, 117).to(35, 110)
                .to(39, end).build();
    }

    @Test
    void convergingFallingHighsAndRisingLowsBrokenUpwardsAreALongSymmetricalTriangle() {
        PatternReport report = symmetrical(122).feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.SYMMETRICAL_TRIANGLE);
        assertThat(report.direction()).isEqualTo(Direction.LONG);
        assertThat(report.confirmed()).isTrue();
        double[][] highs = {{6, 124 + WICK}, {18, 120 + WICK}, {30, 117 + WICK}};
        assertThat(report.breakoutLevel()).isCloseTo(lineAtLast(report, highs), within(1e-9));
    }

    @Test
    void aSymmetricalTriangleIsNeutralUntilItBreaksOut() {
        PatternReport report = Series.from(100).to(6, 124).to(12, 104).to(18, 120).to(24, 107).to(30, 117)
                .to(35, 111).to(39, 113).build().feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.SYMMETRICAL_TRIANGLE);
        assertThat(report.direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(report.confirmed()).isFalse();
        assertThat(report.strength()).isZero();
        assertThat(report.barsSinceSignal()).isEqualTo(Integer.MAX_VALUE);
        assertThat(report.breakoutLevel()).isNaN();
        assertThat(report.upperLevel()).isGreaterThan(113).isGreaterThan(report.lowerLevel());
        assertThat(report.lowerLevel()).isLessThan(113);
    }

    @Test
    void aFallingWedgeIsNoSymmetricalTriangle() {
        PatternReport report = Series.from(100).to(6, 80).to(11, 90).to(16, 72).to(21, 82).to(26, 67)
                .to(30, 74).to(34, 64).to(39, 83).build().feed();

        assertThat(report.match(ChartPattern.SYMMETRICAL_TRIANGLE).confidence()).isZero();
    }

    @Test
    void divergingRisingHighsAndFallingLowsBrokenDownwardsAreAShortExpandingTriangle() {
        PatternReport report = Series.from(112).to(5, 104).to(10, 114).to(16, 100).to(22, 118).to(28, 96)
                .to(34, 122).to(39, 88).build().feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.EXPANDING_TRIANGLE);
        assertThat(report.direction()).isEqualTo(Direction.SHORT);
        assertThat(report.confirmed()).isTrue();
        double[][] lows = {{5, 104 - WICK}, {16, 100 - WICK}, {28, 96 - WICK}};
        assertThat(report.breakoutLevel()).isCloseTo(lineAtLast(report, lows), within(1e-9));
        assertThat(report.breakoutLevel()).isEqualTo(report.lowerLevel()).isGreaterThan(88);
    }

    @Test
    void anExpandingTriangleIsNeutralUntilItBreaksOut() {
        PatternReport report = Series.from(108).to(5, 116).to(10, 106).to(16, 120).to(22, 102).to(28, 124)
                .to(34, 98).to(39, 110).build().feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.EXPANDING_TRIANGLE);
        assertThat(report.direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(report.breakoutLevel()).isNaN();
    }

    @Test
    void aSymmetricalTriangleIsNoExpandingTriangle() {
        PatternReport report = symmetrical(122).feed();

        assertThat(report.match(ChartPattern.EXPANDING_TRIANGLE).confidence()).isZero();
    }

    /** Between 100 and 110 four times; bar 39 closes at {@code end}. */
    private static Series rectangle(double end) {
        return Series.from(100).to(5, 110).to(10, 100).to(15, 110).to(20, 100).to(25, 110).to(30, 100)
                .to(35, 110).to(39, end).build();
    }

    @Test
    void flatEqualHighsAndLowsBrokenDownwardsAreAShortRectangle() {
        PatternReport report = rectangle(95).feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.RECTANGLE);
        assertThat(report.direction()).isEqualTo(Direction.SHORT);
        assertThat(report.confirmed()).isTrue();
        assertThat(report.breakoutLevel()).isCloseTo(100 - WICK, within(1e-9));
        assertThat(report.upperLevel()).isCloseTo(110 + WICK, within(1e-9));
        assertThat(report.lowerLevel()).isCloseTo(100 - WICK, within(1e-9));
        assertThat(report.match(ChartPattern.DOUBLE_TOP).confidence()).isZero();
        assertThat(report.match(ChartPattern.DOUBLE_BOTTOM).confidence()).isZero();
    }

    @Test
    void aRectangleIsNeutralUntilItBreaksOut() {
        PatternReport report = rectangle(104).feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.RECTANGLE);
        assertThat(report.direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(report.confidence()).isGreaterThanOrEqualTo(0.5);
        assertThat(report.strength()).isZero();
        assertThat(report.breakoutLevel()).isNaN();
    }

    @Test
    void risingLowsUnderAFlatTopAreNoRectangle() {
        PatternReport report = ascending(126).feed();

        assertThat(report.match(ChartPattern.RECTANGLE).confidence()).isZero();
    }
}
