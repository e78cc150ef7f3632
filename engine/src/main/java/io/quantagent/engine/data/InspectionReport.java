package io.quantagent.engine.data;

import java.util.List;

/**
 * What {@link DataInspector} found in one file.
 *
 * @param file the file as given
 * @param format its format (given or detected)
 * @param instrument the instrument its name names, or {@code null} when unknown
 * @param rows data rows seen
 * @param accepted rows that passed validation
 * @param rejected rows rejected (see {@link #problems()})
 * @param firstTimeNanos time of the first accepted row (epoch nanoseconds), {@link Long#MIN_VALUE} if none
 * @param lastTimeNanos time of the last accepted row (epoch nanoseconds), {@link Long#MIN_VALUE} if none
 * @param barIntervalNanos bars: the most common step between consecutive bars; 0 for trades or fewer than two bars
 * @param gaps bars: how many steps are longer than the interval; 0 for trades
 * @param largestGapNanos the longest time between two consecutive accepted rows (bars or trades); 0 if none
 * @param largestGapAfterNanos the time of the row the longest gap follows, {@link Long#MIN_VALUE} if none
 * @param duplicates bars: rows rejected for repeating the previous bar's timestamp; trades: accepted trades
 *     identical to the previous one (same time, price and amount)
 * @param anomalies accepted rows that look suspicious, {@code file:line: what}, up to the limit
 * @param anomaliesNotShown anomalies beyond the limit
 * @param problems the first rejection messages, {@code file:line: reason}, up to the limit
 * @param problemsNotShown rejections beyond the limit
 */
public record InspectionReport(
        String file,
        MarketDataFormat format,
        String instrument,
        long rows,
        long accepted,
        long rejected,
        long firstTimeNanos,
        long lastTimeNanos,
        long barIntervalNanos,
        long gaps,
        long largestGapNanos,
        long largestGapAfterNanos,
        long duplicates,
        List<String> anomalies,
        long anomaliesNotShown,
        List<String> problems,
        long problemsNotShown) {

    public InspectionReport {
        anomalies = List.copyOf(anomalies);
        problems = List.copyOf(problems);
    }

    /** True when no row was rejected. */
    public boolean clean() {
        return rejected == 0;
    }
}
