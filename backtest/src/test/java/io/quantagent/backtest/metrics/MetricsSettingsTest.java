package io.quantagent.backtest.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.quantagent.engine.bars.TimeFrame;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MetricsSettingsTest {

    @Test
    void aContinuousMarketHas365AndAQuarterDaysOfBars() {
        MetricsSettings settings = MetricsSettings.continuous();
        assertThat(settings.periodsPerYear(TimeFrame.ONE_MINUTE)).isEqualTo(525_960.0);
        assertThat(settings.periodsPerYear(TimeFrame.ONE_HOUR)).isEqualTo(8_766.0);
        assertThat(settings.periodsPerYear(TimeFrame.ONE_DAY)).isEqualTo(365.25);
    }

    @Test
    void anExchangeCountsBarsInItsSessionsOnly() {
        MetricsSettings settings = MetricsSettings.exchangeSessions(252, Duration.ofMinutes(390));
        assertThat(settings.periodsPerYear(TimeFrame.ONE_MINUTE)).isEqualTo(252.0 * 390);
        assertThat(settings.periodsPerYear(TimeFrame.parse("30m"))).isEqualTo(252.0 * 13);
        assertThat(settings.periodsPerYear(TimeFrame.ONE_DAY)).as("a bar longer than the session counts once").isEqualTo(252.0);
        assertThat(settings.daysPerYear()).as("CAGR still counts calendar years").isEqualTo(365.25);
    }

    @Test
    void theRiskFreeRateCompoundsToTheAnnualRateOverAYearOfBars() {
        MetricsSettings settings = MetricsSettings.continuous().withRiskFreeRate(0.04);
        double perHour = settings.riskFreeRatePerPeriod(TimeFrame.ONE_HOUR);
        assertThat(Math.pow(1 + perHour, 8_766)).isCloseTo(1.04, within(1e-12));
        assertThat(MetricsSettings.continuous().riskFreeRatePerPeriod(TimeFrame.ONE_HOUR)).isZero();
    }

    @Test
    void nonsenseIsRejected() {
        assertThatThrownBy(() -> MetricsSettings.continuous().withAccuracyHorizonBars(0))
                .hasMessageContaining("accuracyHorizonBars");
        assertThatThrownBy(() -> MetricsSettings.continuous().withRiskFreeRate(-1.5)).hasMessageContaining("riskFreeRate");
        assertThatThrownBy(() -> new MetricsSettings(0, 365, 400, 86_400, 1)).hasMessageContaining("trading days");
    }
}
