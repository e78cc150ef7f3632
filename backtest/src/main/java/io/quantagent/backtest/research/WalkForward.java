package io.quantagent.backtest.research;

import io.quantagent.backtest.metrics.DecisionRecord;
import io.quantagent.backtest.metrics.EquityPoint;
import io.quantagent.backtest.metrics.InstrumentBars;
import io.quantagent.backtest.metrics.Metrics;
import io.quantagent.backtest.metrics.MetricsSettings;
import io.quantagent.backtest.metrics.PerformanceMetrics;
import io.quantagent.backtest.metrics.PriceBar;
import io.quantagent.backtest.metrics.RunData;
import io.quantagent.backtest.metrics.TradeRecord;
import io.quantagent.engine.bars.TimeFrame;
import io.quantagent.engine.config.EngineConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walk-forward analysis: rolling windows over the data's event-time span ({@link WalkForwardWindow#tile}); in each,
 * every grid point runs on the in-sample part, the best by the objective is chosen (ties go to the lower index,
 * NaN ranks last), and that point alone runs on the out-of-sample part that follows. Only out-of-sample results
 * are reported: per window, and the out-of-sample parts stitched into one equity curve.
 *
 * <p>Every run starts a fresh engine on its part's events alone ({@link TimeWindowFeed}): the agents warm up
 * inside each part (the first bars of a part give no signal until the longest indicator has its history), and
 * the account starts from the configured cash. Stitching chains the parts' returns: each part's equity curve is
 * scaled so it starts where the previous part ended. Trades and fees are summed as they were, each part trading
 * from the starting cash.
 */
public final class WalkForward {

    private final GridConfigs configs;
    private final FeedFactory feeds;
    private final Settings settings;

