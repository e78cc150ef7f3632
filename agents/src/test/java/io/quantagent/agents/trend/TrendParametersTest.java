package io.quantagent.agents.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrendParametersTest {

    @Test
    void defaultsAreThePapersConstants() {
        TrendParameters p = TrendParameters.defaults();
        assertThat(p.lookback()).isEqualTo(50);
        assertThat(p.initialStep()).isEqualTo(1.0);
        assertThat(p.minStep()).isEqualTo(1e-4);
        assertThat(p.tolerance()).isEqualTo(1e-5);
        assertThat(p.sidewaysSlope()).isEqualTo(1e-4);
    }

    @Test
    void rejectsALookbackTooShortToFitALine() {
        assertThatThrownBy(() -> new TrendParameters(2, 1.0, 1e-4, 1e-5, 1e-4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lookback");
    }

    @Test
    void rejectsSearchConstantsThatCannotEnd() {
        assertThatThrownBy(() -> new TrendParameters(50, 1.0, 0, 1e-5, 1e-4)).hasMessageContaining("minStep");
        assertThatThrownBy(() -> new TrendParameters(50, 1e-4, 1e-4, 1e-5, 1e-4)).hasMessageContaining("initialStep");
        assertThatThrownBy(() -> new TrendParameters(50, Double.POSITIVE_INFINITY, 1e-4, 1e-5, 1e-4))
                .hasMessageContaining("initialStep");
    }

    @Test
    void rejectsANonPositiveToleranceOrANegativeSidewaysBand() {
        assertThatThrownBy(() -> new TrendParameters(50, 1.0, 1e-4, 0, 1e-4)).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> new TrendParameters(50, 1.0, 1e-4, 1e-5, -1e-4)).hasMessageContaining("sidewaysSlope");
        assertThatThrownBy(() -> new TrendParameters(50, 1.0, 1e-4, 1e-5, Double.NaN))
                .hasMessageContaining("sidewaysSlope");
    }
}
