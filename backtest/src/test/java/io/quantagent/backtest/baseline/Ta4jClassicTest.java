package io.quantagent.backtest.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quantagent.backtest.metrics.ExitReason;
import io.quantagent.backtest.metrics.InstrumentBars;
import io.quantagent.backtest.metrics.PriceBar;
import io.quantagent.backtest.metrics.RunData;
import io.quantagent.backtest.metrics.TradeRecord;
import io.quantagent.engine.bars.TimeFrame;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Position;
import org.ta4j.core.TradingRecord;

class Ta4jClassicTest {

    private static final double FEE_BPS = 10;
    private static final double FEE = FEE_BPS / 10_000;

    private final InstrumentBars bars = Bars.waves("A", 400, 100, 0.02);

    @Test
    void theSeriesHasEveryBarAtItsCloseTime() {
        BarSeries series = Ta4jClassic.series(bars);

        assertThat(series.getBarCount()).isEqualTo(400);
        assertThat(series.getBar(10).getClosePrice().doubleValue()).isEqualTo(bars.bars().get(10).close());
        assertThat(series.getBar(10).getEndTime().toEpochMilli() * 1_000_000L).isEqualTo(bars.bars().get(10).timeNanos());
        assertThat(series.getBar(10).getTimePeriod()).isEqualTo(TimeFrame.ONE_HOUR.duration());
    }

    @Test
    void tradesWhatTa4jsManagerTradesWithItsCosts() {
        TradingRecord record = Ta4jClassic.tradingRecord(bars, FEE_BPS);
        RunData run = Ta4jClassic.run(bars, 10_000, FEE_BPS);

        List<Position> closed = record.getPositions();
        assertThat(closed).hasSizeGreaterThan(3);
        List<TradeRecord> signalled = run.trades().stream().filter(t -> t.exitReason() == ExitReason.SIGNAL).toList();
        assertThat(signalled).hasSize(closed.size());
        for (int i = 0; i < closed.size(); i++) {
            Position p = closed.get(i);
            TradeRecord t = signalled.get(i);
            assertThat(t.entryPrice()).isEqualTo(p.getEntry().getPricePerAsset().doubleValue())
                    .isEqualTo(bars.bars().get(p.getEntry().getIndex()).open());
            assertThat(t.exitPrice()).isEqualTo(p.getExit().getPricePerAsset().doubleValue())
                    .isEqualTo(bars.bars().get(p.getExit().getIndex()).open());
            assertThat(t.entryTimeNanos()).isEqualTo(bars.bars().get(p.getEntry().getIndex() - 1).timeNanos());
            assertThat(t.netPnl() / t.quantity()).isCloseTo(p.getProfit().doubleValue(), within(1e-9));
        }
    }

    @Test
    void barsAtAnOddSpacingStillRun() {
        List<PriceBar> odd = bars.bars().stream()
                .map(b -> new PriceBar(Bars.START + (b.timeNanos() - Bars.START) / 3600 * 7,
                        b.open(), b.high(), b.low(), b.close(), b.volume()))
                .toList();
        RunData run = Ta4jClassic.run(new InstrumentBars("A", odd), 10_000, FEE_BPS);

        assertThat(run.timeFrame()).isEqualTo(TimeFrame.ofSeconds(6));
        assertThat(run.trades()).hasSameSizeAs(Ta4jClassic.run(bars, 10_000, FEE_BPS).trades());
    }

    @Test
    void compoundsAllInAndEndsWithTheLastClose() {
        RunData run = Ta4jClassic.run(bars, 10_000, FEE_BPS);

        double equity = 10_000;
        for (TradeRecord t : run.trades()) {
            assertThat(t.entryNotional() + FEE * t.entryNotional()).isCloseTo(equity, within(1e-6));
            equity += t.netPnl();
        }
        assertThat(run.equity().getLast().equity()).isCloseTo(equity, within(1e-6));
        assertThat(run.trades()).allSatisfy(t -> assertThat(t.isLong()).isTrue());
    }

    @Test
    void severalInstrumentsShareTheCash() {
        InstrumentBars other = Bars.waves("B", 400, 30, -0.01);
        RunData both = Ta4jClassic.runAll(List.of(bars, other), TimeFrame.ONE_HOUR, 10_000, FEE_BPS);
        RunData a = Ta4jClassic.run(bars, 5_000, FEE_BPS);
        RunData b = Ta4jClassic.run(other, 5_000, FEE_BPS);

        assertThat(both.trades()).hasSize(a.trades().size() + b.trades().size());
        assertThat(both.equity().getLast().equity())
                .isCloseTo(a.equity().getLast().equity() + b.equity().getLast().equity(), within(1e-6));
    }
}
