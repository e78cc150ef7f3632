package io.quantagent.agents.fusion;

import io.quantagent.agents.Direction;
import io.quantagent.agents.risk.RiskReport;
import io.quantagent.agents.risk.VetoReason;
import org.junit.jupiter.api.Test;

import static io.quantagent.agents.fusion.FixedReport.longView;
import static io.quantagent.agents.fusion.FixedReport.neutral;
import static io.quantagent.agents.fusion.FixedReport.shortView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FusionRuleTest {

    private static final double EPS = 1e-12;

    private final FusionRule trading = new FusionRule(FusionParameters.defaults());
    private final FusionRule benchmark = new FusionRule(FusionParameters.benchmark());
    private final RiskReport calm = RiskFixtures.calm();

    @Test
    void followsTheReportsWhenAllThreeAgree() {
        Decision d = trading.decide(longView(0.8, 0), 0.3, longView(0.6, 0), longView(0.7, 0), 0.2, calm);

        assertThat(d.direction()).isEqualTo(Direction.LONG);
        assertThat(d.step()).isEqualTo(FusionStep.AGREEMENT);
        assertThat(d.confidence()).isCloseTo((0.8 + 0.6 + 0.7) / 3, within(EPS));
    }

    @Test
    void followsTheReportsAgainstTheSlopeWhenTheyAgree() {
        Decision d = trading.decide(shortView(0.9, 0), 0, shortView(0.9, 0), shortView(0.9, 0), 0.8, calm);

        assertThat(d.direction()).isEqualTo(Direction.SHORT);
        assertThat(d.step()).isEqualTo(FusionStep.AGREEMENT);
    }

    @Test
    void countsTwoAgreeingReportsAndANeutralOneAsAgreement() {
        Decision d = trading.decide(neutral(), 0, shortView(0.9, 0), shortView(0.6, 0), 0.5, calm);

        assertThat(d.direction()).isEqualTo(Direction.SHORT);
        assertThat(d.step()).isEqualTo(FusionStep.AGREEMENT);
        assertThat(d.confidence()).isCloseTo(0.5, within(EPS));   // (0 + 0.9 + 0.6) / 3
    }

    @Test
    void doesNotCountALoneViewAsAgreement() {
        Decision d = trading.decide(neutral(), 0, longView(0.5, 0), neutral(), 0, calm);

        assertThat(d.direction()).isEqualTo(Direction.LONG);
        assertThat(d.step()).isEqualTo(FusionStep.MOMENTUM);
        assertThat(d.confidence()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void followsTheStrongerReportWhenTheyDisagree() {
        Decision d = trading.decide(longView(0.9, 0), 0, shortView(0.5, 0), neutral(), -1, calm);

        assertThat(d.direction()).isEqualTo(Direction.LONG);
        assertThat(d.step()).isEqualTo(FusionStep.MOMENTUM);
        assertThat(d.confidence()).isCloseTo(0.4, within(EPS));
    }

    @Test
    void followsTheMoreRecentReportWhenTheyDisagree() {
        // 0.8 ten bars ago is 0.8 x 0.5^(10 / 5) = 0.2 today, against a fresh 0.6
        Decision d = trading.decide(longView(0.8, 10), 0, shortView(0.6, 0), neutral(), 0, calm);

        assertThat(d.direction()).isEqualTo(Direction.SHORT);
        assertThat(d.step()).isEqualTo(FusionStep.MOMENTUM);
        assertThat(d.confidence()).isCloseTo(0.4, within(EPS));
        assertThat(d.indicator().score()).isCloseTo(0.2, within(EPS));
    }

    @Test
    void comparesTheBestOfEachSideNotTheirSum() {
        Decision d = trading.decide(longView(0.5, 0), 0, longView(0.5, 0), shortView(0.9, 0), 0, calm);

        assertThat(d.direction()).isEqualTo(Direction.SHORT);
        assertThat(d.confidence()).isCloseTo(0.4, within(EPS));
    }

    @Test
    void momentumAlongTheIndicatorLiftsItsScore() {
        Decision without = trading.decide(longView(0.3, 0), 0, shortView(0.6, 0), neutral(), 0, calm).copy();
        Decision with = trading.decide(longView(0.3, 0), 0.9, shortView(0.6, 0), neutral(), 0, calm);

        assertThat(without.direction()).isEqualTo(Direction.SHORT);
        assertThat(with.direction()).isEqualTo(Direction.LONG);
        assertThat(with.indicator().score()).isCloseTo(0.9, within(EPS));
        assertThat(with.confidence()).isCloseTo(0.3, within(EPS));
    }

    @Test
    void momentumAgainstTheIndicatorWeakensItsScore() {
        Decision d = trading.decide(longView(0.8, 0), -0.5, shortView(0.6, 0), neutral(), 0, calm);

        assertThat(d.indicator().score()).isCloseTo(0.3, within(EPS));
        assertThat(d.indicator().scoreDirection()).isEqualTo(Direction.LONG);
        assertThat(d.direction()).isEqualTo(Direction.SHORT);
        assertThat(d.confidence()).isCloseTo(0.3, within(EPS));
    }

    @Test
    void aNeutralIndicatorsMomentumCountsTowardsItsSign() {
        Decision d = trading.decide(neutral(), -0.7, longView(0.3, 0), neutral(), 0, calm);

        assertThat(d.indicator().scoreDirection()).isEqualTo(Direction.SHORT);
        assertThat(d.indicator().score()).isCloseTo(0.7, within(EPS));
        assertThat(d.direction()).isEqualTo(Direction.SHORT);
        assertThat(d.step()).isEqualTo(FusionStep.MOMENTUM);
    }

    @Test
    void fallsBackToTheTrendSlopeWhenTheSidesTie() {
        Decision d = trading.decide(longView(0.6, 0), 0, shortView(0.6, 0), neutral(), -0.4, calm);

        assertThat(d.direction()).isEqualTo(Direction.SHORT);
        assertThat(d.step()).isEqualTo(FusionStep.TREND_SLOPE);
        assertThat(d.confidence()).isCloseTo(0.4, within(EPS));
    }

    @Test
    void fallsBackToTheTrendSlopeWhenTheLeadIsWithinTheMargin() {
        Decision d = trading.decide(longView(0.6, 0), 0, shortView(0.55, 0), neutral(), 0.7, calm);

        assertThat(d.direction()).isEqualTo(Direction.LONG);
        assertThat(d.step()).isEqualTo(FusionStep.TREND_SLOPE);
        assertThat(d.confidence()).isCloseTo(0.7, within(EPS));
    }

    @Test
    void ignoresSlopesWithinTheDeadband() {
        FusionRule rule = new FusionRule(new FusionParameters(FusionMode.TRADING, 0.25, 5, 0.1, 0.05));
        Decision d = rule.decide(neutral(), 0, neutral(), neutral(), 0.05, calm);

        assertThat(d.direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(d.step()).isEqualTo(FusionStep.NO_SIGNAL);
    }

    @Test
    void staysFlatInTradingModeWhenNothingDecides() {
        Decision d = trading.decide(neutral(), 0, neutral(), neutral(), 0, calm);

        assertThat(d.direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(d.signal()).isEqualTo(Direction.NEUTRAL);
        assertThat(d.step()).isEqualTo(FusionStep.NO_SIGNAL);
        assertThat(d.confidence()).isZero();
        assertThat(d.size()).isZero();
        assertThat(d.stop()).isNaN();
        assertThat(d.target()).isNaN();
    }

    @Test
    void answersLongInBenchmarkModeWhenNothingDecides() {
        Decision d = benchmark.decide(neutral(), 0, neutral(), neutral(), 0, calm);

        assertThat(d.direction()).isEqualTo(Direction.LONG);
        assertThat(d.step()).isEqualTo(FusionStep.TIE_BREAK);
        assertThat(d.confidence()).isZero();
    }

    @Test
    void breaksBenchmarkTiesByTheMomentumSign() {
        // momentum -0.05 is below the margin, so it does not decide by itself, but it breaks the tie
        Decision d = benchmark.decide(neutral(), -0.05, neutral(), neutral(), 0, calm);

        assertThat(d.direction()).isEqualTo(Direction.SHORT);
        assertThat(d.step()).isEqualTo(FusionStep.TIE_BREAK);
    }

    @Test
    void staysFlatInTradingModeBelowTheMinimumConfidence() {
        Decision d = trading.decide(longView(0.75, 0), 0, shortView(0.6, 0), neutral(), 0, calm);

        assertThat(d.signal()).isEqualTo(Direction.LONG);
        assertThat(d.signalStep()).isEqualTo(FusionStep.MOMENTUM);
        assertThat(d.confidence()).isCloseTo(0.15, within(EPS));
        assertThat(d.direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(d.step()).isEqualTo(FusionStep.LOW_CONFIDENCE);
        assertThat(d.size()).isZero();
    }

    @Test
    void actsOnLowConfidenceInBenchmarkMode() {
        Decision d = benchmark.decide(longView(0.75, 0), 0, shortView(0.6, 0), neutral(), 0, calm);

        assertThat(d.direction()).isEqualTo(Direction.LONG);
        assertThat(d.step()).isEqualTo(FusionStep.MOMENTUM);
    }

    @Test
    void goesFlatInTradingModeOnARiskVetoAndSaysWhy() {
        Decision d = trading.decide(longView(0.8, 0), 0, longView(0.8, 0), longView(0.8, 0), 1, RiskFixtures.stale());

        assertThat(d.signal()).isEqualTo(Direction.LONG);
        assertThat(d.direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(d.step()).isEqualTo(FusionStep.VETO);
        assertThat(d.veto()).isEqualTo(VetoReason.STALE_DATA);
        assertThat(d.size()).isZero();
        assertThat(d.stop()).isNaN();
    }

    @Test
    void goesFlatOnEachKindOfVeto() {
        RiskReport drawdown = RiskFixtures.calmAgent(7_000, 10_000, 0).report();
        RiskReport exposure = RiskFixtures.calmAgent(10_000, 10_000, 1.0).report();
        RiskReport cold = RiskFixtures.cold();

        assertThat(agreeingLong(drawdown).veto()).isEqualTo(VetoReason.MAX_DRAWDOWN);
        assertThat(agreeingLong(drawdown).direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(agreeingLong(exposure).veto()).isEqualTo(VetoReason.MAX_EXPOSURE);
        assertThat(agreeingLong(exposure).direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(agreeingLong(cold).veto()).isEqualTo(VetoReason.NOT_WARMED_UP);
        assertThat(agreeingLong(cold).step()).isEqualTo(FusionStep.VETO);
    }

    @Test
    void keepsTheDirectionInBenchmarkModeDespiteAVetoButRecordsIt() {
        Decision d = benchmark.decide(shortView(0.8, 0), 0, shortView(0.8, 0), neutral(), 0, RiskFixtures.stale());

        assertThat(d.direction()).isEqualTo(Direction.SHORT);
        assertThat(d.step()).isEqualTo(FusionStep.AGREEMENT);
        assertThat(d.veto()).isEqualTo(VetoReason.STALE_DATA);
        assertThat(d.stop()).isEqualTo(103.0);
    }

    @Test
    void answersInBenchmarkModeWithoutRiskLevels() {
        Decision d = benchmark.decide(longView(0.8, 0), 0, neutral(), neutral(), 0, RiskFixtures.cold());

        assertThat(d.direction()).isEqualTo(Direction.LONG);
        assertThat(d.veto()).isEqualTo(VetoReason.NOT_WARMED_UP);
        assertThat(d.stop()).isNaN();
        assertThat(d.target()).isNaN();
        assertThat(d.size()).isZero();
    }

    @Test
    void carriesTheRiskAgentsLevelsForALongEntry() {
        Decision d = trading.decide(longView(0.9, 0), 0, longView(0.9, 0), longView(0.9, 0), 0, calm);

        assertThat(d.entry()).isEqualTo(100.0);
        assertThat(d.stop()).isEqualTo(97.0);
        assertThat(d.rewardRisk()).isCloseTo(1.8, within(EPS));   // a calm market aims furthest
        assertThat(d.target()).isCloseTo(105.4, within(1e-9));
        assertThat(d.size()).isEqualTo(33.0);
        assertThat(d.veto()).isEqualTo(VetoReason.NONE);
    }

    @Test
    void carriesTheRiskAgentsLevelsForAShortEntry() {
        Decision d = trading.decide(shortView(0.9, 0), 0, shortView(0.9, 0), neutral(), 0, calm);

        assertThat(d.stop()).isEqualTo(103.0);
        assertThat(d.target()).isCloseTo(94.6, within(1e-9));
        assertThat(d.size()).isEqualTo(33.0);
    }

    @Test
    void recordsEveryAgentsReadingsAndTheInputsUsed() {
        FixedReport pattern = new FixedReport(Direction.SHORT, 0.4, 3, FixedReport.BAR_TIME + 7);
        Decision d = trading.decide(longView(0.8, 2), 0.3, pattern, neutral(), -0.02, calm);

        assertThat(d.indicator().direction()).isEqualTo(Direction.LONG);
        assertThat(d.indicator().strength()).isEqualTo(0.8);
        assertThat(d.indicator().barsSinceSignal()).isEqualTo(2);
        assertThat(d.pattern().direction()).isEqualTo(Direction.SHORT);
        assertThat(d.pattern().score()).isCloseTo(0.4 * Math.pow(0.5, 3 / 5.0), within(EPS));
        assertThat(d.trend().direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(d.trend().score()).isZero();
        assertThat(d.momentum()).isEqualTo(0.3);
        assertThat(d.slope()).isEqualTo(-0.02);
        assertThat(d.timeNanos()).isEqualTo(FixedReport.BAR_TIME + 7);
        assertThat(d.atr()).isEqualTo(2.0);
        assertThat(d.volatility()).isZero();
        assertThat(d.drawdown()).isZero();
        assertThat(d.stalenessNanos()).isZero();
    }

    @Test
    void treatsMissingMomentumAndSlopeAsZeroAndClampsMomentum() {
        Decision d = benchmark.decide(neutral(), Double.NaN, neutral(), neutral(), Double.NaN, calm);
        assertThat(d.momentum()).isZero();
        assertThat(d.slope()).isZero();
        assertThat(d.step()).isEqualTo(FusionStep.TIE_BREAK);

        Decision big = trading.decide(neutral(), -3, neutral(), neutral(), 0, calm);
        assertThat(big.momentum()).isEqualTo(-1.0);
        assertThat(big.indicator().score()).isEqualTo(1.0);
    }

    @Test
    void reusesOneDecisionAndCopiesAreIndependent() {
        Decision first = trading.decide(longView(0.9, 0), 0, longView(0.9, 0), neutral(), 0, calm);
        Decision kept = first.copy();
        Decision second = trading.decide(shortView(0.9, 0), 0, shortView(0.9, 0), neutral(), 0, calm);

        assertThat(second).isSameAs(first).isSameAs(trading.decision());
        assertThat(kept.direction()).isEqualTo(Direction.LONG);
        assertThat(kept.indicator().direction()).isEqualTo(Direction.LONG);
        assertThat(second.direction()).isEqualTo(Direction.SHORT);
        Decision into = new Decision();
        into.copyFrom(second);
        assertThat(into).usingRecursiveComparison().isEqualTo(second);
        assertThat(into.justification()).isEqualTo(second.justification());
    }

    private Decision agreeingLong(RiskReport risk) {
        return trading.decide(longView(0.8, 0), 0, longView(0.8, 0), longView(0.8, 0), 1, risk);
    }
}
