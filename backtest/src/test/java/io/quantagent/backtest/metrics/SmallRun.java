package io.quantagent.backtest.metrics;

import static io.quantagent.agents.Direction.LONG;
import static io.quantagent.agents.Direction.NEUTRAL;
import static io.quantagent.agents.Direction.SHORT;

import io.quantagent.engine.bars.TimeFrame;
import io.quantagent.engine.execution.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A run small enough to check by hand: 10 daily bars of one instrument, 1,000 of cash, three trades (a long
 * target hit, a short stopped out, a long closed at the end), fees of 0.1 a unit traded per leg, six decisions.
 *
 * <pre>
 * bar  close  event                                   cash     position value  equity
 *  0    98                                            1000          0          1000
 *  1   100    buy 10 at 100, fee 1                      -1       1000           999
 *  2   105                                              -1       1050          1049
 *  3   110    sell 10 at 110 (TARGET), fee 1          1098          0          1098
 *  4   112    sell short 5 at 112, fee 0.5            1657.5    -560          1097.5
 *  5   114                                            1657.5    -570          1087.5
 *  6   116    buy 5 at 116 (STOP), fee 0.5            1077          0          1077
 *  7   104    buy 10 at 104, fee 1                      36       1040          1076
 *  8   106                                              36       1060          1096
 *  9   108    sell 10 at 108 (END), fee 1             1115          0          1115
 * </pre>
 * Trades: +100 gross, 2 fees, +98 net; -20 gross, 1 fee, -21 net; +40 gross, 2 fees, +38 net.
 */
final class SmallRun {

    static final String INSTRUMENT = "BTC-USD";
    static final long DAY_NANOS = 86_400_000_000_000L;
    static final long T0 = Instant.parse("2024-01-02T00:00:00Z").getEpochSecond() * 1_000_000_000L;
    static final double[] CLOSE = {98, 100, 105, 110, 112, 114, 116, 104, 106, 108};
    static final double[] EQUITY = {1000, 999, 1049, 1098, 1097.5, 1087.5, 1077, 1076, 1096, 1115};
    static final double[] CASH = {1000, -1, -1, 1098, 1657.5, 1657.5, 1077, 36, 36, 1115};
    static final double[] NOTIONAL = {0, 1000, 1050, 0, 560, 570, 0, 1040, 1060, 0};

    private SmallRun() {
    }

    static long time(int bar) {
        return T0 + bar * DAY_NANOS;
    }

    static InstrumentBars bars() {
        List<PriceBar> bars = new ArrayList<>();
        for (int i = 0; i < CLOSE.length; i++) {
            double open = i == 0 ? CLOSE[0] : CLOSE[i - 1];
            bars.add(new PriceBar(time(i), open, Math.max(open, CLOSE[i]) + 1, Math.min(open, CLOSE[i]) - 1, CLOSE[i],
                    100 + i));
        }
        return new InstrumentBars(INSTRUMENT, bars);
    }

    static List<EquityPoint> equity() {
        List<EquityPoint> points = new ArrayList<>();
        for (int i = 0; i < EQUITY.length; i++) {
            points.add(new EquityPoint(time(i), EQUITY[i], CASH[i], NOTIONAL[i]));
        }
        return points;
    }

    static List<TradeRecord> trades() {
        return List.of(
                new TradeRecord(INSTRUMENT, Side.BUY, time(1), 100, time(3), 110, 10, 95, 110, 100, 2, 98, ExitReason.TARGET),
                new TradeRecord(INSTRUMENT, Side.SELL, time(4), 112, time(6), 116, 5, 116, 106, -20, 1, -21, ExitReason.STOP),
                new TradeRecord(INSTRUMENT, Side.BUY, time(7), 104, time(9), 108, 10, 100, 112, 40, 2, 38, ExitReason.END));
    }

    /**
     * Decision, indicator, pattern, trend. Close changes over one bar after bars 0, 3, 6, 7, 8: +2, +2, -12, +2,
     * +2; bar 9 has no next bar.
     */
    static List<DecisionRecord> decisions() {
        return List.of(
                new DecisionRecord(time(0), INSTRUMENT, LONG, LONG, NEUTRAL, LONG),
                new DecisionRecord(time(3), INSTRUMENT, SHORT, SHORT, SHORT, LONG),
                new DecisionRecord(time(6), INSTRUMENT, LONG, SHORT, LONG, LONG),
                new DecisionRecord(time(7), INSTRUMENT, NEUTRAL, LONG, SHORT, NEUTRAL),
                new DecisionRecord(time(8), INSTRUMENT, LONG, LONG, NEUTRAL, LONG),
                new DecisionRecord(time(9), INSTRUMENT, LONG, LONG, LONG, LONG));
    }

    static RunData run() {
        return new RunData("small run", TimeFrame.ONE_DAY, 1000, List.of(bars()), equity(), trades(), decisions(),
                "symbols: [BTC-USD]\nfees: 0.1 per unit\n");
    }
}
