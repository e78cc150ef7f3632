package io.quantagent.bench.latency;

import org.HdrHistogram.Histogram;

/**
 * The printed summary of a latency histogram, in nanoseconds.
 *
 * @param count samples
 * @param p50 median
 * @param p90 90th percentile
 * @param p99 99th percentile
 * @param p999 99.9th percentile
 * @param p9999 99.99th percentile
 * @param max the largest sample
 * @param mean the mean
 */
public record Percentiles(long count, long p50, long p90, long p99, long p999, long p9999, long max, double mean) {

    /** The percentiles of a histogram (all zero when it is empty). */
    public static Percentiles of(Histogram h) {
        if (h.getTotalCount() == 0) {
            return new Percentiles(0, 0, 0, 0, 0, 0, 0, 0);
        }
        return new Percentiles(h.getTotalCount(), h.getValueAtPercentile(50), h.getValueAtPercentile(90),
                h.getValueAtPercentile(99), h.getValueAtPercentile(99.9), h.getValueAtPercentile(99.99),
                h.getMaxValue(), h.getMean());
    }
}
