package io.quantagent.agents.risk;

import io.quantagent.agents.Direction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.statistics.Statistics;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RiskAgentProperties {

    private static final double TOLERANCE = 1e-9;

    @Property(tries = 500)
    void everyTargetHasARewardToRiskRatioWithinThePapersRange(
            @ForAll("scenarios") Scenario scenario, @ForAll @DoubleRange(min = -0.5, max = 1.5) double confidence) {
        RiskReport r = scenario.run();
        Statistics.label("has levels").collect(r.hasLevels());
        Statistics.label("has levels").coverage(c -> c.check(true).percentage(p -> p > 30));
        if (!r.hasLevels()) {
            return;
        }
        double entry = r.referencePrice();
        for (Direction direction : new Direction[] {Direction.LONG, Direction.SHORT}) {
            double reward = Math.abs(r.target(direction, confidence) - entry);
            double risk = Math.abs(entry - r.stop(direction));
            assertThat(reward / risk).isBetween(1.2 - TOLERANCE, 1.8 + TOLERANCE)
                    .isBetween(r.parameters().rewardRiskMin() - TOLERANCE, r.parameters().rewardRiskMax() + TOLERANCE);
        }
    }

    @Property(tries = 500)
    void stopsAreOnTheLosingSideAndTargetsOnTheWinningSide(
            @ForAll("scenarios") Scenario scenario, @ForAll @DoubleRange(min = 0, max = 1) double confidence) {
        RiskReport r = scenario.run();
        if (!r.hasLevels()) {
            return;
        }
        double entry = r.referencePrice();
        assertThat(r.stop(Direction.LONG)).isLessThan(entry);
        assertThat(r.target(Direction.LONG, confidence)).isGreaterThan(entry);
        assertThat(r.stop(Direction.SHORT)).isGreaterThan(entry);
        assertThat(r.target(Direction.SHORT, confidence)).isLessThan(entry);
    }

    @Property(tries = 500)
    void theSizeRisksAtMostTheFractionOfEquityAndKeepsTheExposureLimit(@ForAll("scenarios") Scenario scenario) {
        RiskReport r = scenario.run();
        if (!r.hasLevels() || !(r.equity() > 0)) {
            assertThat(r.size()).isZero();
            return;
        }
        RiskParameters p = r.parameters();
        double lot = p.lotSize();
        double budget = p.riskFraction() * r.equity();
        double room = Math.max(0, (p.maxExposure() - r.exposure()) * r.equity() / r.referencePrice());
        double allowed = Math.min(budget / r.stopDistance(), room);

        assertThat(r.size()).isGreaterThanOrEqualTo(0);
        // floating-point slack: a billionth of a lot from the rounding guard, and a few ulps of the products
        assertThat(r.size() * r.stopDistance())
                .isLessThanOrEqualTo(budget * (1 + 1e-12) + lot * TOLERANCE * r.stopDistance());
        assertThat(r.size()).isLessThanOrEqualTo(room * (1 + 1e-12) + lot * TOLERANCE);
        assertThat(r.size()).isGreaterThanOrEqualTo(allowed * (1 - 1e-12) - lot);   // the largest whole number of lots
        double lots = r.size() / lot;
        assertThat(Math.abs(lots - Math.rint(lots))).isLessThan(1e-6 + 4 * Math.ulp(lots));   // doubles hold ~16 digits
    }

    @Property(tries = 500)
    void vetoesExactlyWhenALimitIsCrossed(@ForAll("scenarios") Scenario scenario) {
        RiskReport r = scenario.run();
        Statistics.label("veto").collect(r.veto());
        Statistics.label("veto").coverage(c -> {
            c.check(VetoReason.NONE).percentage(p -> p > 5);
            c.check(VetoReason.STALE_DATA).count(n -> n > 0);
            c.check(VetoReason.MAX_DRAWDOWN).count(n -> n > 0);
            c.check(VetoReason.MAX_EXPOSURE).count(n -> n > 0);
        });
        RiskParameters p = r.parameters();
        boolean allowed = r.hasLevels()
                && r.stalenessNanos() <= p.maxStalenessNanos()
                && r.volatility() <= p.maxVolatility()
                && r.stopDistance() < r.referencePrice()
                && r.equity() > 0
                && r.drawdown() < p.maxDrawdown()
                && r.exposure() < p.maxExposure()
                && r.size() > 0;
        assertThat(r.vetoed()).isEqualTo(!allowed);
    }

    @Property(tries = 500)
    void theRatioNeverFallsAsConfidenceRises(@ForAll("scenarios") Scenario scenario,
            @ForAll @DoubleRange(min = 0, max = 1) double a, @ForAll @DoubleRange(min = 0, max = 1) double b) {
        RiskReport r = scenario.run();
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        assertThat(r.rewardRisk(high)).isGreaterThanOrEqualTo(r.rewardRisk(low));
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<RiskParameters> parameters = Combinators.combine(
                Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(2, 6),
                Arbitraries.doubles().between(0.5, 4).ofScale(3),
                Arbitraries.doubles().between(1.2, 1.8).ofScale(4),
                Arbitraries.doubles().between(1.2, 1.8).ofScale(4),
                Arbitraries.doubles().between(0.001, 0.05).ofScale(4),
                Arbitraries.of(1e-8, 0.001, 0.1, 1.0, 10.0),
                Arbitraries.of(0.01, 0.05, Double.POSITIVE_INFINITY))
                .as((atr, vol, stop, ra, rb, fraction, lot, maxVol) -> new RiskParameters(atr, vol, stop,
                        Math.min(ra, rb), Math.max(ra, rb), fraction, 0.2, 1.0, 300_000_000_000L, lot, maxVol));
        Arbitrary<List<double[]>> moves = Arbitraries.doubles().between(-0.04, 0.04).ofScale(6)
                .flatMap(ret -> Arbitraries.doubles().between(0, 0.03).ofScale(6).map(range -> new double[] {ret, range}))
                .list().ofMinSize(2).ofMaxSize(20);
        return Combinators.combine(parameters, Arbitraries.doubles().between(0.01, 100_000).ofScale(4), moves,
                        Arbitraries.doubles().between(-100, 10_000_000), Arbitraries.doubles().between(0, 0.6).ofScale(4),
                        Arbitraries.doubles().between(0, 1.5), Arbitraries.longs().between(0, 600_000_000_000L))
                .as(Scenario::new);
    }

    /** A bar series from a start price and (return, range) moves, an account, and a delay before evaluation. */
    record Scenario(RiskParameters parameters, double startPrice, List<double[]> moves, double equity,
            double drawdown, double exposure, long delayNanos) {

        RiskReport run() {
            RiskAgent agent = new RiskAgent(parameters);
            agent.account(equity, equity > 0 ? equity / (1 - drawdown) : 1000, exposure);
            long time = 1_000_000_000_000L;
            double close = startPrice;
            for (double[] move : moves) {
                double open = close;
                close = open * Math.exp(move[0]);
                double high = Math.max(open, close) * (1 + move[1] / 2);
                double low = Math.min(open, close) * (1 - move[1] / 2);
                agent.onBar(time, open, high, low, close, 1);
                time += 60_000_000_000L;
            }
            return agent.evaluate(time + delayNanos);
        }
    }
}