    /**
     * How a walk-forward runs.
     *
     * @param inSample length of the in-sample part
     * @param outOfSample length of the out-of-sample part
     * @param step how far each window starts after the previous one (at least {@code outOfSample})
     * @param objective what the in-sample choice maximises
     * @param threads in-sample points run at once
     * @param metrics the assumptions of the metrics
     */
    public record Settings(Duration inSample, Duration outOfSample, Duration step, Objective objective, int threads,
            MetricsSettings metrics) {

        /** Checks the thread count. */
        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
        }
    }

    /**
     * One window's outcome.
     *
     * @param window the window
     * @param chosen the point chosen in sample
     * @param inSampleObjective the chosen point's in-sample objective
     * @param outOfSample the chosen point's out-of-sample figures
     * @param outOfSampleRun the out-of-sample run, as read from its journal
     */
    public record WindowResult(WalkForwardWindow window, GridPoint chosen, double inSampleObjective,
            PointMetrics outOfSample, RunData outOfSampleRun) {
    }

    /**
     * The whole outcome.
     *
     * @param windows each window, in time order
     * @param stitched the out-of-sample parts as one run
     * @param stitchedMetrics the metrics of the stitched run
     */
    public record Result(List<WindowResult> windows, RunData stitched, Metrics stitchedMetrics) {
    }

    /** Hears about each window as it finishes. */
    @FunctionalInterface
    public interface Progress {
        /** Window {@code result.window().number()} of {@code windows} is done. */
        void windowDone(WindowResult result, int windows);
    }

    /** A walk-forward of the points of {@code configs}, over the feeds of {@code feeds}. */
    public WalkForward(GridConfigs configs, FeedFactory feeds, Settings settings) {
        this.configs = configs;
        this.feeds = feeds;
        this.settings = settings;
    }

    /** The windows over this data. */
    public List<WalkForwardWindow> windows() throws IOException {
        EngineConfig base = configs.base();
        FeedSpan span = FeedSpan.of(feeds.open(base));
        return WalkForwardWindow.tile(span, TimeFrame.of(base.bars().timeframe()), settings.inSample(),
                settings.outOfSample(), settings.step());
    }

    /**
     * Validates every point, then runs every window.
     *
     * @throws ResearchException when a point is invalid, the data is too short, or a run fails (naming it)
     */
    public Result run(Progress progress) throws IOException {
        configs.validateAll(20);
        List<WalkForwardWindow> windows = windows();
        PointRunner runner = new PointRunner(settings.metrics());
        ParameterGrid grid = configs.grid();
        List<WindowResult> results = new ArrayList<>();
        for (WalkForwardWindow w : windows) {
            FeedFactory inSample = feeds.window(w.inSampleFrom(), w.inSampleTo());
            long[] best = {-1};
            double[] bestValue = {Double.NaN};
            try {
                ParallelRuns.<Double>run(grid.size(), i -> true, settings.threads(), "qa-walkforward",
                        i -> settings.objective().of(runPoint(runner, inSample, grid.point(i), w, "in-sample").figures()),
                        (i, value) -> {
                            if (best[0] < 0 || settings.objective().better(value, bestValue[0])
                                    || (Double.compare(value, bestValue[0]) == 0 && i < best[0])) {
                                best[0] = i;
                                bestValue[0] = value;
                            }
                        });
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new ResearchException("the walk-forward stopped: " + e.getMessage(), e);
            }
            GridPoint chosen = grid.point(best[0]);
            PointRun oos = runPoint(runner, feeds.window(w.outOfSampleFrom(), w.outOfSampleTo()), chosen, w,
                    "out-of-sample");
            WindowResult result = new WindowResult(w, chosen, bestValue[0], oos.figures(), oos.data());
            results.add(result);
            progress.windowDone(result, windows.size());
        }
        EngineConfig base = configs.base();
        RunData stitched = stitch(results, TimeFrame.of(base.bars().timeframe()),
                base.broker().startingCash().doubleValue());
        return new Result(results, stitched, PerformanceMetrics.compute(stitched, settings.metrics()));
    }

    private PointRun runPoint(PointRunner runner, FeedFactory windowFeeds, GridPoint point, WalkForwardWindow w,
            String part) {
        EngineConfig config = configs.config(point);
        try {
            return runner.runInTemporaryFolder(config, windowFeeds.open(config));
        } catch (IOException | RuntimeException e) {
            throw new ResearchException("window " + w.number() + " " + part + ", grid point " + point.index() + " ("
                    + point.label() + ") failed: " + e.getMessage(), e);
        }
    }

    /**
     * The out-of-sample runs as one: equity chained (each part scaled to start where the previous ended), bars,
     * trades and decisions concatenated. When the chosen points differ in bar length, the curve is sampled at the
     * longest (the last point in each of its intervals), so per-bar returns and their annualisation agree.
     *
     * @param timeFrame the bar length when there is no window
     */
    static RunData stitch(List<WindowResult> windows, TimeFrame timeFrame, double startingCash) {
        TimeFrame sampling = timeFrame;
        if (!windows.isEmpty()) {
            sampling = windows.getFirst().outOfSampleRun().timeFrame();
            for (WindowResult w : windows) {
                if (w.outOfSampleRun().timeFrame().compareTo(sampling) > 0) {
                    sampling = w.outOfSampleRun().timeFrame();
                }
            }
        }
        long interval = sampling.nanos();
        List<EquityPoint> equity = new ArrayList<>();
        Map<String, List<PriceBar>> bars = new LinkedHashMap<>();
        List<TradeRecord> trades = new ArrayList<>();
        List<DecisionRecord> decisions = new ArrayList<>();
        double level = startingCash;
        for (WindowResult w : windows) {
            RunData run = w.outOfSampleRun();
            double scale = level / run.startingCash();
            for (EquityPoint p : run.equity()) {
                if (!equity.isEmpty() && p.timeNanos() <= equity.getLast().timeNanos()) {
                    continue;
                }
                EquityPoint scaled = new EquityPoint(p.timeNanos(), p.equity() * scale, p.cash() * scale,
                        p.positionNotional() * scale);
                if (!equity.isEmpty() && Math.ceilDiv(p.timeNanos(), interval)
                        == Math.ceilDiv(equity.getLast().timeNanos(), interval)) {
                    equity.set(equity.size() - 1, scaled);
                } else {
                    equity.add(scaled);
                }
            }
            if (!equity.isEmpty()) {
                level = equity.getLast().equity();
            }
            for (InstrumentBars ib : run.instruments()) {
                List<PriceBar> list = bars.computeIfAbsent(ib.instrument(), k -> new ArrayList<>());
                for (PriceBar b : ib.bars()) {
                    if (list.isEmpty() || b.timeNanos() > list.getLast().timeNanos()) {
                        list.add(b);
                    }
                }
            }
            trades.addAll(run.trades());
            decisions.addAll(run.decisions());
        }
        List<InstrumentBars> instruments = new ArrayList<>();
        for (Map.Entry<String, List<PriceBar>> e : bars.entrySet()) {
            instruments.add(new InstrumentBars(e.getKey(), e.getValue()));
        }
        return new RunData("walk-forward, out of sample", sampling, startingCash, instruments, equity, trades,
                decisions, "");
    }
}
