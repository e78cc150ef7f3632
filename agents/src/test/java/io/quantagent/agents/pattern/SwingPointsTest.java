package io.quantagent.agents.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SwingPointsTest {

    private static SwingPoints zigzag(double[] high, double[] low, double threshold) {
        SwingPoints swings = new SwingPoints(high.length + 1);
        swings.compute(high, low, high.length, threshold);
        return swings;
    }

    @Test
    void alternatesHighsAndLowsAtTheExtremesOfEachLeg() {
        double[] high = {11, 13, 15, 12, 9, 10, 14, 18, 17.5};
        double[] low = {9, 11, 13, 10, 7, 8, 12, 16, 15.5};

        SwingPoints swings = zigzag(high, low, 3);

        assertThat(swings.count()).isEqualTo(4);
        assertThat(swings.index(0)).isEqualTo(0);
        assertThat(swings.isHigh(0)).isFalse();
        assertThat(swings.price(0)).isEqualTo(9);
        assertThat(swings.index(1)).isEqualTo(2);
        assertThat(swings.isHigh(1)).isTrue();
        assertThat(swings.price(1)).isEqualTo(15);
        assertThat(swings.index(2)).isEqualTo(4);
        assertThat(swings.price(2)).isEqualTo(7);
        // The last leg has not reversed by 3 yet: its high is the provisional last point.
        assertThat(swings.index(3)).isEqualTo(7);
        assertThat(swings.price(3)).isEqualTo(18);
        assertThat(swings.confirmedCount()).isEqualTo(3);
    }

    @Test
    void ignoresRetracementsSmallerThanTheThreshold() {
        double[] high = {11, 13, 15, 14.5, 17, 19, 18.5, 21};
        double[] low = {9, 11, 13, 12.5, 15, 17, 16.5, 19};

        SwingPoints swings = zigzag(high, low, 3);

        assertThat(swings.count()).isEqualTo(2);
        assertThat(swings.price(0)).isEqualTo(9);
        assertThat(swings.price(1)).isEqualTo(21);
    }

    @Test
    void findsNothingWhilePriceStaysWithinTheThreshold() {
        double[] high = {10.5, 11, 10.8, 10.6};
        double[] low = {9.5, 10, 9.8, 9.6};

        assertThat(zigzag(high, low, 3).count()).isZero();
    }
}
