package io.quantagent.agents.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RealisedVolatilityTest {

    @Test
    void isTheSampleStandardDeviationOfTheLastLogReturns() {
        RealisedVolatility volatility = new RealisedVolatility(2);

        assertThat(volatility.update(100)).isNaN();
        assertThat(volatility.update(110)).isNaN();
        assertThat(volatility.isWarm()).isFalse();
        double r1 = Math.log(1.1);
        double r2 = Math.log(99.0 / 110.0);
        assertThat(volatility.update(99)).isCloseTo(Math.abs(r1 - r2) / Math.sqrt(2), within(1e-15));
        assertThat(volatility.isWarm()).isTrue();
    }

    @Test
    void forgetsReturnsOlderThanTheWindow() {
        RealisedVolatility volatility = new RealisedVolatility(2);
        volatility.update(100);
        volatility.update(150);   // a big move that leaves the window two bars later
        volatility.update(150);
        assertThat(volatility.update(150)).isEqualTo(0.0);
    }

    @Test
    void matchesATwoPassComputationOverALongerWindow() {
        double[] closes = {100, 101, 99.5, 102, 103.5, 101, 100.2};
        RealisedVolatility volatility = new RealisedVolatility(4);
        double last = Double.NaN;
        for (double close : closes) {
            last = volatility.update(close);
        }
        double[] returns = new double[4];
        for (int i = 0; i < 4; i++) {
            returns[i] = Math.log(closes[closes.length - 4 + i] / closes[closes.length - 5 + i]);
        }
        double mean = (returns[0] + returns[1] + returns[2] + returns[3]) / 4;
        double squares = 0;
        for (double r : returns) {
            squares += (r - mean) * (r - mean);
        }
        assertThat(last).isCloseTo(Math.sqrt(squares / 3), within(1e-15));
    }
}
