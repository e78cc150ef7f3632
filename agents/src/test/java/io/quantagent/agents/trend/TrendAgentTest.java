package io.quantagent.agents.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.quantagent.agents.Direction;
import java.util.Arrays;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class TrendAgentTest {

    private static final long MINUTE = 60_000_000_000L;

    @Test
    void aStraightRisingSeriesReadsUpWithFullStrength() {
        TrendAgent agent = new TrendAgent();
        TrendReport r = feed(agent, 60, i -> 100 + 0.5 * i, 0.2);

        assertThat(r.warmedUp()).isTrue();
        assertThat(r.trend()).isEqualTo(TrendState.UP);
        assertThat(r.direction()).isEqualTo(Direction.LONG);
        assertThat(r.supportSlope()).isCloseTo(0.5, within(1e-3));
        assertThat(r.resistanceSlope()).isCloseTo(0.5, within(1e-3));
        assertThat(r.slope()).isCloseTo(0.5 / 129.5, within(1e-5));
        assertThat(r.channelWidth()).isCloseTo(0.0, within(1e-3));
        assertThat(r.strength()).isGreaterThan(0.99).isLessThanOrEqualTo(1.0);
        assertThat(r.breakoutUp()).isFalse();
        assertThat(r.breakoutDown()).isFalse();
        assertThat(r.barsSinceSignal()).isEqualTo(10);
    }

    @Test
    void aStraightFallingSeriesReadsDown() {
        TrendReport r = feed(new TrendAgent(), 60, i -> 200 - 0.5 * i, 0.2);

        assertThat(r.trend()).isEqualTo(TrendState.DOWN);
        assertThat(r.direction()).isEqualTo(Direction.SHORT);
        assertThat(r.supportSlope()).isCloseTo(-0.5, within(1e-3));
        assertThat(r.resistanceSlope()).isCloseTo(-0.5, within(1e-3));
        assertThat(r.slope()).isNegative();
        assertThat(r.strength()).isGreaterThan(0.99);
    }

    @Test
    void aFlatSeriesReadsSidewaysWithoutAView() {
        TrendReport r = feed(new TrendAgent(), 60, i -> 100, 0.0);

        assertThat(r.trend()).isEqualTo(TrendState.SIDEWAYS);
        assertThat(r.direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(r.slope()).isZero();
        assertThat(r.supportLevel()).isCloseTo(100, within(1e-9));
        assertThat(r.resistanceLevel()).isCloseTo(100, within(1e-9));
        assertThat(r.channelWidth()).isCloseTo(0, within(1e-9));
        assertThat(r.positionInChannel()).isEqualTo(0.5);
        assertThat(r.strength()).isZero();
        assertThat(r.barsSinceSignal()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aRangeWithoutDriftReadsSidewaysAndItsCloseSitsInsideTheChannel() {
        TrendReport r = feed(new TrendAgent(), 73, i -> 100 + 2 * Math.sin(i * 2 * Math.PI / 10), 0.3);

        assertThat(r.trend()).isEqualTo(TrendState.SIDEWAYS);
        assertThat(r.direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(Math.abs(r.slope())).isLessThanOrEqualTo(1e-4);
        assertThat(r.channelWidth()).isCloseTo(4 * Math.sin(0.4 * Math.PI), within(0.05));
        assertThat(r.relativeChannelWidth()).isCloseTo(r.channelWidth() / 101.9, within(1e-3));
        assertThat(r.breakoutUp()).isFalse();
        assertThat(r.positionInChannel()).as("on the resistance, to the search's precision")
                .isCloseTo(1.0, within(1e-4));
    }

    @Test
    void aCloseAboveTheExtendedResistanceIsABreakoutUp() {
        TrendAgent agent = new TrendAgent();
        feed(agent, 60, i -> 100 + Math.sin(i * 2 * Math.PI / 10), 0.3);
        TrendLines before = new TrendLines();
        before.copyFrom(agent.report().closeLines());
        double extendedResistance = before.resistanceAt(50);
        double extendedSupport = before.supportAt(50);

        TrendReport r = bar(agent, 60, 104.0, 0.3);

        assertThat(r.breakoutUp()).isTrue();
        assertThat(r.breakoutDown()).isFalse();
        assertThat(r.direction()).isEqualTo(Direction.LONG);
        assertThat(r.barsSinceSignal()).isZero();
        double width = extendedResistance - extendedSupport;
        assertThat(r.positionInChannel()).isCloseTo((104.0 - extendedSupport) / width, within(1e-9)).isGreaterThan(1);
        double excess = 104.0 - extendedResistance;
        assertThat(r.strength()).isCloseTo(excess / (excess + width), within(1e-9));

        TrendReport next = bar(agent, 61, 100.5, 0.3);
        assertThat(next.breakoutUp()).isFalse();
    }

    @Test
    void aCloseThatRetestsAFlatTopIsNotABreakout() {
        TrendAgent agent = new TrendAgent();
        TrendReport r = feed(agent, 120, i -> 100 + 2 * Math.sin(i * 2 * Math.PI / 10), 0.3);
        for (int i = 120; i < 200; i++) {
            r = bar(agent, i, 100 + 2 * Math.sin(i * 2 * Math.PI / 10), 0.3);
            assertThat(r.breakoutUp()).as("breakout up at %d", i).isFalse();
            assertThat(r.breakoutDown()).as("breakout down at %d", i).isFalse();
            assertThat(r.positionInChannel()).isBetween(-1e-4, 1 + 1e-4);
        }
    }

    @Test
    void aCloseBelowTheExtendedSupportIsABreakoutDown() {
        TrendAgent agent = new TrendAgent();
        feed(agent, 60, i -> 100 + Math.sin(i * 2 * Math.PI / 10), 0.3);

        TrendReport r = bar(agent, 60, 96.0, 0.3);

        assertThat(r.breakoutDown()).isTrue();
        assertThat(r.breakoutUp()).isFalse();
        assertThat(r.direction()).isEqualTo(Direction.SHORT);
        assertThat(r.positionInChannel()).isNegative();
        assertThat(r.barsSinceSignal()).isZero();
    }

    @Test
    void readsNothingBeforeTheWindowIsFullAndNoBreakoutOnItsFirstBar() {
        TrendAgent agent = new TrendAgent();
        for (int i = 0; i < 49; i++) {
            TrendReport r = bar(agent, i, 100 + i, 0.2);
            assertThat(r.warmedUp()).isFalse();
            assertThat(r.direction()).isEqualTo(Direction.NEUTRAL);
            assertThat(r.strength()).isZero();
            assertThat(r.barsSinceSignal()).isEqualTo(Integer.MAX_VALUE);
            assertThat(r.slope()).isNaN();
            assertThat(r.supportLevel()).isNaN();
            assertThat(r.closeLines().count()).isZero();
        }
        TrendReport first = bar(agent, 49, 149, 0.2);
        assertThat(first.warmedUp()).isTrue();
        assertThat(first.closeLines().count()).isEqualTo(50);
        assertThat(first.positionInChannel()).isNaN();
        assertThat(first.breakoutUp()).isFalse();
        assertThat(first.direction()).isEqualTo(Direction.LONG);
        assertThat(first.barsSinceSignal()).isZero();

        TrendReport second = bar(agent, 50, 150, 0.2);
        assertThat(second.positionInChannel()).isNotNaN();
        assertThat(second.barsSinceSignal()).isEqualTo(1);
    }

    @Test
    void theLinesAreThoseOfTheLastLookbackBars() {
        Random random = new Random(21);
        int n = 137;
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        TrendAgent agent = new TrendAgent();
        double price = 100;
        for (int i = 0; i < n; i++) {
            price += random.nextGaussian();
            close[i] = price;
            high[i] = price + random.nextDouble();
            low[i] = price - random.nextDouble();
            agent.onBar((i + 1) * MINUTE, close[i], high[i], low[i], close[i], 1);
        }
        TrendlineFitter fitter = new TrendlineFitter(TrendParameters.defaults());
        TrendLines closeLines = new TrendLines();
        TrendLines highLowLines = new TrendLines();
        double[] lastHigh = Arrays.copyOfRange(high, n - 50, n);
        double[] lastLow = Arrays.copyOfRange(low, n - 50, n);
        double[] lastClose = Arrays.copyOfRange(close, n - 50, n);
        fitter.fitCloses(lastClose, 50, closeLines);
        fitter.fitHighLow(lastHigh, lastLow, lastClose, 50, highLowLines);

        TrendReport r = agent.report();
        assertThat(r.closeLines().toString()).isEqualTo(closeLines.toString());
        assertThat(r.highLowLines().toString()).isEqualTo(highLowLines.toString());
        assertThat(r.supportLevel()).isEqualTo(closeLines.supportAt(49));
        assertThat(r.resistanceLevel()).isEqualTo(closeLines.resistanceAt(49));
        double meanSlope = (closeLines.supportSlope() + closeLines.resistanceSlope()) / 2;
        assertThat(r.slope()).isCloseTo(meanSlope / close[n - 1], within(1e-15));
    }

    @Test
    void breakoutsPositionsAndViewsFollowTheirDefinitionsOnARandomWalk() {
        Random random = new Random(5);
        int n = 600;
        double[] close = new double[n];
        TrendAgent agent = new TrendAgent(new TrendParameters(20, 1.0, 1e-4, 1e-5, 2e-4));
        TrendlineFitter fitter = new TrendlineFitter(TrendParameters.defaults());
        TrendLines previous = new TrendLines();
        double price = 100;
        int breakouts = 0;
        int views = 0;
        for (int i = 0; i < n; i++) {
            price *= 1 + 0.01 * random.nextGaussian();
            close[i] = price;
            TrendReport r = agent.onBar((i + 1) * MINUTE, price, price * 1.002, price * 0.998, price, 1);
            if (i >= 20) {
                fitter.fitCloses(Arrays.copyOfRange(close, i - 20, i), 20, previous);
                double lower = Math.min(previous.supportAt(20), previous.resistanceAt(20));
                double upper = Math.max(previous.supportAt(20), previous.resistanceAt(20));
                double margin = 1e-5 + Math.max(previous.supportSlopePrecision() * (20 - previous.supportPivot()),
                        previous.resistanceSlopePrecision() * (20 - previous.resistancePivot()));
                assertThat(r.breakoutUp()).as("breakout up at %d", i).isEqualTo(price > upper + margin);
                assertThat(r.breakoutDown()).as("breakout down at %d", i).isEqualTo(price < lower - margin);
                if (upper - lower > 1e-5) {
                    assertThat(r.positionInChannel()).isCloseTo((price - lower) / (upper - lower), within(1e-9));
                }
                breakouts += r.breakoutUp() || r.breakoutDown() ? 1 : 0;
            }
            if (i >= 19) {
                assertThat(r.strength()).isBetween(0.0, 1.0);
                Direction expected = r.breakoutUp() ? Direction.LONG : r.breakoutDown() ? Direction.SHORT
                        : r.trend() == TrendState.UP ? Direction.LONG
                        : r.trend() == TrendState.DOWN ? Direction.SHORT : Direction.NEUTRAL;
                assertThat(r.direction()).isEqualTo(expected);
                assertThat(r.trend()).isEqualTo(Math.abs(r.slope()) <= 2e-4 ? TrendState.SIDEWAYS
                        : r.slope() > 0 ? TrendState.UP : TrendState.DOWN);
                if (r.direction() == Direction.NEUTRAL) {
                    assertThat(r.strength()).isZero();
                    assertThat(r.barsSinceSignal()).isEqualTo(Integer.MAX_VALUE);
                } else {
                    views++;
                }
            }
        }
        assertThat(breakouts).isGreaterThan(5);
        assertThat(views).isGreaterThan(50);
    }

    @Test
    void barsSinceSignalCountsFromTheLastBreakoutOrChangeOfDirection() {
        TrendAgent agent = new TrendAgent(new TrendParameters(10, 1.0, 1e-4, 1e-5, 1e-4));
        for (int i = 0; i < 10; i++) {
            bar(agent, i, 100 + i, 0.2);
        }
        assertThat(agent.report().barsSinceSignal()).isZero();
        for (int i = 10; i < 14; i++) {
            bar(agent, i, 100 + i, 0.2);
        }
        assertThat(agent.report().barsSinceSignal()).isEqualTo(4);
        TrendReport r = bar(agent, 14, 120, 0.2);
        assertThat(r.breakoutUp()).isTrue();
        assertThat(r.barsSinceSignal()).isZero();
    }

    @Test
    void returnsTheSameReportObjectAndACopyKeepsItsBar() {
        TrendAgent agent = new TrendAgent();
        TrendReport first = bar(agent, 0, 100, 0.2);
        TrendReport r = feed(agent, 70, i -> 100 + Math.sin(i), 0.2);
        assertThat(r).isSameAs(first).isSameAs(agent.report());

        TrendReport copy = new TrendReport();
        copy.copyFrom(r);
        String before = r.toString();
        String linesBefore = r.closeLines().toString();
        bar(agent, 70, 130, 0.2);

        assertThat(copy.toString()).isEqualTo(before);
        assertThat(copy.closeLines().toString()).isEqualTo(linesBefore);
        assertThat(copy.barCloseTimeNanos()).isEqualTo(70 * MINUTE);
        assertThat(agent.report().barCloseTimeNanos()).isEqualTo(71 * MINUTE);
    }

    @Test
    void rejectsPricesThatAreNotFinite() {
        TrendAgent agent = new TrendAgent();
        assertThatThrownBy(() -> agent.onBar(MINUTE, 1, 2, Double.NaN, 1.5, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThat(agent.barCount()).isZero();
    }

    /** Feeds bars 0 .. n-1 (those not yet seen) with closes from the function, wicks of {@code wick}. */
    private static TrendReport feed(TrendAgent agent, int n, IntToDoubleFunction closeAt, double wick) {
        TrendReport r = agent.report();
        for (int i = (int) agent.barCount(); i < n; i++) {
            r = bar(agent, i, closeAt.applyAsDouble(i), wick);
        }
        return r;
    }

    private static TrendReport bar(TrendAgent agent, int i, double close, double wick) {
        return agent.onBar((i + 1) * MINUTE, close, close + wick, close - wick, close, 1);
    }
}
