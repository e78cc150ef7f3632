package io.quantagent.agents.fusion;

import static io.quantagent.agents.fusion.FixedReport.longView;
import static io.quantagent.agents.fusion.FixedReport.neutral;
import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.agents.Direction;
import io.quantagent.agents.risk.RiskReport;
import io.quantagent.agents.risk.VetoReason;
import org.junit.jupiter.api.Test;

class RandomFusionTest {

    private static final FusionParameters RANDOM = FusionParameters.defaults().withMode(FusionMode.RANDOM);

    private final RiskReport calm = RiskFixtures.calm();

    @Test
    void drawsTheSameForTheSameSeedInstrumentAndBar() {
        Decision first = new FusionRule(RANDOM.withSeed(42)).decide(3, longView(0.9, 0), 0.5, longView(0.9, 0),
                longView(0.9, 0), 1, calm).copy();
        Decision again = new FusionRule(RANDOM.withSeed(42)).decide(3, neutral(), -0.5, neutral(), neutral(), -1, calm);

        assertThat(again.signal()).isEqualTo(first.signal());
        assertThat(again.confidence()).isEqualTo(first.confidence());
        assertThat(again.signalStep()).isEqualTo(FusionStep.RANDOM);
    }

    @Test
    void drawsBothSidesAndStrengthsSpreadOverTheUnitInterval() {
        FusionRule rule = new FusionRule(RANDOM);
        int longs = 0;
        int[] deciles = new int[10];
        int n = 10_000;
        for (int bar = 0; bar < n; bar++) {
            long time = FixedReport.BAR_TIME + bar * 60_000_000_000L;
            Decision d = rule.decide(bar % 4, new FixedReport(Direction.LONG, 0.9, 0, time), 0, neutral(), neutral(), 0,
                    calm);
            longs += d.signal() == Direction.LONG ? 1 : 0;
            assertThat(d.confidence()).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
            deciles[(int) (d.confidence() * 10)]++;
        }
        assertThat(longs).isBetween(n / 2 - 300, n / 2 + 300);
        for (int count : deciles) {
            assertThat(count).isBetween(n / 10 - 200, n / 10 + 200);
        }
    }

    @Test
    void anotherSeedOrInstrumentDrawsDifferently() {
        int differ = 0;
        for (int bar = 0; bar < 200; bar++) {
            long time = FixedReport.BAR_TIME + bar * 60_000_000_000L;
            long a = RandomDraw.hash(1, 0, time);
            differ += RandomDraw.side(a) != RandomDraw.side(RandomDraw.hash(2, 0, time)) ? 1 : 0;
            differ += RandomDraw.side(a) != RandomDraw.side(RandomDraw.hash(1, 1, time)) ? 1 : 0;
        }
        assertThat(differ).isBetween(150, 250);
    }

    @Test
    void appliesTheTradingRulesToTheDraw() {
        FusionRule rule = new FusionRule(RANDOM.withSeed(7));
        boolean sawLowConfidence = false;
        boolean sawEntry = false;
        for (int bar = 0; bar < 100; bar++) {
            long time = FixedReport.BAR_TIME + bar * 60_000_000_000L;
            Decision d = rule.decide(0, new FixedReport(Direction.NEUTRAL, 0, 0, time), 0, neutral(), neutral(), 0, calm);
            if (d.confidence() < RANDOM.minConfidence()) {
                assertThat(d.direction()).isEqualTo(Direction.NEUTRAL);
                assertThat(d.step()).isEqualTo(FusionStep.LOW_CONFIDENCE);
                sawLowConfidence = true;
            } else {
                assertThat(d.direction()).isEqualTo(d.signal());
                assertThat(d.step()).isEqualTo(FusionStep.RANDOM);
                assertThat(d.stop()).isFinite();
                sawEntry = true;
            }
            Decision vetoed = rule.decide(0, new FixedReport(Direction.NEUTRAL, 0, 0, time), 0, neutral(), neutral(), 0,
                    RiskFixtures.stale());
            if (vetoed.confidence() >= RANDOM.minConfidence()) {
                assertThat(vetoed.direction()).isEqualTo(Direction.NEUTRAL);
                assertThat(vetoed.step()).isEqualTo(FusionStep.VETO);
                assertThat(vetoed.veto()).isEqualTo(VetoReason.STALE_DATA);
            }
        }
        assertThat(sawLowConfidence).isTrue();
        assertThat(sawEntry).isTrue();
    }
}
