package io.quantagent.backtest.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.agents.Direction;
import io.quantagent.engine.bars.TimeFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outcomes and per-agent attribution on the decisions of {@link SmallRun}. */
class DecisionOutcomesTest {

    private final DecisionOutcomes outcomes = DecisionOutcomes.of(SmallRun.run(), 1);

    @Test
    void theOutcomeIsTheSignOfTheNextCloseChange() {
        assertThat(outcomes.size()).isEqualTo(6);
        assertThat(outcomes.outcomeSign(0)).isEqualTo(1);
        assertThat(outcomes.outcomeSign(1)).isEqualTo(1);
        assertThat(outcomes.outcomeSign(2)).isEqualTo(-1);
        assertThat(outcomes.known(5)).isFalse();
        assertThatThrownBy(() -> outcomes.outcomeSign(5)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDecisionBetweenBarsIsMeasuredFromTheLastClosedBar() {
        RunData run = SmallRun.run();
        RunData shifted = new RunData(run.title(), run.timeFrame(), run.startingCash(), run.instruments(), run.equity(),
                run.trades(), List.of(new DecisionRecord(SmallRun.time(6) + 3_600_000_000_000L, SmallRun.INSTRUMENT,
                        Direction.SHORT, Direction.SHORT, Direction.NEUTRAL, Direction.NEUTRAL)), "");
        DecisionOutcomes one = DecisionOutcomes.of(shifted, 1);
        assertThat(one.outcomeSign(0)).as("bar 6 (116) to bar 7 (104)").isEqualTo(-1);
        assertThat(one.correct()).isEqualTo(1);
    }

    @Test
    void aFlatCloseMatchesNoDirection() {
        RunData run = new RunData("flat", TimeFrame.ONE_DAY, 1000,
                List.of(new InstrumentBars("X", List.of(new PriceBar(1, 5, 5, 5, 5, 1), new PriceBar(2, 5, 5, 5, 5, 1)))),
                List.of(), List.of(),
                List.of(new DecisionRecord(1, "X", Direction.LONG, Direction.SHORT, Direction.LONG, Direction.NEUTRAL)), "");
        DecisionOutcomes flat = DecisionOutcomes.of(run, 1);
        assertThat(flat.outcomeSign(0)).isZero();
        assertThat(flat.scored()).isEqualTo(1);
        assertThat(flat.correct()).isZero();
        assertThat(flat.attribution().get(0).scoredViews()).isEqualTo(1);
        assertThat(flat.attribution().get(0).agreedWithOutcome()).isZero();
    }

    @Test
    void indicatorAgreedWithFourOfFiveDecisionsAndFourOfFiveOutcomes() {
        AgentAttribution indicator = outcomes.attribution().get(0);
        assertThat(indicator.agent()).isEqualTo(DecisionRecord.Agent.INDICATOR);
        assertThat(indicator.decisions()).isEqualTo(6);
        assertThat(indicator.views()).isEqualTo(6);
        assertThat(indicator.decided()).isEqualTo(5);
        assertThat(indicator.agreedWithDecision()).isEqualTo(4);
        // views with a known outcome: bars 0 (L, up), 3 (S, up), 6 (S, down), 7 (L, up), 8 (L, up)
        assertThat(indicator.scoredViews()).isEqualTo(5);
        assertThat(indicator.agreedWithOutcome()).isEqualTo(4);
        assertThat(indicator.decisionAgreement()).isEqualTo(0.8);
        assertThat(indicator.outcomeAgreement()).isEqualTo(0.8);
    }

    @Test
    void patternAgreedWithThreeDecisionsAndNoOutcome() {
        AgentAttribution pattern = outcomes.attribution().get(1);
        assertThat(pattern.agent()).isEqualTo(DecisionRecord.Agent.PATTERN);
        assertThat(pattern.views()).isEqualTo(4);
        assertThat(pattern.coverage()).isEqualTo(4.0 / 6);
        assertThat(pattern.agreedWithDecision()).isEqualTo(3);
        assertThat(pattern.scoredViews()).isEqualTo(3);
        assertThat(pattern.agreedWithOutcome()).isZero();
    }

    @Test
    void trendAgreedWithFourDecisionsAndThreeOfFourOutcomes() {
        AgentAttribution trend = outcomes.attribution().get(2);
        assertThat(trend.agent()).isEqualTo(DecisionRecord.Agent.TREND);
        assertThat(trend.agreedWithDecision()).isEqualTo(4);
        assertThat(trend.scoredViews()).isEqualTo(4);
        assertThat(trend.agreedWithOutcome()).isEqualTo(3);
    }
}
