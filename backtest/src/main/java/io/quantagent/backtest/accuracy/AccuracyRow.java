package io.quantagent.backtest.accuracy;

/**
 * One row of the accuracy table: an asset (or the mean over assets).
 *
 * @param asset the asset folder name, or {@code mean}
 * @param windows windows scored
 * @param ours accuracy of the fused four-agent decision
 * @param indicator accuracy of the Indicator agent alone, where it had an opinion
 * @param indicatorCoverage share of windows where it had one
 * @param pattern accuracy of the Pattern agent alone, where it had an opinion
 * @param patternCoverage share of windows where it had one
 * @param trend accuracy of the Trend agent alone, where it had an opinion
 * @param trendCoverage share of windows where it had one
 * @param alwaysLong accuracy of always calling LONG
 * @param random mean accuracy of seeded random calls over {@link Baselines#RANDOM_SEEDS} seeds
 * @param linearRegression accuracy of the sign of the least-squares slope of the seen closes
 */
public record AccuracyRow(
        String asset,
        int windows,
        double ours,
        double indicator,
        double indicatorCoverage,
        double pattern,
        double patternCoverage,
        double trend,
        double trendCoverage,
        double alwaysLong,
        double random,
        double linearRegression) {

    /** The paper's relative gain over the random baseline: (ours - random) / random. */
    public double gainOverRandom() {
        return (ours - random) / random;
    }
}
