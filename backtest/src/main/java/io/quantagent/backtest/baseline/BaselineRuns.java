package io.quantagent.backtest.baseline;

import io.quantagent.backtest.metrics.EquityPoint;
import io.quantagent.backtest.metrics.InstrumentBars;
import io.quantagent.backtest.metrics.RunData;
import io.quantagent.backtest.metrics.TradeRecord;
import io.quantagent.engine.bars.TimeFrame;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Helpers shared by the baselines: combining per-instrument runs into one account. */
final class BaselineRuns {

    private BaselineRuns() {
    }

    /**
     * One account made of independent per-instrument runs (each started with its share of the cash): trades
     * concatenated, equity summed at every time any run has a point (a run counts its last point at or before
     * that time, or its starting cash before its first point).
     */
    static RunData combine(String title, TimeFrame timeFrame, double startingCash, List<InstrumentBars> instruments,
            List<RunData> runs, String configuration) {
        TreeSet<Long> times = new TreeSet<>();
        List<TradeRecord> trades = new ArrayList<>();
        for (RunData run : runs) {
            for (EquityPoint p : run.equity()) {
                times.add(p.timeNanos());
            }
            trades.addAll(run.trades());
        }
        int[] next = new int[runs.size()];
        EquityPoint[] last = new EquityPoint[runs.size()];
        List<EquityPoint> equity = new ArrayList<>(times.size());
        for (long time : times) {
            double total = 0;
            double cash = 0;
            double notional = 0;
            for (int r = 0; r < runs.size(); r++) {
                List<EquityPoint> points = runs.get(r).equity();
                while (next[r] < points.size() && points.get(next[r]).timeNanos() <= time) {
                    last[r] = points.get(next[r]++);
                }
                if (last[r] == null) {
                    total += runs.get(r).startingCash();
                    cash += runs.get(r).startingCash();
                } else {
                    total += last[r].equity();
                    cash += last[r].cash();
                    notional += last[r].positionNotional();
                }
            }
            equity.add(new EquityPoint(time, total, cash, notional));
        }
        return new RunData(title, timeFrame, startingCash, instruments, equity, trades, List.of(), configuration);
    }

    /** The bar length of a series of bars: the smallest gap between consecutive bars (one day if there is none). */
    static Duration barLength(InstrumentBars bars) {
        long gap = Long.MAX_VALUE;
        for (int i = 1; i < bars.size(); i++) {
            gap = Math.min(gap, bars.bars().get(i).timeNanos() - bars.bars().get(i - 1).timeNanos());
        }
        return gap == Long.MAX_VALUE ? TimeFrame.ONE_DAY.duration() : Duration.ofNanos(gap);
    }

    /**
     * The time frame of a series of bars: {@link #barLength}, or the longest time frame shorter than it when it is
     * not one (a gap of 7 s: 6 s), or one second.
     */
    static TimeFrame timeFrameOf(InstrumentBars bars) {
        long seconds = Math.max(1, barLength(bars).toSeconds());
        for (long s = Math.min(seconds, TimeFrame.SECONDS_PER_DAY); s > 1; s--) {
            if (TimeFrame.SECONDS_PER_DAY % s == 0) {
                return TimeFrame.ofSeconds(s);
            }
        }
        return TimeFrame.ONE_SECOND;
    }
}
