package io.quantagent.backtest.accuracy;

import io.quantagent.engine.data.FixedPoint;
import io.quantagent.engine.data.MarketDataFormat;
import io.quantagent.engine.data.MarketDataHandler;
import io.quantagent.engine.data.MarketDataReader;
import io.quantagent.engine.data.ReadOptions;
import io.quantagent.engine.data.Scales;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds and reads benchmark windows laid out as the QuantAgent paper publishes them:
 * {@code DIR/<asset>/<ASSET>_<tf>_<k>.csv}, each read by the engine's QuantAgent CSV reader (every row is
 * validated; the first bad row stops the run with its file and line).
 */
public final class BenchmarkWindows {
    private static final Pattern FILE_NAME = Pattern.compile("([A-Za-z0-9]+)_([0-9]+[smhdw])_([0-9]+)\\.csv");

    private BenchmarkWindows() {
    }

    /** Every window under {@code dir}, by asset (sorted by name), each asset's windows sorted by k. */
    public static Map<String, List<BenchmarkWindow>> load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a directory (expected DIR/<asset>/<ASSET>_<tf>_<k>.csv)");
        }
        Map<String, List<BenchmarkWindow>> byAsset = new TreeMap<>();
        List<Path> assets;
        try (Stream<Path> list = Files.list(dir)) {
            assets = list.filter(Files::isDirectory).sorted().toList();
        }
        for (Path assetDir : assets) {
            List<Path> files;
            try (Stream<Path> list = Files.list(assetDir)) {
                files = list.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches()).toList();
            }
            List<BenchmarkWindow> windows = new ArrayList<>();
            for (Path file : files) {
                windows.add(read(assetDir.getFileName().toString(), file));
            }
            if (!windows.isEmpty()) {
                windows.sort(Comparator.comparingInt(BenchmarkWindow::index));
                byAsset.put(assetDir.getFileName().toString(), List.copyOf(windows));
            }
        }
        if (byAsset.isEmpty()) {
            throw new IOException(dir + ": no benchmark windows found (expected DIR/<asset>/<ASSET>_<tf>_<k>.csv)");
        }
        return byAsset;
    }

    /** Reads one window file. */
    public static BenchmarkWindow read(String asset, Path file) throws IOException {
        Matcher m = FILE_NAME.matcher(file.getFileName().toString());
        int index = m.matches() ? Integer.parseInt(m.group(3)) : 0;
        Collector c = new Collector();
        ReadOptions options = ReadOptions.defaults().withFormat(MarketDataFormat.QUANTAGENT);
        MarketDataReader.read(file, options, c);
        return c.window(asset, file, index);
    }

    /** Gathers a file's bars as doubles (the agents' analytics view). */
    private static final class Collector implements MarketDataHandler {
        private final int pd = Scales.DEFAULT.priceDecimals();
        private final int qd = Scales.DEFAULT.quantityDecimals();
        private final List<double[]> rows = new ArrayList<>();
        private final List<Long> closeTimes = new ArrayList<>();

        @Override
        public void onTrade(long timeNanos, long price, long quantity) {
            throw new IllegalStateException("a benchmark window holds bars, not trades");
        }

        @Override
        public void onBar(long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close, long volume) {
            closeTimes.add(closeTimeNanos == Long.MIN_VALUE ? openTimeNanos : closeTimeNanos);
            rows.add(new double[] {
                FixedPoint.toDouble(open, pd), FixedPoint.toDouble(high, pd), FixedPoint.toDouble(low, pd),
                FixedPoint.toDouble(close, pd), FixedPoint.toDouble(volume, qd)
            });
        }

        BenchmarkWindow window(String asset, Path file, int index) {
            int n = rows.size();
            long[] t = new long[n];
            double[] o = new double[n];
            double[] h = new double[n];
            double[] l = new double[n];
            double[] c = new double[n];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                double[] r = rows.get(i);
                t[i] = closeTimes.get(i);
                o[i] = r[0];
                h[i] = r[1];
                l[i] = r[2];
                c[i] = r[3];
                v[i] = r[4];
            }
            return new BenchmarkWindow(asset, file, index, t, o, h, l, c, v);
        }
    }
}
