package io.quantagent.agents.fusion;

import io.quantagent.agents.Direction;
import org.junit.jupiter.api.Test;

import static io.quantagent.agents.fusion.FixedReport.longView;
import static io.quantagent.agents.fusion.FixedReport.neutral;
import static org.assertj.core.api.Assertions.assertThat;

class DecisionJustificationTest {

    @Test
    void listsEachAgentsReadingsTheRiskAndTheOrder() {
        FusionRule rule = new FusionRule(FusionParameters.defaults());
        FixedReport pattern = new FixedReport(Direction.LONG, 0.6, 0, FixedReport.BAR_TIME);
        Decision d = rule.decide(longView(0.8, 1), 0.4, pattern, neutral(), 0.0012, RiskFixtures.calm());

        String text = d.justification();

        assertThat(text.lines()).hasSize(6);
        assertThat(text).startsWith("LONG by AGREEMENT (signal LONG by AGREEMENT, confidence ");
        assertThat(text).contains("trading) at bar " + FixedReport.BAR_TIME);
        assertThat(text).contains("  indicator LONG strength 0.800 bars 1 score 0.696 towards LONG; momentum +0.4000");
        assertThat(text).contains("  pattern LONG strength 0.600 bars 0 score 0.600 towards LONG");
        assertThat(text).contains("  trend NEUTRAL strength 0.000 bars none score 0.000 towards NEUTRAL; slope +0.001200");
        assertThat(text).contains("  risk veto NONE atr 2.0 volatility 0.000000 drawdown 0.0000 exposure 0.0000 staleness 0 ns");
        assertThat(text).contains("  order entry 100.0 stop 97.0 target ").contains(" reward/risk 1.800 size 33.0");
        assertThat(d.toString()).isEqualTo(text);
    }

    @Test
    void saysWhyAFlatDecisionIsFlat() {
        FusionRule rule = new FusionRule(FusionParameters.defaults());
        Decision d = rule.decide(longView(0.8, 0), 0, longView(0.8, 0), neutral(), 0, RiskFixtures.stale());

        String text = d.justification();

        assertThat(text).startsWith("NEUTRAL by VETO (signal LONG by AGREEMENT, confidence 0.533, trading)");
        assertThat(text).contains("risk veto STALE_DATA").contains("staleness 3600000000000 ns");
        assertThat(text).contains("order none (reference price 100.0)");
    }
}
