package io.quantagent.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.config.BarsConfig;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The bar stage closes bars on the first tick past their end, resamples bar inputs, and flushes at the end. */
class BarStageTest {

    private static final long M = 60_000_000_000L;
    private static final long T0 = 1_704_067_200_000_000_000L;
    private static final long U = 100_000_000L;

    private final BarStage stage = new BarStage(new BarsConfig(Duration.ofMinutes(5), ZoneId.of("UTC"), Duration.ZERO),
            2);
    private final MarketEvent event = new MarketEvent();

    private BarSection trade(int instrument, long time, long price) {
        event.input.trade(0, instrument, time, price, U);
        stage.onEvent(event);
        return event.bars;
    }

    private BarSection bar(int instrument, long open, long close, long o, long h, long l, long c) {
        event.input.bar(0, instrument, open, close, o, h, l, c, U);
        stage.onEvent(event);
        return event.bars;
    }

    @Test
    void aTickPastTheBarsEndClosesItWithoutThatTick() {
        assertThat(trade(0, T0, 100 * U).count()).isZero();
        assertThat(trade(0, T0 + M, 103 * U).count()).isZero();
        assertThat(trade(1, T0 + 6 * M, 50 * U).count()).as("another instrument's tick closes nothing").isZero();
        BarSection closed = trade(0, T0 + 5 * M, 101 * U);
        assertThat(closed.count()).isEqualTo(1);
        assertThat(closed.openTimeNanos(0)).isEqualTo(T0);
        assertThat(closed.closeTimeNanos(0)).isEqualTo(T0 + 5 * M);
        assertThat(new long[] {closed.open(0), closed.high(0), closed.low(0), closed.close(0), closed.volume(0),
            closed.tradeCount(0)}).containsExactly(100 * U, 103 * U, 100 * U, 103 * U, 2 * U, 2);
        assertThat(stage.barsClosed()).isEqualTo(1);
    }

    @Test
    void aFlushEmitsTheBarInProgress() {
        trade(0, T0 + M, 100 * U);
        event.input.flush(1, 0, T0 + 2 * M);
        stage.onEvent(event);
        assertThat(event.bars.count()).isEqualTo(1);
        assertThat(event.bars.closeTimeNanos(0)).isEqualTo(T0 + 5 * M);
    }

    @Test
    void aBarInputOfTheTimeFrameIsTakenAsItIsEvenOffTheGrid() {
        long halfPast = T0 + 30 * 60_000_000_000L;
        BarSection closed = bar(1, halfPast, halfPast + 5 * M, 10 * U, 12 * U, 9 * U, 11 * U);
        assertThat(closed.count()).isEqualTo(1);
        assertThat(closed.openTimeNanos(0)).isEqualTo(halfPast);
        assertThat(closed.closeTimeNanos(0)).isEqualTo(halfPast + 5 * M);
        assertThat(bar(1, halfPast - 5 * M, halfPast, 10 * U, 12 * U, 9 * U, 11 * U).count())
                .as("an older bar is refused").isZero();
        assertThat(stage.rejectedInputs()).isEqualTo(1);
    }

    @Test
    void aLowerTimeFrameBarOffTheGridIsRefusedAndCounted() {
        assertThat(bar(0, T0 + 30_000_000_000L, T0 + M + 30_000_000_000L, 10 * U, 12 * U, 9 * U, 11 * U).count())
                .isZero();
        assertThat(stage.rejectedInputs()).isEqualTo(1);
    }

    @Test
    void barInputsOfALowerTimeFrameAreResampled() {
        for (int i = 0; i < 4; i++) {
            assertThat(bar(0, T0 + i * M, T0 + (i + 1) * M, 10 * U, (12 + i) * U, 9 * U, 11 * U).count()).isZero();
        }
        BarSection closed = bar(0, T0 + 4 * M, T0 + 5 * M, 11 * U, 12 * U, 8 * U, 10 * U);
        assertThat(closed.count()).isEqualTo(1);
        assertThat(new long[] {closed.openTimeNanos(0), closed.closeTimeNanos(0), closed.open(0), closed.high(0),
            closed.low(0), closed.close(0), closed.volume(0)})
                .containsExactly(T0, T0 + 5 * M, 10 * U, 15 * U, 8 * U, 10 * U, 5 * U);
    }
}
