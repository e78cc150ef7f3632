package io.quantagent.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("rsiPeriod", "rsiOverbought", "rsiOversold", "macdFast", "macdSlow");

    @Test
    void distanceCountsEditsIgnoringCase() {
        assertThat(Suggestions.distance("rsiPeriodd", "rsiPeriod")).isEqualTo(1);
        assertThat(Suggestions.distance("RSIPERIOD", "rsiPeriod")).isZero();
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void nearestIsTheClosestKeyWhenItIsCloseEnough() {
        assertThat(Suggestions.nearest("rsi_period", KEYS)).contains("rsiPeriod");
        assertThat(Suggestions.nearest("macdSlw", KEYS)).contains("macdSlow");
        assertThat(Suggestions.nearest("rsiOversld", KEYS)).contains("rsiOversold");
    }

    @Test
    void nothingIsSuggestedForAWordThatResemblesNoKey() {
        assertThat(Suggestions.nearest("compression", KEYS)).isEmpty();
        assertThat(Suggestions.nearest("x", List.of("id"))).isEmpty();
    }
}
