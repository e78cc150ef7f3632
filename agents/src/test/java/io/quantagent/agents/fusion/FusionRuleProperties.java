package io.quantagent.agents.fusion;

import io.quantagent.agents.Direction;
import io.quantagent.agents.risk.RiskAgent;
import io.quantagent.agents.risk.RiskParameters;
import io.quantagent.agents.risk.RiskReport;
import io.quantagent.agents.risk.VetoReason;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FusionRuleProperties {

    private static final double TOLERANCE = 1e-9;

    @Property(tries = 500)
    void benchmarkModeNeverAnswersNeutral(@ForAll("inputs") Inputs in) {
        Decision d = in.decide(new FusionRule(FusionParameters.benchmark()));

        Statistics.label("step").collect(d.step());
        Statistics.label("step").coverage(c -> {
            c.check(FusionStep.AGREEMENT).count(n -> n > 0);
            c.check(FusionStep.MOMENTUM).count(n -> n > 0);
            c.check(FusionStep.TREND_SLOPE).count(n -> n > 0);
            c.check(FusionStep.TIE_BREAK).count(n -> n > 0);
        });
        assertThat(d.direction()).isIn(Direction.LONG, Direction.SHORT);
        assertThat(d.direction()).isEqualTo(d.signal());
        assertThat(d.veto()).isEqualTo(in.risk().veto());
    }

    @Property(tries = 500)
    void theDecisionIsADeterministicFunctionOfItsInputs(@ForAll("inputs") Inputs in, @ForAll("inputs") Inputs other,
            @ForAll FusionMode mode) {
        FusionParameters parameters = FusionParameters.defaults().withMode(mode);
        Decision fresh = in.decide(new FusionRule(parameters)).copy();
        FusionRule used = new FusionRule(parameters);
        other.decide(used);
        Decision again = in.decide(used);

        assertThat(again).usingRecursiveComparison()
                .withEqualsForType((a, b) -> Double.compare(a, b) == 0, Double.class)   // NaN equals NaN
                .isEqualTo(fresh);
        assertThat(again.justification()).isEqualTo(fresh.justification());
    }

    @Property(tries = 500)
    void everyBracketHasARewardToRiskRatioWithinThePapersRangeAndStopsOnTheLosingSide(
            @ForAll("inputs") Inputs in, @ForAll FusionMode mode) {
        Decision d = in.decide(new FusionRule(FusionParameters.defaults().withMode(mode)));
        boolean bracket = d.direction() != Direction.NEUTRAL && !Double.isNaN(d.stop());
        Statistics.label("bracket").collect(bracket);
        Statistics.label("bracket").coverage(c -> c.check(true).percentage(p -> p > 20));
        if (!bracket) {
            assertThat(d.size()).isZero();
            return;
        }
        int sign = d.direction().sign();
        double risk = sign * (d.entry() - d.stop());
        double reward = sign * (d.target() - d.entry());

        assertThat(risk).isPositive();
        assertThat(reward).isPositive();
        assertThat(reward / risk).isBetween(1.2 - TOLERANCE, 1.8 + TOLERANCE)
                .isCloseTo(d.rewardRisk(), within(TOLERANCE));
    }

    @Property(tries = 500)
    void tradingEntriesAreConfidentUnvetoedAndWithinTheRiskBudget(@ForAll("inputs") Inputs in) {
        FusionParameters parameters = FusionParameters.defaults();
        Decision d = in.decide(new FusionRule(parameters));
        Statistics.label("direction").collect(d.direction());
        Statistics.label("direction").coverage(c -> c.check(Direction.NEUTRAL).percentage(p -> p < 95));
        if (d.direction() == Direction.NEUTRAL) {
            assertThat(d.step()).isIn(FusionStep.NO_SIGNAL, FusionStep.LOW_CONFIDENCE, FusionStep.VETO);
            assertThat(d.size()).isZero();
            return;
        }
        RiskReport risk = in.risk();
        double lot = risk.parameters().lotSize();
        double stopDistance = Math.abs(d.entry() - d.stop());

        assertThat(d.direction()).isEqualTo(d.signal());
        assertThat(d.veto()).isEqualTo(VetoReason.NONE);
        assertThat(d.confidence()).isGreaterThanOrEqualTo(parameters.minConfidence());
        assertThat(d.size()).isPositive();
        double budget = risk.parameters().riskFraction() * risk.equity();
        assertThat(d.size() * stopDistance).isLessThanOrEqualTo(budget * (1 + 1e-12) + lot * stopDistance * TOLERANCE);
    }

    @Property(tries = 500)
    void confidenceIsAFractionAndAFlatDecisionHasNoBracket(@ForAll("inputs") Inputs in, @ForAll FusionMode mode) {
        Decision d = in.decide(new FusionRule(FusionParameters.defaults().withMode(mode)));

        assertThat(d.confidence()).isBetween(0.0, 1.0);
        assertThat(d.direction()).isIn(d.signal(), Direction.NEUTRAL);
        if (d.direction() == Direction.NEUTRAL) {
            assertThat(d.stop()).isNaN();
            assertThat(d.target()).isNaN();
        }
    }

    @Property(tries = 500)
    void mirroredReportsGiveTheMirroredTradingDecision(@ForAll("inputs") Inputs in) {
        Decision d = in.decide(new FusionRule(FusionParameters.defaults())).copy();
        Decision mirrored = in.mirrored().decide(new FusionRule(FusionParameters.defaults()));

        assertThat(mirrored.signal().sign()).isEqualTo(-d.signal().sign());
        assertThat(mirrored.direction().sign()).isEqualTo(-d.direction().sign());
        assertThat(mirrored.step()).isEqualTo(d.step());
        assertThat(mirrored.confidence()).isEqualTo(d.confidence());
    }

    @Provide
    Arbitrary<Inputs> inputs() {
        Arbitrary<Double> momentum = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.doubles().between(-1.2, 1.2).ofScale(4)),
                Tuple.of(1, Arbitraries.just(Double.NaN)),
                Tuple.of(2, Arbitraries.just(0.0)));
        Arbitrary<Double> slope = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(-1.5, 1.5).ofScale(5)),
                Tuple.of(1, Arbitraries.just(0.0)));
        return Combinators.combine(report(), momentum, report(), report(), slope, risk()).as(Inputs::new);
    }

    private static Arbitrary<FixedReport> report() {
        Arbitrary<FixedReport> views = Combinators.combine(
                        Arbitraries.of(Direction.LONG, Direction.SHORT),
                        Arbitraries.doubles().between(0, 1).ofScale(3),
                        Arbitraries.integers().between(0, 20),
                        Arbitraries.longs().between(0, 5))
                .as((direction, strength, bars, time) ->
                        new FixedReport(direction, strength, bars, FixedReport.BAR_TIME + time));
        return Arbitraries.frequencyOf(
                Tuple.of(3, views),
                Tuple.of(1, Arbitraries.just(FixedReport.neutral())));
    }

    private static Arbitrary<RiskReport> risk() {
        Arbitrary<List<Double>> returns = Arbitraries.doubles().between(-0.03, 0.03).ofScale(5).list()
                .ofMinSize(2).ofMaxSize(10);
        return Combinators.combine(returns, Arbitraries.doubles().between(1, 50_000).ofScale(2),
                        Arbitraries.doubles().between(0, 1_000_000).ofScale(2), Arbitraries.doubles().between(0, 0.25),
                        Arbitraries.doubles().between(0, 1.1), Arbitraries.longs().between(0, 330_000_000_000L))
                .as(FusionRuleProperties::riskReport);
    }

    private static RiskReport riskReport(List<Double> returns, double price, double equity, double drawdown,
            double exposure, long delay) {
        RiskParameters parameters = RiskParameters.defaults().withWindows(3, 2).withLotSize(0.001);
        RiskAgent agent = new RiskAgent(parameters);
        agent.account(equity, equity / (1 - drawdown), exposure);
        long time = FixedReport.BAR_TIME - returns.size() * RiskFixtures.MINUTE;
        double close = price;
        for (double r : returns) {
            double open = close;
            close = open * Math.exp(r);
            agent.onBar(time, open, Math.max(open, close) * 1.002, Math.min(open, close) * 0.998, close, 1);
            time += RiskFixtures.MINUTE;
        }
        return agent.evaluate(FixedReport.BAR_TIME + delay).copy();
    }

    /** One bar's inputs to the fusion rule. */
    record Inputs(FixedReport indicator, double momentum, FixedReport pattern, FixedReport trend, double slope,
            RiskReport risk) {

        Decision decide(FusionRule rule) {
            return rule.decide(indicator, momentum, pattern, trend, slope, risk);
        }

        Inputs mirrored() {
            return new Inputs(mirror(indicator), -momentum, mirror(pattern), mirror(trend), -slope, risk);
        }

        private static FixedReport mirror(FixedReport r) {
            Direction flipped = r.direction() == Direction.LONG ? Direction.SHORT
                    : r.direction() == Direction.SHORT ? Direction.LONG : Direction.NEUTRAL;
            return new FixedReport(flipped, r.strength(), r.barsSinceSignal(), r.barCloseTimeNanos());
        }
    }
}
