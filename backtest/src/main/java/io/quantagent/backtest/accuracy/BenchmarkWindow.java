package io.quantagent.backtest.accuracy;

import java.nio.file.Path;

/**
 * One benchmark window of the QuantAgent paper: an asset's consecutive bars from one CSV file.
 *
 * @param asset the asset folder name (btc, spx, ...)
 * @param file where the bars came from
 * @param index the window's number k in {@code <ASSET>_<tf>_<k>.csv}
 */
public record BenchmarkWindow(
        String asset,
        Path file,
        int index,
        long[] closeTimeNanos,
        double[] open,
        double[] high,
        double[] low,
        double[] close,
        double[] volume) {

    public BenchmarkWindow {
        int n = close.length;
        if (closeTimeNanos.length != n || open.length != n || high.length != n || low.length != n || volume.length != n) {
            throw new IllegalArgumentException(file + ": columns of different lengths");
        }
    }

    /** Number of bars in the file. */
    public int size() {
        return close.length;
    }
}
