package io.quantagent.agents.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.agents.Direction;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class PatternAgentTest {

    private static final Series HEAD_AND_SHOULDERS = Series.from(100).to(8, 120).to(13, 110).to(20, 130)
            .to(27, 110).to(32, 120).to(39, 105).build();

    @Test
    void reportsNoPatternBeforeTheWindowIsFull() {
        PatternAgent agent = new PatternAgent();
        Series s = HEAD_AND_SHOULDERS;
        PatternReport report = null;
        for (int i = 0; i < 39; i++) {
            report = agent.onBar(Series.START_NANOS + i * Series.BAR_NANOS, s.open[i], s.high[i], s.low[i],
                    s.close[i], s.volume[i]);
            assertThat(report.pattern()).isEqualTo(ChartPattern.NONE);
            assertThat(report.direction()).isEqualTo(Direction.NEUTRAL);
            assertThat(report.strength()).isZero();
            assertThat(report.barsSinceSignal()).isEqualTo(Integer.MAX_VALUE);
            assertThat(report.warmedUp()).isFalse();
            assertThat(report.matchCount()).isZero();
        }
        assertThat(report.barCloseTimeNanos()).isEqualTo(Series.START_NANOS + 38 * Series.BAR_NANOS);

        report = agent.onBar(Series.START_NANOS + 39 * Series.BAR_NANOS, s.open[39], s.high[39], s.low[39],
                s.close[39], s.volume[39]);

        assertThat(report.warmedUp()).isTrue();
        assertThat(report.pattern()).isEqualTo(ChartPattern.HEAD_AND_SHOULDERS);
    }

    @Test
    void returnsTheSameReusedReportEveryBar() {
        PatternAgent agent = new PatternAgent();
        PatternReport first = agent.onBar(Series.START_NANOS, 100, 101, 99, 100, 10);
        PatternReport second = agent.onBar(Series.START_NANOS + 1, 100, 101, 99, 100, 10);

        assertThat(second).isSameAs(first).isSameAs(agent.report());
    }

    @Test
    void theSameBarsGiveTheSameReport() {
        PatternReport a = HEAD_AND_SHOULDERS.feed(new PatternAgent(), 0);
        PatternReport b = HEAD_AND_SHOULDERS.feed(new PatternAgent(), 0);

        assertThat(Reports.describe(b)).isEqualTo(Reports.describe(a));
    }

    @Test
    void barsOlderThanTheWindowDoNotChangeTheReport() {
        PatternReport alone = HEAD_AND_SHOULDERS.feed(new PatternAgent(), 0);
        String expected = Reports.describe(alone);
        PatternAgent agent = new PatternAgent();
        Series older = Series.randomWalk(42, 75, 140, 3);

        older.feed(agent, -older.size());
        PatternReport after = HEAD_AND_SHOULDERS.feed(agent, 0);

        assertThat(Reports.describe(after)).isEqualTo(expected);
    }

    @Test
    void reportsTheTimesOfThePatternsFirstAndLastBars() {
        PatternReport report = HEAD_AND_SHOULDERS.feed();

        assertThat(report.startTimeNanos()).isEqualTo(Series.START_NANOS + 8 * Series.BAR_NANOS);
        assertThat(report.endTimeNanos()).isEqualTo(Series.START_NANOS + 32 * Series.BAR_NANOS);
        assertThat(report.barCloseTimeNanos()).isEqualTo(Series.START_NANOS + 39 * Series.BAR_NANOS);
    }

    @Test
    void exposesEveryPatternsCandidateForTheJustification() {
        PatternReport report = HEAD_AND_SHOULDERS.feed();

        assertThat(report.match(ChartPattern.HEAD_AND_SHOULDERS).confidence()).isEqualTo(report.confidence());
        assertThat(report.matched(ChartPattern.HEAD_AND_SHOULDERS)).isTrue();
        assertThat(report.match(ChartPattern.INVERSE_HEAD_AND_SHOULDERS).confidence()).isZero();
        assertThat(report.matched(ChartPattern.INVERSE_HEAD_AND_SHOULDERS)).isFalse();
        assertThat(report.matchCount()).isGreaterThanOrEqualTo(1);
        assertThat(report.toString()).contains("HEAD_AND_SHOULDERS");
    }

    @Test
    void aHigherMinimumConfidenceHidesWeakerMatches() {
        Series unconfirmed = Series.from(100).to(8, 120).to(13, 110).to(20, 130).to(27, 110).to(32, 120)
                .to(39, 113).build();
        PatternAgent strict = new PatternAgent(PatternParameters.defaults().withMinConfidence(0.9));

        PatternReport report = unconfirmed.feed(strict, 0);

        assertThat(report.match(ChartPattern.HEAD_AND_SHOULDERS).confidence()).isBetween(0.5, 0.9);
        assertThat(report.pattern()).isEqualTo(ChartPattern.NONE);
        assertThat(report.direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(report.neckline()).isNaN();
        assertThat(report.startBarsAgo()).isEqualTo(-1);
    }

    @Test
    void equalConfidencesGoToThePatternDeclaredFirst() {
        PatternMatches matches = new PatternMatches();
        matches.clear(39);
        PatternMatch candidate = new PatternMatch(ChartPattern.RECTANGLE);
        candidate.clear(ChartPattern.RECTANGLE, 39);
        candidate.confidence = 0.8;
        matches.offer(candidate);
        candidate.clear(ChartPattern.DOUBLE_BOTTOM, 39);
        candidate.confidence = 0.8;
        matches.offer(candidate);

        assertThat(matches.best(0.5).pattern()).isEqualTo(ChartPattern.DOUBLE_BOTTOM);
    }

    @Test
    void aFlatWindowHasNoPattern() {
        PatternAgent agent = new PatternAgent();
        PatternReport report = null;
        for (int i = 0; i < 60; i++) {
            report = agent.onBar(Series.START_NANOS + i, 100, 100, 100, 100, 0);
        }

        assertThat(report.warmedUp()).isTrue();
        assertThat(report.pattern()).isEqualTo(ChartPattern.NONE);
    }

    @Test
    void resetForgetsTheBars() {
        PatternAgent agent = new PatternAgent();
        HEAD_AND_SHOULDERS.feed(agent, 0);

        agent.reset();

        assertThat(agent.report().pattern()).isEqualTo(ChartPattern.NONE);
        assertThat(agent.report().warmedUp()).isFalse();
        PatternReport again = HEAD_AND_SHOULDERS.feed(agent, 0);
        assertThat(again.pattern()).isEqualTo(ChartPattern.HEAD_AND_SHOULDERS);
    }

    @Test
    void rejectsInconsistentBars() {
        PatternAgent agent = new PatternAgent();

        assertThatThrownBy(() -> agent.onBar(1, 100, 99, 101, 100, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("high=99.0");
        assertThatThrownBy(() -> agent.onBar(1, 100, 101, 99, 102, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> agent.onBar(1, 100, Double.NaN, 99, 100, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> agent.onBar(1, 100, 101, 99, 100, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsBarsThatDoNotMoveForwardInTime() {
        PatternAgent agent = new PatternAgent();
        agent.onBar(10, 100, 101, 99, 100, 1);

        assertThatThrownBy(() -> agent.onBar(10, 100, 101, 99, 100, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not after");
    }

    @Test
    void allocatesNothingPerBarOnceWarm() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Series walk = Series.randomWalk(7, 400, 100, 2).then(HEAD_AND_SHOULDERS);
        PatternAgent agent = new PatternAgent();
        walk.feed(agent, 0);
        long thread = Thread.currentThread().threadId();
        threads.getThreadAllocatedBytes(thread);

        long before = threads.getThreadAllocatedBytes(thread);
        long time = Series.START_NANOS + 10_000 * Series.BAR_NANOS;
        for (int i = 0; i < walk.size(); i++) {
            agent.onBar(time + i, walk.open[i], walk.high[i], walk.low[i], walk.close[i], walk.volume[i]);
        }
        long after = threads.getThreadAllocatedBytes(thread);

        assertThat(after - before).isZero();
    }
}
