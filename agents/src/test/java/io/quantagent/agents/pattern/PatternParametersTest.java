package io.quantagent.agents.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PatternParametersTest {

    private static final PatternParameters D = PatternParameters.defaults();

    @Test
    void defaultsLookAtTheLastFortyBars() {
        assertThat(D.lookbackBars()).isEqualTo(40);
        assertThat(D.minConfidence()).isBetween(0.0, 1.0);
    }

    @Test
    void rejectsAWindowTooShortForThePatterns() {
        assertThatThrownBy(() -> D.withLookbackBars(10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lookbackBars");
    }

    @Test
    void rejectsNonPositiveOrNonFiniteThresholds() {
        assertThatThrownBy(() -> new PatternParameters(40, 0, 1, 3, 0.05, 5, 10, 0.8, 0.5))
                .hasMessageContaining("swingThresholdAtr");
        assertThatThrownBy(() -> new PatternParameters(40, 2, Double.NaN, 3, 0.05, 5, 10, 0.8, 0.5))
                .hasMessageContaining("levelToleranceAtr");
        assertThatThrownBy(() -> new PatternParameters(40, 2, 1, Double.POSITIVE_INFINITY, 0.05, 5, 10, 0.8, 0.5))
                .hasMessageContaining("minHeightAtr");
        assertThatThrownBy(() -> new PatternParameters(40, 2, 1, 3, -0.05, 5, 10, 0.8, 0.5))
                .hasMessageContaining("flatSlopeAtr");
    }

    @Test
    void rejectsBarCountsThatDoNotFitTheWindow() {
        assertThatThrownBy(() -> new PatternParameters(40, 2, 1, 3, 0.05, 21, 10, 0.8, 0.5))
                .hasMessageContaining("minSeparationBars");
        assertThatThrownBy(() -> new PatternParameters(40, 2, 1, 3, 0.05, 5, 2, 0.8, 0.5))
                .hasMessageContaining("minBaseBars");
    }

    @Test
    void rejectsFractionsOutsideTheirRange() {
        assertThatThrownBy(() -> new PatternParameters(40, 2, 1, 3, 0.05, 5, 10, 1.0, 0.5))
                .hasMessageContaining("roundedMinRSquared");
        assertThatThrownBy(() -> D.withMinConfidence(1.5)).hasMessageContaining("minConfidence");
    }
}
