package io.quantagent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void showsEventsRateShareAndTimeLeft() {
        assertThat(ProgressLine.line("backtest", 500_000, 1_000_000, 2_000_000_000L))
                .isEqualTo("backtest: 500,000 events, 250,000 events/s, 50 %, about 2 s left");
    }

    @Test
    void leavesOutTheEstimateWhenTheTotalIsUnknown() {
        assertThat(ProgressLine.line("random baseline", 10, 0, 1_000_000_000L))
                .isEqualTo("random baseline: 10 events, 10 events/s");
    }

    @Test
    void neverClaimsToBeDoneBeforeTheEnd() {
        assertThat(ProgressLine.line("backtest", 1_200, 1_000, 1_000_000_000L)).contains("99 %", "about 0 s left");
    }

    @Test
    void isQuietWithoutATerminal() {
        StringWriter text = new StringWriter();
        assertThat(ProgressLine.forTerminal(new PrintWriter(text))).isNotInstanceOf(ProgressLine.class);
    }
}
