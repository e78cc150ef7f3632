package io.quantagent.backtest.report;

import io.quantagent.agents.Direction;
import io.quantagent.backtest.metrics.DecisionRecord;
import io.quantagent.backtest.metrics.EquityPoint;
import io.quantagent.backtest.metrics.ExitReason;
import io.quantagent.backtest.metrics.InstrumentBars;
import io.quantagent.backtest.metrics.PriceBar;
import io.quantagent.backtest.metrics.RunData;
import io.quantagent.backtest.metrics.TradeRecord;
import io.quantagent.engine.bars.TimeFrame;
import io.quantagent.engine.execution.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A constructed run for report tests: random-walk one-minute bars per instrument (fixed seed), a bracket trade
 * every so often (long or short by the last 10 bars' momentum, stop 1 %, target 1.5 %, stop checked first, closed
 * by signal after 30 bars or at the end), equity marked at every close, a decision at every bar.
 */
final class SampleRun {

    static final long MINUTE_NANOS = 60_000_000_000L;
    static final long START = Instant.parse("2024-05-01T00:01:00Z").getEpochSecond() * 1_000_000_000L;
    static final double CASH = 100_000;
    static final double FEE_RATE = 0.0004;

    private SampleRun() {
    }

    static RunData of(String title, int barCount, String... names) {
        List<InstrumentBars> instruments = new ArrayList<>();
        List<TradeRecord> trades = new ArrayList<>();
        List<DecisionRecord> decisions = new ArrayList<>();
        double[][] closes = new double[names.length][];
        int[][] position = new int[names.length][barCount];
        double[][] quantity = new double[names.length][barCount];
        double[] cashDelta = new double[barCount];
        for (int k = 0; k < names.length; k++) {
            List<PriceBar> bars = bars(barCount, 1000.0 * (k + 1), 42 + k);
            instruments.add(new InstrumentBars(names[k], bars));
            closes[k] = new double[barCount];
            for (int i = 0; i < barCount; i++) {
                closes[k][i] = bars.get(i).close();
            }
            trade(names[k], bars, trades, position[k], quantity[k], cashDelta, 7 + 11 * k);
            decide(names[k], bars, decisions, 3 + k);
        }
        List<EquityPoint> equity = new ArrayList<>();
        double cash = CASH;
        for (int i = 0; i < barCount; i++) {
            cash += cashDelta[i];
            double value = 0;
            double notional = 0;
            for (int k = 0; k < names.length; k++) {
                value += position[k][i] * quantity[k][i] * closes[k][i];
                notional += quantity[k][i] * closes[k][i];
            }
            equity.add(new EquityPoint(time(i), cash + value, cash, notional));
        }
        return new RunData(title, TimeFrame.ONE_MINUTE, CASH, instruments, equity, trades, decisions,
                "instruments: " + String.join(", ", names) + "\ntimeFrame: 1m\nrisk:\n  stop: 1%\n  target: 1.5%\n");
    }

    static long time(int bar) {
        return START + bar * MINUTE_NANOS;
    }

    private static List<PriceBar> bars(int count, double start, long seed) {
        Random random = new Random(seed);
        List<PriceBar> bars = new ArrayList<>(count);
        double close = start;
        for (int i = 0; i < count; i++) {
            double open = close;
            close = Math.max(1, open * (1 + 0.003 * random.nextGaussian() + 0.0004 * Math.sin(i / 40.0)));
            double high = Math.max(open, close) * (1 + 0.0015 * random.nextDouble());
            double low = Math.min(open, close) * (1 - 0.0015 * random.nextDouble());
            bars.add(new PriceBar(time(i), open, high, low, close, 5 + 20 * random.nextDouble()));
        }
        return bars;
    }

    /** Fills trades and, per bar, the position sign and size held at that close, and the cash moves. */
    private static void trade(String name, List<PriceBar> bars, List<TradeRecord> trades, int[] position,
            double[] quantity, double[] cashDelta, int every) {
        int i = 12;
        while (i < bars.size() - 1) {
            if (i % every != 0) {
                i++;
                continue;
            }
            double entry = bars.get(i).close();
            boolean isLong = entry >= bars.get(i - 10).close();
            int sign = isLong ? 1 : -1;
            double size = Math.floor(20_000 / entry * 1000) / 1000;
            double stop = entry * (1 - sign * 0.01);
            double target = entry * (1 + sign * 0.015);
            int exitBar = -1;
            double exit = 0;
            ExitReason reason = ExitReason.END;
            for (int j = i + 1; j < bars.size() && exitBar < 0; j++) {
                PriceBar bar = bars.get(j);
                boolean stopHit = isLong ? bar.low() <= stop : bar.high() >= stop;
                boolean targetHit = isLong ? bar.high() >= target : bar.low() <= target;
                if (stopHit) {
                    exitBar = j;
                    exit = stop;
                    reason = ExitReason.STOP;
                } else if (targetHit) {
                    exitBar = j;
                    exit = target;
                    reason = ExitReason.TARGET;
                } else if (j - i >= 30) {
                    exitBar = j;
                    exit = bar.close();
                    reason = ExitReason.SIGNAL;
                } else if (j == bars.size() - 1) {
                    exitBar = j;
                    exit = bar.close();
                }
            }
            double gross = sign * size * (exit - entry);
            double fees = FEE_RATE * size * (entry + exit);
            trades.add(new TradeRecord(name, isLong ? Side.BUY : Side.SELL, time(i), entry, time(exitBar), exit, size, stop,
                    target, gross, fees, gross - fees, reason));
            cashDelta[i] += -sign * size * entry - FEE_RATE * size * entry;
            cashDelta[exitBar] += sign * size * exit - FEE_RATE * size * exit;
            for (int j = i; j < exitBar; j++) {
                position[j] = sign;
                quantity[j] = size;
            }
            i = exitBar + 1;
        }
    }

    private static void decide(String name, List<PriceBar> bars, List<DecisionRecord> decisions, int lookback) {
        for (int i = 0; i < bars.size(); i++) {
            if (i < 20) {
                decisions.add(new DecisionRecord(time(i), name, Direction.NEUTRAL, Direction.NEUTRAL, Direction.NEUTRAL,
                        Direction.NEUTRAL));
                continue;
            }
            Direction indicator = Direction.ofSign(bars.get(i).close() - bars.get(i - lookback).close());
            Direction trend = Direction.ofSign(bars.get(i).close() - bars.get(i - 20).close());
            Direction pattern = i % 7 == 0 ? Direction.ofSign(bars.get(i - 1).close() - bars.get(i).close()) : Direction.NEUTRAL;
            Direction decision = indicator == trend ? indicator : Direction.NEUTRAL;
            decisions.add(new DecisionRecord(time(i), name, decision, indicator, pattern, trend));
        }
    }
}
