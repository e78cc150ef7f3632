package io.quantagent.backtest.accuracy;

import io.quantagent.agents.InstrumentAgents;
import io.quantagent.agents.trend.TrendParameters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Runs the paper's accuracy protocol ({@link AccuracyProtocol}) over benchmark windows: our fused decision,
 * each directional agent alone, and the baselines, one row per asset plus the mean over assets.
 */
public final class AccuracyBenchmark {
    private final AgentPredictors agents;

    /** A benchmark of agents with these parameters on bars of this period. */
    public AccuracyBenchmark(InstrumentAgents.Parameters parameters, Duration barPeriod) {
        this.agents = new AgentPredictors(parameters, barPeriod);
    }

    /**
     * The paper's parameters, untuned, with the Trend agent's look-back set to the {@value
     * AccuracyProtocol#SEEN_BARS} bars the protocol shows (the paper fits its lines over the window it shows).
     */
    public static InstrumentAgents.Parameters paperParameters() {
        InstrumentAgents.Parameters p = InstrumentAgents.Parameters.defaults();
        TrendParameters t = p.trend();
        return p.withTrend(new TrendParameters(AccuracyProtocol.SEEN_BARS, t.initialStep(), t.minStep(),
                t.tolerance(), t.sidewaysSlope()));
    }

    /** The table for these windows (assets in map order) followed by the mean row. */
    public List<AccuracyRow> run(Map<String, List<BenchmarkWindow>> windowsByAsset) {
        List<AccuracyRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<BenchmarkWindow>> e : windowsByAsset.entrySet()) {
            rows.add(row(e.getKey(), e.getValue()));
        }
        rows.add(mean(rows));
        return rows;
    }

    /** One asset's row. */
    public AccuracyRow row(String asset, List<BenchmarkWindow> windows) {
        PredictorScore.Tally ours = new PredictorScore.Tally();
        PredictorScore.Tally indicator = new PredictorScore.Tally();
        PredictorScore.Tally pattern = new PredictorScore.Tally();
        PredictorScore.Tally trend = new PredictorScore.Tally();
        for (BenchmarkWindow window : windows) {
            InstrumentAgents run = agents.run(AccuracyProtocol.seenBars(window));
            ours.add(window, run.decision().direction());
            indicator.add(window, run.indicatorReport().direction());
            pattern.add(window, run.patternReport().direction());
            trend.add(window, run.trendReport().direction());
        }
        PredictorScore alwaysLong = PredictorScore.of(windows, Baselines.alwaysLong());
        PredictorScore linear = PredictorScore.of(windows, Baselines.linearRegression());
        double random = Baselines.randomAccuracy(windows, Baselines.RANDOM_SEEDS);
        int n = windows.size();
        PredictorScore i = indicator.score(n);
        PredictorScore p = pattern.score(n);
        PredictorScore t = trend.score(n);
        return new AccuracyRow(asset, n, ours.score(n).accuracy(), i.accuracy(), i.coverage(), p.accuracy(),
                p.coverage(), t.accuracy(), t.coverage(), alwaysLong.accuracy(), random, linear.accuracy());
    }

    /** The mean of each column over the asset rows (NaN cells are left out of their column's mean). */
    static AccuracyRow mean(List<AccuracyRow> rows) {
        int windows = 0;
        for (AccuracyRow r : rows) {
            windows += r.windows();
        }
        return new AccuracyRow("mean", windows,
                mean(rows, AccuracyRow::ours),
                mean(rows, AccuracyRow::indicator), mean(rows, AccuracyRow::indicatorCoverage),
                mean(rows, AccuracyRow::pattern), mean(rows, AccuracyRow::patternCoverage),
                mean(rows, AccuracyRow::trend), mean(rows, AccuracyRow::trendCoverage),
                mean(rows, AccuracyRow::alwaysLong), mean(rows, AccuracyRow::random),
                mean(rows, AccuracyRow::linearRegression));
    }

    private static double mean(List<AccuracyRow> rows, ToDoubleFunction<AccuracyRow> column) {
        double sum = 0;
        int n = 0;
        for (AccuracyRow r : rows) {
            double v = column.applyAsDouble(r);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
