package io.quantagent.agents.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.agents.Direction;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the Pattern agent's reports on random zigzag series (which form patterns now and then). */
class PatternAgentProperties {

    /** Anchors every 2 to 8 bars at random prices, with an occasional gap. */
    private static Series zigzag(long seed, int bars) {
        SplittableRandom random = new SplittableRandom(seed);
        double price = 50 + random.nextDouble() * 100;
        Series.Builder builder = Series.from(price);
        int bar = 0;
        while (bar < bars - 1) {
            bar = Math.min(bars - 1, bar + 2 + random.nextInt(7));
            price = Math.max(5, price + (random.nextDouble() * 2 - 1) * 15);
            builder.to(bar, price);
            if (random.nextInt(8) == 0) {
                builder.gapAt(bar);
            }
        }
        return builder.noise(random.nextDouble(), seed).build();
    }

    @Property(tries = 60)
    void confidencesAreInTheUnitIntervalAndLevelsFiniteOrNaN(@ForAll long seed,
            @ForAll @IntRange(min = 40, max = 160) int bars) {
        Series series = zigzag(seed, bars);
        PatternAgent agent = new PatternAgent();
        for (int i = 0; i < series.size(); i++) {
            PatternReport report = agent.onBar(Series.START_NANOS + i * Series.BAR_NANOS, series.open[i],
                    series.high[i], series.low[i], series.close[i], series.volume[i]);
            assertThat(report.confidence()).isBetween(0.0, 1.0);
            assertThat(report.strength()).isBetween(0.0, 1.0);
            if (report.direction() == Direction.NEUTRAL) {
                assertThat(report.strength()).isZero();
                assertThat(report.barsSinceSignal()).isEqualTo(Integer.MAX_VALUE);
            } else {
                assertThat(report.barsSinceSignal()).isBetween(0, 39);
            }
            if (report.pattern() != ChartPattern.NONE) {
                assertThat(report.confidence()).isGreaterThanOrEqualTo(agent.parameters().minConfidence());
                assertThat(report.startBarsAgo()).isBetween(report.endBarsAgo(), 39);
            }
            double bestOrMinimum = report.pattern() == ChartPattern.NONE
                    ? Math.nextDown(agent.parameters().minConfidence()) : report.confidence();
            for (ChartPattern pattern : ChartPattern.values()) {
                PatternMatch match = report.match(pattern);
                // The best match beats every other candidate; without one, no candidate reaches the minimum.
                assertThat(match.confidence()).isBetween(0.0, 1.0).isLessThanOrEqualTo(bestOrMinimum);
                assertFiniteOrNaN(match.neckline());
                assertFiniteOrNaN(match.breakoutLevel());
                assertFiniteOrNaN(match.upperLevel());
                assertFiniteOrNaN(match.lowerLevel());
                if (match.confidence() == 0) {
                    assertThat(match.direction()).isEqualTo(Direction.NEUTRAL);
                } else if (pattern.bias() != Direction.NEUTRAL) {
                    assertThat(match.direction()).isEqualTo(pattern.bias());
                }
            }
        }
    }

    @Property(tries = 40)
    void barsOlderThanTheWindowDoNotChangeTheReport(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 80) int olderBars) {
        Series window = zigzag(seed, 40);
        Series older = zigzag(~seed, olderBars);
        PatternReport alone = window.feed(new PatternAgent(), 0);
        String expected = Reports.describe(alone);

        PatternAgent agent = new PatternAgent();
        older.feed(agent, -olderBars);
        PatternReport after = window.feed(agent, 0);

        assertThat(Reports.describe(after)).isEqualTo(expected);
    }

    @Property(tries = 30)
    void theSameBarsAlwaysGiveTheSameReport(@ForAll long seed) {
        Series series = zigzag(seed, 70);

        assertThat(Reports.describe(series.feed(new PatternAgent(), 0)))
                .isEqualTo(Reports.describe(series.feed(new PatternAgent(), 0)));
    }

    private static void assertFiniteOrNaN(double level) {
        assertThat(Double.isNaN(level) || Double.isFinite(level)).as("finite or NaN: %s", level).isTrue();
    }
}
