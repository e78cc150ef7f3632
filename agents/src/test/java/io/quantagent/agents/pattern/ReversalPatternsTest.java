package io.quantagent.agents.pattern;

import static io.quantagent.agents.pattern.Series.WICK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quantagent.agents.Direction;
import org.junit.jupiter.api.Test;

/** Head and shoulders, inverse head and shoulders, double top and double bottom on constructed series. */
class ReversalPatternsTest {

    @Test
    void headAndShouldersBrokenBelowItsNecklineIsAConfirmedShort() {
        PatternReport report = Series.from(100).to(8, 120).to(13, 110).to(20, 130).to(27, 110).to(32, 120)
                .to(39, 105).build().feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.HEAD_AND_SHOULDERS);
        assertThat(report.direction()).isEqualTo(Direction.SHORT);
        assertThat(report.confirmed()).isTrue();
        assertThat(report.neckline()).isCloseTo(110 - WICK, within(1e-9));
        assertThat(report.breakoutLevel()).isCloseTo(110 - WICK, within(1e-9));
        assertThat(report.strength()).isEqualTo(report.confidence()).isGreaterThan(0.9);
        // Closes fall 15/7 per bar from 120 at bar 32: bar 37 is the first below 109.7.
        assertThat(report.barsSinceSignal()).isEqualTo(2);
        assertThat(report.startBarsAgo()).isEqualTo(39 - 8);
        assertThat(report.endBarsAgo()).isEqualTo(39 - 32);
    }

    @Test
    void headAndShouldersAboveItsNecklineIsAnUnconfirmedShortWorthLess() {
        PatternReport report = Series.from(100).to(8, 120).to(13, 110).to(20, 130).to(27, 110).to(32, 120)
                .to(39, 113).build().feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.HEAD_AND_SHOULDERS);
        assertThat(report.direction()).isEqualTo(Direction.SHORT);
        assertThat(report.confirmed()).isFalse();
        assertThat(report.confidence()).isBetween(0.5, 0.7 + 1e-9);
        assertThat(report.barsSinceSignal()).isEqualTo(39 - 32);
    }

    @Test
    void aHeadLowerThanTheShouldersIsNoHeadAndShoulders() {
        PatternReport report = Series.from(100).to(8, 125).to(13, 110).to(20, 120).to(27, 110).to(32, 125)
                .to(39, 105).build().feed();

        assertThat(report.match(ChartPattern.HEAD_AND_SHOULDERS).confidence()).isZero();
        assertThat(report.pattern()).isNotEqualTo(ChartPattern.HEAD_AND_SHOULDERS);
    }

    @Test
    void inverseHeadAndShouldersBrokenAboveItsNecklineIsAConfirmedLong() {
        PatternReport report = Series.from(130).to(8, 110).to(13, 120).to(20, 100).to(27, 120).to(32, 110)
                .to(39, 125).build().feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.INVERSE_HEAD_AND_SHOULDERS);
        assertThat(report.direction()).isEqualTo(Direction.LONG);
        assertThat(report.confirmed()).isTrue();
        assertThat(report.neckline()).isCloseTo(120 + WICK, within(1e-9));
        assertThat(report.breakoutLevel()).isCloseTo(120 + WICK, within(1e-9));
    }

    @Test
    void aHeadHigherThanTheShouldersIsNoInverseHeadAndShoulders() {
        PatternReport report = Series.from(130).to(8, 105).to(13, 120).to(20, 110).to(27, 120).to(32, 105)
                .to(39, 125).build().feed();

        assertThat(report.match(ChartPattern.INVERSE_HEAD_AND_SHOULDERS).confidence()).isZero();
        assertThat(report.pattern()).isNotEqualTo(ChartPattern.INVERSE_HEAD_AND_SHOULDERS);
    }

    @Test
    void doubleTopBrokenBelowTheLowBetweenIsAConfirmedShort() {
        PatternReport report = Series.from(100).to(10, 120).to(19, 108).to(28, 120).to(39, 100).build().feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.DOUBLE_TOP);
        assertThat(report.direction()).isEqualTo(Direction.SHORT);
        assertThat(report.confirmed()).isTrue();
        assertThat(report.neckline()).isCloseTo(108 - WICK, within(1e-9));
        assertThat(report.breakoutLevel()).isCloseTo(108 - WICK, within(1e-9));
    }

    @Test
    void aSecondTopFarAboveTheFirstIsNoDoubleTop() {
        PatternReport report = Series.from(100).to(10, 120).to(19, 108).to(28, 132).to(39, 100).build().feed();

        assertThat(report.match(ChartPattern.DOUBLE_TOP).confidence()).isZero();
        assertThat(report.pattern()).isNotEqualTo(ChartPattern.DOUBLE_TOP);
    }

    @Test
    void threeEqualTopsAreNoDoubleTop() {
        PatternReport report = Series.from(100).to(6, 120).to(12, 108).to(19, 120).to(25, 108).to(32, 120)
                .to(39, 104).build().feed();

        assertThat(report.match(ChartPattern.DOUBLE_TOP).confidence()).isZero();
    }

    @Test
    void doubleBottomBrokenAboveTheHighBetweenIsAConfirmedLong() {
        PatternReport report = Series.from(120).to(10, 100).to(19, 112).to(28, 100).to(39, 120).build().feed();

        assertThat(report.pattern()).isEqualTo(ChartPattern.DOUBLE_BOTTOM);
        assertThat(report.direction()).isEqualTo(Direction.LONG);
        assertThat(report.confirmed()).isTrue();
        assertThat(report.neckline()).isCloseTo(112 + WICK, within(1e-9));
        assertThat(report.breakoutLevel()).isCloseTo(112 + WICK, within(1e-9));
    }

    @Test
    void aSecondBottomFarBelowTheFirstIsNoDoubleBottom() {
        PatternReport report = Series.from(120).to(10, 100).to(19, 112).to(28, 88).to(39, 120).build().feed();

        assertThat(report.match(ChartPattern.DOUBLE_BOTTOM).confidence()).isZero();
        assertThat(report.pattern()).isNotEqualTo(ChartPattern.DOUBLE_BOTTOM);
    }
}
