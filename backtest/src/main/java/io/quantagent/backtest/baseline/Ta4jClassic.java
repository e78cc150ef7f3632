package io.quantagent.backtest.baseline;

import io.quantagent.backtest.metrics.EquityPoint;
import io.quantagent.backtest.metrics.ExitReason;
import io.quantagent.backtest.metrics.InstrumentBars;
import io.quantagent.backtest.metrics.PriceBar;
import io.quantagent.backtest.metrics.RunData;
import io.quantagent.backtest.metrics.TradeRecord;
import io.quantagent.engine.bars.TimeFrame;
import io.quantagent.engine.execution.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Position;
import org.ta4j.core.Strategy;
import org.ta4j.core.Trade;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.analysis.cost.LinearTransactionCostModel;
import org.ta4j.core.analysis.cost.ZeroCostModel;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * The classic-strategy baseline, run by ta4j itself: MACD(12, 26) crossing its 9-bar signal EMA (enter long on a
 * cross up, exit on a cross down), long only, through ta4j's {@link BarSeriesManager} with a
 * {@link LinearTransactionCostModel} at the broker's fee. BarSeriesManager trades at the next bar's open (its
 * default execution model), one unit per position; the conversion sizes each position all-in, compounding:
 * quantity = equity / (entry price x (1 + fee)), fees of fee x quantity x price on each leg, exactly what the
 * linear cost model charges per unit. A position still open at the last bar ends there ({@link ExitReason#END},
 * marked at the last close, no exit fee).
 */
public final class Ta4jClassic {

    /** The name the baseline is shown under. */
    public static final String NAME = "ta4j MACD";

    /** MACD's fast EMA, in bars. */
    public static final int FAST = 12;
    /** MACD's slow EMA, in bars. */
    public static final int SLOW = 26;
    /** The signal line's EMA of the MACD, in bars. */
    public static final int SIGNAL = 9;

    private Ta4jClassic() {
    }

    /**
     * A ta4j series (double numbers) of the bars; each bar ends at its close time and lasts the smallest gap between
     * two bars.
     */
    public static BarSeries series(InstrumentBars bars) {
        Duration period = BaselineRuns.barLength(bars);
        BarSeries series = new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance())
                .withName(bars.instrument()).build();
        for (PriceBar bar : bars.bars()) {
            series.barBuilder()
                    .timePeriod(period)
                    .endTime(instant(bar.timeNanos()))
                    .openPrice(bar.open())
                    .highPrice(bar.high())
                    .lowPrice(bar.low())
                    .closePrice(bar.close())
                    .volume(bar.volume())
                    .add();
        }
        return series;
    }

    /** The strategy on a series: enter when MACD(12, 26) crosses above its EMA(9), exit when it crosses below. */
    public static Strategy strategy(BarSeries series) {
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        MACDIndicator macd = new MACDIndicator(close, FAST, SLOW);
        EMAIndicator signal = new EMAIndicator(macd, SIGNAL);
        return new BaseStrategy(NAME, new CrossedUpIndicatorRule(macd, signal), new CrossedDownIndicatorRule(macd, signal),
                SLOW);
    }

    /**
     * Runs the strategy over one instrument's bars with ta4j's BarSeriesManager and converts its trading record
     * into an all-in account that starts with {@code startingCash} and pays {@code feeBps} per fill.
     */
    public static RunData run(InstrumentBars bars, double startingCash, double feeBps) {
        return run(bars, BaselineRuns.timeFrameOf(bars), startingCash, feeBps);
    }

    private static RunData run(InstrumentBars bars, TimeFrame timeFrame, double startingCash, double feeBps) {
        return convert(bars, timeFrame, tradingRecord(bars, feeBps), startingCash, feeBps);
    }

    /**
     * Runs the strategy on every instrument with an equal share of the starting cash, as one account.
     *
     * @throws IllegalArgumentException if there is no instrument with bars
     */
    public static RunData runAll(List<InstrumentBars> instruments, TimeFrame timeFrame, double startingCash,
            double feeBps) {
        List<InstrumentBars> traded = instruments.stream().filter(b -> b.size() > 0).toList();
        if (traded.isEmpty()) {
            throw new IllegalArgumentException("the ta4j baseline needs at least one instrument with bars");
        }
        List<RunData> runs = new ArrayList<>();
        for (InstrumentBars bars : traded) {
            runs.add(run(bars, timeFrame, startingCash / traded.size(), feeBps));
        }
        return BaselineRuns.combine(NAME, timeFrame, startingCash, instruments, runs, "");
    }

    /** ta4j's own trading record of the strategy over the bars: one unit per position, linear costs of {@code feeBps}. */
    public static TradingRecord tradingRecord(InstrumentBars bars, double feeBps) {
        BarSeries series = series(bars);
        BarSeriesManager manager = new BarSeriesManager(series, new LinearTransactionCostModel(feeBps / 10_000.0),
                new ZeroCostModel());
        return manager.run(strategy(series), Trade.TradeType.BUY, series.numFactory().one());
    }

    private static RunData convert(InstrumentBars bars, TimeFrame timeFrame, TradingRecord record, double startingCash,
            double feeBps) {
        double fee = feeBps / 10_000.0;
        List<PriceBar> list = bars.bars();
        List<Position> positions = new ArrayList<>(record.getPositions());
        Position current = record.getCurrentPosition();
        if (current != null && current.isOpened()) {
            positions.add(current);
        }
        List<TradeRecord> trades = new ArrayList<>();
        List<EquityPoint> equity = new ArrayList<>(list.size());
        double cash = startingCash;
        double quantity = 0;
        double entryPrice = 0;
        double entryFee = 0;
        long entryTime = 0;
        int p = 0;
        for (int i = 0; i < list.size(); i++) {
            PriceBar bar = list.get(i);
            if (p < positions.size() && quantity == 0 && positions.get(p).getEntry().getIndex() == i) {
                entryPrice = positions.get(p).getEntry().getPricePerAsset().doubleValue();
                quantity = cash / (entryPrice * (1 + fee));
                entryFee = fee * quantity * entryPrice;
                cash -= quantity * entryPrice + entryFee;
                entryTime = openTime(list, i, timeFrame);
            }
            if (quantity > 0 && positions.get(p).isClosed() && positions.get(p).getExit().getIndex() == i) {
                double exitPrice = positions.get(p).getExit().getPricePerAsset().doubleValue();
                double exitFee = fee * quantity * exitPrice;
                cash += quantity * exitPrice - exitFee;
                double gross = quantity * (exitPrice - entryPrice);
                trades.add(new TradeRecord(bars.instrument(), Side.BUY, entryTime, entryPrice,
                        Math.max(entryTime, openTime(list, i, timeFrame)), exitPrice, quantity, Double.NaN, Double.NaN,
                        gross, entryFee + exitFee, gross - entryFee - exitFee, ExitReason.SIGNAL));
                quantity = 0;
                p++;
            }
            double value = quantity * bar.close();
            equity.add(new EquityPoint(bar.timeNanos(), cash + value, cash, value));
        }
        if (quantity > 0) {
            PriceBar last = list.getLast();
            double gross = quantity * (last.close() - entryPrice);
            trades.add(new TradeRecord(bars.instrument(), Side.BUY, entryTime, entryPrice, Math.max(entryTime,
                    last.timeNanos()), last.close(), quantity, Double.NaN, Double.NaN, gross, entryFee, gross - entryFee,
                    ExitReason.END));
        }
        return new RunData(NAME + " " + bars.instrument(), timeFrame, startingCash, List.of(bars), equity, trades,
                List.of(), "");
    }

    /** When bar {@code i} opened: the previous bar's close, or its own close minus the time frame for the first. */
    private static long openTime(List<PriceBar> bars, int i, TimeFrame timeFrame) {
        return i > 0 ? Math.max(bars.get(i - 1).timeNanos(), bars.get(i).timeNanos() - timeFrame.nanos())
                : bars.get(i).timeNanos() - timeFrame.nanos();
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
