package io.quantagent.engine.daemon.http;

import io.quantagent.engine.daemon.DaemonSnapshot;
import io.quantagent.engine.daemon.DaemonSnapshot.Account;
import io.quantagent.engine.daemon.DaemonSnapshot.Candle;
import io.quantagent.engine.daemon.DaemonSnapshot.Counters;
import io.quantagent.engine.daemon.DaemonSnapshot.FeedState;
import io.quantagent.engine.daemon.DaemonSnapshot.InstrumentState;
import io.quantagent.engine.daemon.DaemonSnapshot.Latency;
import io.quantagent.engine.daemon.DaemonSnapshot.OrderState;
import io.quantagent.engine.daemon.DaemonSnapshot.Risk;
import io.quantagent.engine.daemon.DaemonSnapshot.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Snapshots for the tests: a plain one with known numbers, and a busy one that looks like a trading session. */
final class SampleSnapshots {

    static final long START_MILLIS = 1_385_337_600_000L;  // 2013-11-25T00:00:00Z
    private static final long MINUTE = 60_000;

    private SampleSnapshots() {
    }

    /** Known, distinct numbers for every counter and gauge, one instrument, two feeds (one stale). */
    static DaemonSnapshot known() {
        InstrumentState btc = new InstrumentState("BTC/USD",
                List.of(new Candle(START_MILLIS, START_MILLIS + MINUTE, 800, 805, 799, 804, 12.5)),
                List.of(new OrderState(7, START_MILLIS + MINUTE, "BUY", "MARKET", 804, 0.25, "FILLED", "0.25 @ 804")),
                List.of(new Signal("INDICATOR", "LONG", 0.7, "RSI 28.1 <script>", START_MILLIS)),
                0.25, 804, 806, 0.5);
        return new DaemonSnapshot(START_MILLIS + 5 * MINUTE, START_MILLIS + MINUTE, true, false,
                new Account(100_000, 99_799, 100_000.5, -1.5, 0.5, 0.2, 201.5, 100_010, 9.5),
                new Risk(false, true, "DAILY_LOSS 2013-11-25"),
                new Counters(1_001, 17, 16, 5, 2, 3, 1, 4, 6, 1_000, 1_024),
                new Latency(3, 12.5, 20, 30, 31, 32),
                List.of(btc),
                List.of(new FeedState("replay-1", "replay", "PLAYING", 250, 1_001, 6, 0, 0),
                        new FeedState("binance-1", "binance", "STALE", 42_000, 77, 0, 2, 3)));
    }

    /** A session of {@code bars} one-minute bars with orders, brackets, signals and feeds, the same every time. */
    static DaemonSnapshot session(int bars) {
        SplittableRandom random = new SplittableRandom(42);
        List<Candle> candles = new ArrayList<>();
        double price = 812.40;
        for (int i = 0; i < bars; i++) {
            long open = START_MILLIS + i * MINUTE;
            double drift = Math.sin(i / 14.0) * 0.9;
            double close = Math.max(1, price + drift + random.nextGaussian() * 1.6);
            double high = Math.max(price, close) + random.nextDouble() * 1.2;
            double low = Math.min(price, close) - random.nextDouble() * 1.2;
            candles.add(new Candle(open, open + MINUTE, price, high, low, close, 2 + random.nextDouble() * 18));
            price = close;
        }
        List<OrderState> orders = new ArrayList<>();
        long id = 100;
        for (int i = 12; i < bars - 8; i += 17) {
            Candle bar = candles.get(i);
            boolean buy = (i / 17) % 2 == 0;
            orders.add(new OrderState(id++, bar.closeTimeMillis(), buy ? "BUY" : "SELL", "MARKET", bar.close(), 0.5,
                    "FILLED", "0.5 @ " + Math.round(bar.close() * 100) / 100.0));
            Candle exit = candles.get(i + 8);
            orders.add(new OrderState(id++, exit.closeTimeMillis(), buy ? "SELL" : "BUY", "STOP",
                    exit.close(), 0.5, "FILLED", "stop hit"));
        }
        Candle last = candles.get(bars - 1);
        orders.add(new OrderState(id++, last.openTimeMillis(), "BUY", "MARKET", last.open(), 0.5, "FILLED",
                "0.5 @ " + Math.round(last.open() * 100) / 100.0));
        orders.add(new OrderState(id++, last.openTimeMillis(), "SELL", "STOP", last.open() - 4.2, 0.5, "ACCEPTED",
                "protective stop"));
        orders.add(new OrderState(id++, last.openTimeMillis(), "SELL", "LIMIT", last.open() + 6.3, 0.5, "ACCEPTED",
                "take profit, reward/risk 1.5"));
        orders.add(new OrderState(id, last.closeTimeMillis(), "BUY", "MARKET", last.close(), 3, "REJECTED",
                "MAX_POSITION: 3.5 > 2"));
        List<Signal> signals = List.of(
                new Signal("INDICATOR", "LONG", 0.64, "RSI 41.2 rising, MACD crossed up, %R -71", last.openTimeMillis()),
                new Signal("PATTERN", "LONG", 0.55, "double bottom, neckline 815.10", last.openTimeMillis()),
                new Signal("TREND", "NEUTRAL", 0.2, "sideways channel, width 1.3%, price at 48%", last.openTimeMillis()),
                new Signal("RISK", "NONE", 0.0, "ATR 2.31, stop 4.20, target 6.30 (1.5R)", last.openTimeMillis()),
                new Signal("DECISION", "LONG", 0.6, "indicator and pattern agree; trend neutral", last.openTimeMillis()));
        double mark = last.close();
        double average = last.open();
        InstrumentState btc = new InstrumentState("BTC/USD", candles, orders, signals, 0.5, average, mark,
                (mark - average) * 0.5);
        return new DaemonSnapshot(last.closeTimeMillis() + 2_000, last.closeTimeMillis(), false, true,
                new Account(100_000, 99_587.35, 100_043.12, 41.87, (mark - average) * 0.5, 3.94, 406.8, 100_061.2,
                        18.08),
                new Risk(false, false, "ORDER_RATE ok"),
                new Counters(184_233, bars, bars - 40, orders.size(), 1, orders.size() - 3, 0, 0, 2, 1_020, 1_024),
                new Latency(orders.size(), 9.8, 14.1, 27.5, 61.0, 88.3),
                List.of(btc),
                List.of(new FeedState("replay BTC/USD", "replay", "PLAYING", 40, 184_233, 2, 0, 0)));
    }
}
