package io.quantagent.backtest.baseline;

import io.quantagent.backtest.metrics.EquityPoint;
import io.quantagent.backtest.metrics.ExitReason;
import io.quantagent.backtest.metrics.InstrumentBars;
import io.quantagent.backtest.metrics.PriceBar;
import io.quantagent.backtest.metrics.RunData;
import io.quantagent.backtest.metrics.TradeRecord;
import io.quantagent.engine.bars.TimeFrame;
import io.quantagent.engine.execution.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * The buy-and-hold baseline: the starting cash split equally over the instruments, each share spent at the
 * instrument's first bar close (fee included: quantity = share / (close x (1 + fee))), held to its last close. Each
 * holding is one trade that ends with the run ({@link ExitReason#END}, marked at the last close, no exit fee).
 */
public final class BuyAndHold {

    /** The name the baseline is shown under. */
    public static final String NAME = "buy and hold";

    private BuyAndHold() {
    }

    /**
     * Buys and holds every instrument of {@code instruments} with an equal share of {@code startingCash}.
     *
     * @param feeBps the fee per fill in basis points of the notional (the broker's {@code feeBps})
     * @throws IllegalArgumentException if there is no instrument with bars
     */
    public static RunData run(List<InstrumentBars> instruments, TimeFrame timeFrame, double startingCash, double feeBps) {
        List<InstrumentBars> traded = instruments.stream().filter(b -> b.size() > 0).toList();
        if (traded.isEmpty()) {
            throw new IllegalArgumentException("buy and hold needs at least one instrument with bars");
        }
        double share = startingCash / traded.size();
        double fee = feeBps / 10_000.0;
        List<RunData> runs = new ArrayList<>();
        for (InstrumentBars bars : traded) {
            runs.add(hold(bars, timeFrame, share, fee));
        }
        return BaselineRuns.combine(NAME, timeFrame, startingCash, instruments, runs, "");
    }

    private static RunData hold(InstrumentBars bars, TimeFrame timeFrame, double cash, double fee) {
        PriceBar first = bars.bars().getFirst();
        PriceBar last = bars.bars().getLast();
        double quantity = cash / (first.close() * (1 + fee));
        double entryFee = fee * quantity * first.close();
        double left = cash - quantity * first.close() - entryFee;
        List<EquityPoint> equity = new ArrayList<>(bars.size());
        for (PriceBar bar : bars.bars()) {
            double value = quantity * bar.close();
            equity.add(new EquityPoint(bar.timeNanos(), left + value, left, value));
        }
        double gross = quantity * (last.close() - first.close());
        TradeRecord trade = new TradeRecord(bars.instrument(), Side.BUY, first.timeNanos(), first.close(),
                last.timeNanos(), last.close(), quantity, Double.NaN, Double.NaN, gross, entryFee, gross - entryFee,
                ExitReason.END);
        return new RunData(NAME, timeFrame, cash, List.of(bars), equity, List.of(trade), List.of(), "");
    }
}
