package io.quantagent.agents.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.quantagent.agents.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.ROCIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.StochasticOscillatorKIndicator;
import org.ta4j.core.indicators.WilliamsRIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNumFactory;

class IndicatorAgentTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final double EXACT = 1e-9;
    private static final IndicatorParameters P = IndicatorParameters.defaults();

    @Test
    void everyReadingMatchesItsPublishedFormulaFromItsWarmUpBarOnAndIsNaNBefore() {
        TestBars bars = TestBars.fixedSixty();
        double[] rsi = ReferenceIndicators.rsi(bars.close, 14);
        double[][] macd = ReferenceIndicators.macd(bars.close, 12, 26, 9);
        double[][] stochastic = ReferenceIndicators.stochastic(bars.high, bars.low, bars.close, 14, 3, 3);
        double[] roc = ReferenceIndicators.roc(bars.close, 10);
        double[] williamsR = ReferenceIndicators.williamsR(bars.high, bars.low, bars.close, 14);
        IndicatorAgent agent = new IndicatorAgent(MINUTE);

        for (int i = 0; i < bars.size(); i++) {
            IndicatorReport r = bars.feed(agent, i);
            int seen = i + 1;
            expectReading(r.rsi(), rsi[i], seen >= P.rsiWarmUpBars(), "rsi", i);
            expectReading(r.macd(), macd[0][i], seen >= P.macdWarmUpBars(), "macd", i);
            expectReading(r.macdSignal(), macd[1][i], seen >= P.macdSignalWarmUpBars(), "signal", i);
            expectReading(r.macdHistogram(), macd[2][i], seen >= P.macdSignalWarmUpBars(), "histogram", i);
            expectReading(r.stochasticK(), stochastic[0][i], seen >= P.stochasticKWarmUpBars(), "%K", i);
            expectReading(r.stochasticD(), stochastic[1][i], seen >= P.stochasticDWarmUpBars(), "%D", i);
            expectReading(r.roc(), roc[i], seen >= P.rocWarmUpBars(), "roc", i);
            expectReading(r.williamsR(), williamsR[i], seen >= P.williamsRWarmUpBars(), "%R", i);
        }
    }

    @Test
    void eachIndicatorIsNaNOnTheBarBeforeItsWarmUpEdgeAndANumberOnIt() {
        assertEdge(15, IndicatorReport::rsi);
        assertEdge(27, IndicatorReport::macd);
        assertEdge(36, IndicatorReport::macdSignal);
        assertEdge(36, IndicatorReport::macdHistogram);
        assertEdge(16, IndicatorReport::stochasticK);
        assertEdge(18, IndicatorReport::stochasticD);
        assertEdge(11, IndicatorReport::roc);
        assertEdge(14, IndicatorReport::williamsR);
    }

    @Test
    void readyFlagsFollowTheValues() {
        TestBars bars = TestBars.fixedSixty();
        IndicatorAgent agent = new IndicatorAgent(MINUTE);
        for (int i = 0; i < bars.size(); i++) {
            IndicatorReport r = bars.feed(agent, i);
            int seen = i + 1;
            assertThat(r.rsiReady()).isEqualTo(seen >= 15);
            assertThat(r.macdReady()).isEqualTo(seen >= 27);
            assertThat(r.macdSignalReady()).isEqualTo(seen >= 36);
            assertThat(r.stochasticKReady()).isEqualTo(seen >= 16);
            assertThat(r.stochasticDReady()).isEqualTo(seen >= 18);
            assertThat(r.rocReady()).isEqualTo(seen >= 11);
            assertThat(r.williamsRReady()).isEqualTo(seen >= 14);
        }
    }

    @Test
    void hasNoDirectionUntilEveryIndicatorIsWarmedUp() {
        TestBars bars = TestBars.randomWalk(60, 7);
        IndicatorAgent agent = new IndicatorAgent(MINUTE);
        for (int i = 0; i < 35; i++) {
            IndicatorReport r = bars.feed(agent, i);
            assertThat(r.warmedUp()).isFalse();
            assertThat(r.direction()).isEqualTo(Direction.NEUTRAL);
            assertThat(r.strength()).isZero();
            assertThat(r.barsSinceSignal()).isEqualTo(Integer.MAX_VALUE);
            assertThat(r.momentum()).isZero();
        }
        IndicatorReport r = bars.feed(agent, 35);
        assertThat(r.warmedUp()).isTrue();
        assertThat(r.direction()).isEqualTo(Direction.ofSign(r.vote()));
    }

    @Test
    void readingsEqualTa4jsStockIndicatorsOnTheSameBars() {
        TestBars bars = TestBars.randomWalk(300, 11);
        BarSeries series = new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance()).build();
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        RSIIndicator rsi = new RSIIndicator(close, 14);
        MACDIndicator macd = new MACDIndicator(close, 12, 26);
        EMAIndicator signal = new EMAIndicator(macd, 9);
        StochasticOscillatorKIndicator rawK = new StochasticOscillatorKIndicator(series, 14);
        SMAIndicator slowK = new SMAIndicator(rawK, 3);
        SMAIndicator d = new SMAIndicator(slowK, 3);
        ROCIndicator roc = new ROCIndicator(close, 10);
        WilliamsRIndicator williamsR = new WilliamsRIndicator(series, 14);
        IndicatorAgent agent = new IndicatorAgent(MINUTE);

        for (int i = 0; i < bars.size(); i++) {
            series.barBuilder().timePeriod(MINUTE).endTime(Instant.ofEpochSecond(60L * (i + 1)))
                    .openPrice(bars.open[i]).highPrice(bars.high[i]).lowPrice(bars.low[i])
                    .closePrice(bars.close[i]).volume(1).add();
            IndicatorReport r = bars.feed(agent, i);
            if (i >= 35) {
                assertThat(r.rsi()).isCloseTo(rsi.getValue(i).doubleValue(), within(EXACT));
                assertThat(r.macd()).isCloseTo(macd.getValue(i).doubleValue(), within(EXACT));
                assertThat(r.macdSignal()).isCloseTo(signal.getValue(i).doubleValue(), within(EXACT));
                assertThat(r.stochasticK()).isCloseTo(slowK.getValue(i).doubleValue(), within(EXACT));
                assertThat(r.stochasticD()).isCloseTo(d.getValue(i).doubleValue(), within(EXACT));
                assertThat(r.roc()).isCloseTo(roc.getValue(i).doubleValue(), within(EXACT));
                assertThat(r.williamsR()).isCloseTo(williamsR.getValue(i).doubleValue(), within(EXACT));
            }
        }
    }

    @Test
    void aBoundedWindowGivesTheSameReadingsAsTheWholeHistory() {
        TestBars bars = TestBars.randomWalk(700, 3);
        double[] rsi = ReferenceIndicators.rsi(bars.close, 14);
        double[][] macd = ReferenceIndicators.macd(bars.close, 12, 26, 9);
        double[][] stochastic = ReferenceIndicators.stochastic(bars.high, bars.low, bars.close, 14, 3, 3);
        double[] williamsR = ReferenceIndicators.williamsR(bars.high, bars.low, bars.close, 14);
        IndicatorAgent agent = new IndicatorAgent(MINUTE);

        for (int i = 0; i < bars.size(); i++) {
            IndicatorReport r = bars.feed(agent, i);
            if (i >= 35) {
                assertThat(r.rsi()).as("rsi at %d", i).isCloseTo(rsi[i], within(EXACT));
                assertThat(r.macdHistogram()).as("histogram at %d", i).isCloseTo(macd[2][i], within(EXACT));
                assertThat(r.stochasticD()).as("%%D at %d", i).isCloseTo(stochastic[1][i], within(EXACT));
                assertThat(r.williamsR()).as("%%R at %d", i).isCloseTo(williamsR[i], within(EXACT));
            }
        }
        assertThat(agent.barCount()).isEqualTo(700);
    }

    @Test
    void theSeedingConventionFadesIntoTheTextbookValues() {
        TestBars bars = TestBars.randomWalk(600, 5);
        double[] textbookRsi = ReferenceIndicators.textbookRsi(bars.close, 14);
        double[][] textbookMacd = ReferenceIndicators.textbookMacd(bars.close, 12, 26, 9);
        IndicatorAgent agent = new IndicatorAgent(MINUTE);
        IndicatorReport r = null;
        for (int i = 0; i < bars.size(); i++) {
            r = bars.feed(agent, i);
        }
        int last = bars.size() - 1;
        assertThat(r.rsi()).isCloseTo(textbookRsi[last], within(1e-6));
        assertThat(r.macd()).isCloseTo(textbookMacd[0][last], within(1e-6));
        assertThat(r.macdSignal()).isCloseTo(textbookMacd[1][last], within(1e-6));
    }

    @Test
    void aSteadyRiseReadsOverboughtWithPositiveMomentumAndLeansShortAsMeanReversion() {
        TestBars bars = TestBars.fromCloses(60, i -> 100 + i);
        IndicatorReport r = feedAll(bars);

        assertThat(r.rsi()).isEqualTo(100.0);
        assertThat(r.rsiZone()).isEqualTo(OscillatorZone.OVERBOUGHT);
        assertThat(r.stochasticZone()).isEqualTo(OscillatorZone.OVERBOUGHT);
        assertThat(r.williamsRZone()).isEqualTo(OscillatorZone.OVERBOUGHT);
        assertThat(r.macdHistogramSign()).isEqualTo(1);
        assertThat(r.rocSign()).isEqualTo(1);
        assertThat(r.vote()).isEqualTo(-3 + 1 + 1);
        assertThat(r.direction()).isEqualTo(Direction.SHORT);
        assertThat(r.strength()).isCloseTo(1.0 / 6, within(EXACT));
        assertThat(r.momentum()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
    }

    @Test
    void aSteadyFallReadsOversoldWithNegativeMomentumAndLeansLongAsMeanReversion() {
        TestBars bars = TestBars.fromCloses(60, i -> 200 - i);
        IndicatorReport r = feedAll(bars);

        assertThat(r.rsi()).isEqualTo(0.0);
        assertThat(r.rsiZone()).isEqualTo(OscillatorZone.OVERSOLD);
        assertThat(r.stochasticZone()).isEqualTo(OscillatorZone.OVERSOLD);
        assertThat(r.williamsRZone()).isEqualTo(OscillatorZone.OVERSOLD);
        assertThat(r.macdHistogramSign()).isEqualTo(-1);
        assertThat(r.rocSign()).isEqualTo(-1);
        assertThat(r.vote()).isEqualTo(3 - 1 - 1);
        assertThat(r.direction()).isEqualTo(Direction.LONG);
        assertThat(r.momentum()).isLessThan(-0.5).isGreaterThanOrEqualTo(-1.0);
    }

    @Test
    void aMarketThatDoesNotMoveReadsTheMiddleAndHasNoView() {
        IndicatorReport r = feedAll(TestBars.flat(60, i -> 100));

        assertThat(r.rsi()).isEqualTo(50.0);
        assertThat(r.stochasticK()).isEqualTo(50.0);
        assertThat(r.stochasticD()).isEqualTo(50.0);
        assertThat(r.williamsR()).isEqualTo(-50.0);
        assertThat(r.macd()).isZero();
        assertThat(r.macdHistogram()).isZero();
        assertThat(r.roc()).isZero();
        assertThat(r.rsiZone()).isEqualTo(OscillatorZone.NEUTRAL);
        assertThat(r.stochasticZone()).isEqualTo(OscillatorZone.NEUTRAL);
        assertThat(r.williamsRZone()).isEqualTo(OscillatorZone.NEUTRAL);
        assertThat(r.vote()).isZero();
        assertThat(r.direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(r.momentum()).isZero();
    }

    @Test
    void zonesUseTheConfiguredThresholdsStrictly() {
        assertThat(OscillatorZone.of(70.0, 30, 70)).isEqualTo(OscillatorZone.NEUTRAL);
        assertThat(OscillatorZone.of(70.0001, 30, 70)).isEqualTo(OscillatorZone.OVERBOUGHT);
        assertThat(OscillatorZone.of(30.0, 30, 70)).isEqualTo(OscillatorZone.NEUTRAL);
        assertThat(OscillatorZone.of(29.9999, 30, 70)).isEqualTo(OscillatorZone.OVERSOLD);
        assertThat(OscillatorZone.of(-19.0, -80, -20)).isEqualTo(OscillatorZone.OVERBOUGHT);
        assertThat(OscillatorZone.of(-81.0, -80, -20)).isEqualTo(OscillatorZone.OVERSOLD);
        assertThat(OscillatorZone.of(Double.NaN, 30, 70)).isEqualTo(OscillatorZone.NEUTRAL);
    }

    @Test
    void macdCrossingsAreReportedOnTheBarTheHistogramChangesSign() {
        TestBars bars = TestBars.fromCloses(160, i -> 100 + 10 * Math.sin(i / 9.0));
        double[][] macd = ReferenceIndicators.macd(bars.close, 12, 26, 9);
        IndicatorAgent agent = new IndicatorAgent(MINUTE);
        int bullish = 0;
        int bearish = 0;
        for (int i = 0; i < bars.size(); i++) {
            IndicatorReport r = bars.feed(agent, i);
            int expected = 0;
            if (i > 35) {
                double before = macd[2][i - 1];
                double now = macd[2][i];
                expected = before <= 0 && now > 0 ? 1 : before >= 0 && now < 0 ? -1 : 0;
            }
            assertThat(r.macdCrossing()).as("crossing at bar %d", i).isEqualTo(expected);
            bullish += expected > 0 ? 1 : 0;
            bearish += expected < 0 ? 1 : 0;
        }
        assertThat(bullish).isPositive();
        assertThat(bearish).isPositive();
    }

    @Test
    void voteDirectionStrengthAndRecencyFollowTheDocumentedRules() {
        TestBars bars = TestBars.randomWalk(400, 13);
        IndicatorAgent agent = new IndicatorAgent(MINUTE);
        OscillatorZone[] previousZones = {OscillatorZone.NEUTRAL, OscillatorZone.NEUTRAL, OscillatorZone.NEUTRAL};
        int sinceEvent = -1;
        int events = 0;
        for (int i = 0; i < bars.size(); i++) {
            IndicatorReport r = bars.feed(agent, i);
            OscillatorZone[] zones = {r.rsiZone(), r.stochasticZone(), r.williamsRZone()};
            boolean event = r.macdCrossing() != 0;
            for (int z = 0; z < 3; z++) {
                event |= zones[z] != OscillatorZone.NEUTRAL && zones[z] != previousZones[z];
            }
            previousZones = zones;
            sinceEvent = event ? 0 : sinceEvent < 0 ? -1 : sinceEvent + 1;
            events += event ? 1 : 0;

            int macdVote = r.macdCrossing() != 0 ? 2 * r.macdCrossing() : r.macdHistogramSign();
            int vote = zones[0].vote() + zones[1].vote() + zones[2].vote() + macdVote + r.rocSign();
            assertThat(r.vote()).as("vote at %d", i).isEqualTo(vote);
            if (r.warmedUp() && vote != 0) {
                assertThat(r.direction()).isEqualTo(Direction.ofSign(vote));
                assertThat(r.strength()).isCloseTo(Math.abs(vote) / 6.0, within(EXACT));
                assertThat(r.barsSinceSignal()).as("bars since signal at %d", i)
                        .isEqualTo(sinceEvent < 0 ? Integer.MAX_VALUE : sinceEvent);
            } else {
                assertThat(r.direction()).isEqualTo(Direction.NEUTRAL);
                assertThat(r.strength()).isZero();
                assertThat(r.barsSinceSignal()).isEqualTo(Integer.MAX_VALUE);
            }
        }
        assertThat(events).isGreaterThan(10);
    }

    @Test
    void momentumFollowsTheDocumentedFormulaAndStaysWithinOne() {
        TestBars bars = TestBars.randomWalk(300, 17);
        double[][] macd = ReferenceIndicators.macd(bars.close, 12, 26, 9);
        double[] scale = ReferenceIndicators.meanAbsoluteChange(bars.close, 14);
        IndicatorAgent agent = new IndicatorAgent(MINUTE);
        double largest = 0;
        for (int i = 0; i < bars.size(); i++) {
            IndicatorReport r = bars.feed(agent, i);
            if (i >= 35) {
                double change = bars.close[i] - bars.close[i - 10];
                double expected = 0.5 * (Math.tanh(macd[2][i] / scale[i])
                        + Math.tanh(change / (scale[i] * Math.sqrt(10))));
                assertThat(r.momentum()).as("momentum at %d", i).isCloseTo(expected, within(1e-9));
                assertThat(r.momentum()).isBetween(-1.0, 1.0);
                largest = Math.max(largest, Math.abs(r.momentum()));
            }
        }
        assertThat(largest).isGreaterThan(0.5);
    }

    @Test
    void returnsTheSameReportObjectForEveryBar() {
        TestBars bars = TestBars.fixedSixty();
        IndicatorAgent agent = new IndicatorAgent(MINUTE);
        IndicatorReport first = bars.feed(agent, 0);
        for (int i = 1; i < bars.size(); i++) {
            assertThat(bars.feed(agent, i)).isSameAs(first);
        }
        assertThat(agent.report()).isSameAs(first);
        assertThat(first.barCloseTimeNanos()).isEqualTo(TestBars.START_NANOS + 60 * TestBars.MINUTE_NANOS);
    }

    @Test
    void aCopyKeepsTheReadingsOfItsBar() {
        TestBars bars = TestBars.fixedSixty();
        IndicatorAgent agent = new IndicatorAgent(MINUTE);
        for (int i = 0; i < 50; i++) {
            bars.feed(agent, i);
        }
        IndicatorReport copy = new IndicatorReport();
        copy.copyFrom(agent.report());
        String before = agent.report().toString();
        bars.feed(agent, 50);

        assertThat(copy.toString()).isEqualTo(before);
        assertThat(copy.rsi()).isNotEqualTo(agent.report().rsi());
        assertThat(copy.barCloseTimeNanos()).isLessThan(agent.report().barCloseTimeNanos());
    }

    @Test
    void rejectsABarThatDoesNotCloseAfterThePreviousOne() {
        IndicatorAgent agent = new IndicatorAgent(MINUTE);
        agent.onBar(1_000, 1, 2, 0.5, 1.5, 10);
        assertThatThrownBy(() -> agent.onBar(1_000, 1, 2, 0.5, 1.5, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not after");
        assertThat(agent.barCount()).isEqualTo(1);
    }

    @Test
    void rejectsValuesThatAreNotFinite() {
        IndicatorAgent agent = new IndicatorAgent(MINUTE);
        assertThatThrownBy(() -> agent.onBar(1_000, 1, 2, 0.5, Double.NaN, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> agent.onBar(1_000, 1, Double.POSITIVE_INFINITY, 0.5, 1, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(agent.barCount()).isZero();
    }

    @Test
    void rejectsABarPeriodThatIsNotPositive() {
        assertThatThrownBy(() -> new IndicatorAgent(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static IndicatorReport feedAll(TestBars bars) {
        IndicatorAgent agent = new IndicatorAgent(MINUTE);
        IndicatorReport r = null;
        for (int i = 0; i < bars.size(); i++) {
            r = bars.feed(agent, i);
        }
        return r;
    }

    private static void assertEdge(int warmUpBars, ToDoubleFunction<IndicatorReport> reading) {
        TestBars bars = TestBars.fixedSixty();
        IndicatorAgent agent = new IndicatorAgent(MINUTE);
        for (int i = 0; i < warmUpBars - 1; i++) {
            bars.feed(agent, i);
        }
        assertThat(reading.applyAsDouble(agent.report())).as("bar %d, before the edge", warmUpBars - 1).isNaN();
        bars.feed(agent, warmUpBars - 1);
        assertThat(reading.applyAsDouble(agent.report())).as("bar %d, the edge", warmUpBars).isFinite();
    }

    private static void expectReading(double actual, double expected, boolean warmedUp, String name, int index) {
        if (warmedUp) {
            assertThat(actual).as("%s at bar index %d", name, index).isCloseTo(expected, within(EXACT));
        } else {
            assertThat(actual).as("%s at bar index %d (before warm-up)", name, index).isNaN();
        }
    }
}
