package io.quantagent.engine.bars;

import static io.quantagent.engine.bars.BarAlignmentTest.nanos;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.engine.data.FixedPoint;
import io.quantagent.engine.data.Scales;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BarAggregatorTest {

    private final RecordingListener out = new RecordingListener();
    private final BarAggregator minutes = new BarAggregator(BarAlignment.utc(TimeFrame.ONE_MINUTE), out);

    private static long px(String decimal) {
        return new java.math.BigDecimal(decimal).movePointRight(8).longValueExact();
    }

    private static long qty(String decimal) {
        return px(decimal);
    }

    private static long hours(long h) {
        return Duration.ofHours(h).toNanos();
    }

    @Test
    void threeTicksMakeOneMinuteBarThatCloseAtTheFirstTickOfTheNextMinute() {
        assertThat(minutes.onTrade(nanos("2024-05-01T10:00:05Z"), px("100.00"), qty("1.5"))).isTrue();
        assertThat(minutes.onTrade(nanos("2024-05-01T10:00:20Z"), px("101.25"), qty("0.5"))).isTrue();
        assertThat(minutes.onTrade(nanos("2024-05-01T10:00:59.999999999Z"), px("99.75"), qty("2"))).isTrue();
        assertThat(out.bars).isEmpty();

        minutes.onTrade(nanos("2024-05-01T10:01:00Z"), px("100.10"), qty("1"));

        assertThat(out.bars).hasSize(1);
        Bar bar = out.bars.get(0);
        assertThat(bar).isEqualTo(new Bar().set(nanos("2024-05-01T10:00:00Z"), nanos("2024-05-01T10:01:00Z"),
                px("100"), px("101.25"), px("99.75"), px("99.75"), qty("4"), 3));
        assertThat(bar.toString()).isEqualTo(
                "Bar[2024-05-01T10:00:00Z, 2024-05-01T10:01:00Z) O=100 H=101.25 L=99.75 C=99.75 V=4 N=3");
    }

    @Test
    void aTickExactlyAtTheCloseTimeOpensTheNextBar() {
        minutes.onTrade(nanos("2024-05-01T10:00:30Z"), px("100"), qty("1"));
        minutes.onTrade(nanos("2024-05-01T10:01:00Z"), px("105"), qty("2"));

        assertThat(out.last().tradeCount()).isEqualTo(1);
        assertThat(out.last().high()).isEqualTo(px("100"));
        Bar open = new Bar();
        assertThat(minutes.openBar(open)).isTrue();
        assertThat(open).isEqualTo(new Bar().set(nanos("2024-05-01T10:01:00Z"), nanos("2024-05-01T10:02:00Z"),
                px("105"), px("105"), px("105"), px("105"), qty("2"), 1));
    }

    @Test
    void advanceToClosesTheBarOnlyOnceItsCloseTimeIsReached() {
        minutes.onTrade(nanos("2024-05-01T10:00:30Z"), px("100"), qty("1"));
        minutes.advanceTo(nanos("2024-05-01T10:00:59.999999999Z"));
        assertThat(out.bars).isEmpty();
        assertThat(minutes.hasOpenBar()).isTrue();

        minutes.advanceTo(nanos("2024-05-01T10:01:00Z"));

        assertThat(out.bars).extracting(Bar::closeTimeNanos).containsExactly(nanos("2024-05-01T10:01:00Z"));
        assertThat(minutes.hasOpenBar()).isFalse();
        assertThat(minutes.openBar(new Bar())).isFalse();
    }

    @Test
    void flushEmitsTheBarInProgressWithItsNominalCloseTime() {
        minutes.onTrade(nanos("2024-05-01T10:00:30Z"), px("100"), qty("1"));
        minutes.onTrade(nanos("2024-05-01T10:00:40Z"), px("99"), qty("1"));
        minutes.flush();

        assertThat(out.bars).containsExactly(new Bar().set(nanos("2024-05-01T10:00:00Z"),
                nanos("2024-05-01T10:01:00Z"), px("100"), px("100"), px("99"), px("99"), qty("2"), 2));
        // Data ended: a late trade of the flushed minute is not folded anywhere.
        assertThat(minutes.onTrade(nanos("2024-05-01T10:00:50Z"), px("98"), qty("1"))).isFalse();
        minutes.flush();
        assertThat(out.bars).hasSize(1);
    }

    @Test
    void emptyIntervalsProduceNoBarByDefault() {
        minutes.onTrade(nanos("2024-05-01T10:00:10Z"), px("100"), qty("1"));
        minutes.onTrade(nanos("2024-05-01T10:03:30Z"), px("101"), qty("1"));
        minutes.flush();

        assertThat(out.bars).extracting(Bar::openTimeNanos)
                .containsExactly(nanos("2024-05-01T10:00:00Z"), nanos("2024-05-01T10:03:00Z"));
    }

    @Test
    void flatPolicyFillsEmptyIntervalsWithThePreviousClose() {
        BarAggregator flat = new BarAggregator(BarAlignment.utc(TimeFrame.ONE_MINUTE), EmptyBarPolicy.FLAT, out);
        flat.onTrade(nanos("2024-05-01T10:00:10Z"), px("100"), qty("1"));
        flat.onTrade(nanos("2024-05-01T10:00:20Z"), px("102"), qty("1"));
        flat.onTrade(nanos("2024-05-01T10:03:30Z"), px("101"), qty("1"));

        long p = px("102");
        assertThat(out.bars).containsExactly(
                new Bar().set(nanos("2024-05-01T10:00:00Z"), nanos("2024-05-01T10:01:00Z"), px("100"), p, px("100"), p, qty("2"), 2),
                new Bar().set(nanos("2024-05-01T10:01:00Z"), nanos("2024-05-01T10:02:00Z"), p, p, p, p, 0, 0),
                new Bar().set(nanos("2024-05-01T10:02:00Z"), nanos("2024-05-01T10:03:00Z"), p, p, p, p, 0, 0));
    }

    @Test
    void flatPolicyWithAdvanceToEmitsOnlyCompletedEmptyIntervals() {
        BarAggregator flat = new BarAggregator(BarAlignment.utc(TimeFrame.ONE_MINUTE), EmptyBarPolicy.FLAT, out);
        flat.onTrade(nanos("2024-05-01T10:00:10Z"), px("100"), qty("1"));
        flat.advanceTo(nanos("2024-05-01T10:02:59Z"));

        assertThat(out.bars).extracting(Bar::openTimeNanos)
                .containsExactly(nanos("2024-05-01T10:00:00Z"), nanos("2024-05-01T10:01:00Z"));
        flat.advanceTo(nanos("2024-05-01T10:03:00Z"));
        assertThat(out.bars).hasSize(3);
        flat.flush();
        assertThat(out.bars).hasSize(3);
    }

    @Test
    void flatPolicyEmitsNothingBeforeTheFirstTrade() {
        BarAggregator flat = new BarAggregator(BarAlignment.utc(TimeFrame.ONE_MINUTE), EmptyBarPolicy.FLAT, out);
        flat.advanceTo(nanos("2024-05-01T10:00:00Z"));
        flat.advanceTo(nanos("2024-05-01T10:05:00Z"));
        flat.onTrade(nanos("2024-05-01T10:07:10Z"), px("100"), qty("1"));
        assertThat(out.bars).isEmpty();
    }

    @Test
    void aTickOlderThanTheBarInProgressIsRejectedAndCounted() {
        minutes.onTrade(nanos("2024-05-01T10:00:30Z"), px("100"), qty("1"));
        minutes.onTrade(nanos("2024-05-01T10:01:10Z"), px("101"), qty("1"));

        assertThat(minutes.onTrade(nanos("2024-05-01T10:00:50Z"), px("50"), qty("7"))).isFalse();

        assertThat(minutes.rejectedTrades()).isEqualTo(1);
        minutes.flush();
        assertThat(out.bars).extracting(Bar::volume).containsExactly(qty("1"), qty("1"));
        assertThat(out.bars).extracting(Bar::low).containsExactly(px("100"), px("101"));
    }

    @Test
    void anOutOfOrderTickInsideTheBarInProgressIsKept() {
        minutes.onTrade(nanos("2024-05-01T10:00:30Z"), px("100"), qty("1"));
        assertThat(minutes.onTrade(nanos("2024-05-01T10:00:10Z"), px("101"), qty("1"))).isTrue();
        minutes.flush();
        assertThat(out.last().tradeCount()).isEqualTo(2);
        assertThat(minutes.rejectedTrades()).isZero();
    }

    @Test
    void afterAdvanceToTradesOfPassedIntervalsAreRejectedButTheCurrentIntervalIsOpen() {
        minutes.onTrade(nanos("2024-05-01T10:00:30Z"), px("100"), qty("1"));
        minutes.advanceTo(nanos("2024-05-01T10:05:30Z"));

        assertThat(minutes.onTrade(nanos("2024-05-01T10:04:59Z"), px("1"), qty("1"))).isFalse();
        assertThat(minutes.onTrade(nanos("2024-05-01T10:05:10Z"), px("2"), qty("1"))).isTrue();
        assertThat(minutes.rejectedTrades()).isEqualTo(1);
    }

    @Test
    void timeNeverGoesBack() {
        minutes.onTrade(nanos("2024-05-01T10:00:30Z"), px("100"), qty("1"));
        minutes.advanceTo(nanos("2024-05-01T09:00:00Z"));
        minutes.advanceTo(Long.MIN_VALUE);
        assertThat(minutes.hasOpenBar()).isTrue();
        assertThat(out.bars).isEmpty();
    }

    @Test
    void listenerHearsTheStartOfEachNewBarAsEventTime() {
        minutes.onTrade(nanos("2024-05-01T10:00:30Z"), px("100"), qty("1"));
        minutes.onTrade(nanos("2024-05-01T10:00:40Z"), px("100"), qty("1"));
        minutes.onTrade(nanos("2024-05-01T10:02:10Z"), px("100"), qty("1"));
        minutes.advanceTo(nanos("2024-05-01T10:07:10Z"));
        minutes.flush();

        assertThat(out.times).containsExactly(nanos("2024-05-01T10:00:00Z"), nanos("2024-05-01T10:02:00Z"),
                nanos("2024-05-01T10:07:00Z"));
    }

    @Test
    void volumeOverflowThrowsInsteadOfWrapping() {
        minutes.onTrade(nanos("2024-05-01T10:00:30Z"), px("100"), Long.MAX_VALUE - 1);
        assertThatThrownBy(() -> minutes.onTrade(nanos("2024-05-01T10:00:31Z"), px("100"), 2))
                .isInstanceOf(ArithmeticException.class);
        minutes.flush();
        assertThat(out.last().volume()).isEqualTo(Long.MAX_VALUE - 1);
        assertThat(out.last().tradeCount()).isEqualTo(1);
    }

    @Test
    void dailyBarsInNewYorkAtFivePmLastTwentyThreeHoursOnTheSpringForwardDay() {
        BarAggregator daily = new BarAggregator(
                BarAlignment.of(TimeFrame.ONE_DAY, ZoneId.of("America/New_York"), Duration.ofHours(17)), out);
        daily.onTrade(nanos("2024-03-09T21:59:59Z"), px("10"), qty("1")); // Sat 16:59:59 EST: Friday's session
        daily.onTrade(nanos("2024-03-09T22:00:00Z"), px("11"), qty("1")); // Sat 17:00 EST: new session
        daily.onTrade(nanos("2024-03-10T20:59:59Z"), px("12"), qty("1")); // Sun 16:59:59 EDT: same session
        daily.onTrade(nanos("2024-03-10T21:00:00Z"), px("13"), qty("1")); // Sun 17:00 EDT: next session
        daily.flush();

        assertThat(out.bars).extracting(Bar::tradeCount).containsExactly(1L, 2L, 1L);
        Bar saturday = out.bars.get(1);
        assertThat(saturday.closeTimeNanos() - saturday.openTimeNanos()).isEqualTo(hours(23));
        assertThat(saturday.open()).isEqualTo(px("11"));
        assertThat(saturday.close()).isEqualTo(px("12"));
        assertThat(FixedPoint.format(saturday.volume(), Scales.DEFAULT.quantityDecimals())).isEqualTo("2");
    }
}
