package io.quantagent.bench;

import io.quantagent.engine.bars.BarAggregator;
import io.quantagent.engine.bars.BarAlignment;
import io.quantagent.engine.bars.TimeFrame;
import io.quantagent.engine.data.FixedPoint;
import io.quantagent.engine.data.MarketDataFormat;
import io.quantagent.engine.data.MarketDataHandler;
import io.quantagent.engine.data.MarketDataReader;
import io.quantagent.engine.data.ReadOptions;
import io.quantagent.engine.data.Scales;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Real bars for benchmarks: the Bitstamp trades aggregated into bars, replayed without end. Each lap shifts
 * the times by the tape's span so that close times keep increasing, as the agents require.
 */
public final class BarTape {
    private final long[] closeTime;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final int size;
    private final long span;
    private int cursor = -1;
    private long lapOffset;

    private BarTape(long[] closeTime, double[] open, double[] high, double[] low, double[] close, double[] volume, int size) {
        this.closeTime = closeTime;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.size = size;
        this.span = closeTime[size - 1] - closeTime[0] + (closeTime[1] - closeTime[0]);
    }

    /** The bundled Bitstamp trades as bars of the given time frame (1m gives 9,399 bars). */
    public static BarTape bitstamp(TimeFrame timeFrame) {
        int pd = Scales.DEFAULT.priceDecimals();
        int qd = Scales.DEFAULT.quantityDecimals();
        long[][] t = {new long[1024]};
        double[][] v = {new double[1024], new double[1024], new double[1024], new double[1024], new double[1024]};
        int[] n = {0};
        BarAggregator aggregator = new BarAggregator(BarAlignment.utc(timeFrame),
                (openTime, closeTime, o, h, l, c, vol, trades) -> {
                    if (n[0] == t[0].length) {
                        t[0] = Arrays.copyOf(t[0], n[0] * 2);
                        for (int k = 0; k < v.length; k++) {
                            v[k] = Arrays.copyOf(v[k], n[0] * 2);
                        }
                    }
                    int i = n[0]++;
                    t[0][i] = closeTime;
                    v[0][i] = FixedPoint.toDouble(o, pd);
                    v[1][i] = FixedPoint.toDouble(h, pd);
                    v[2][i] = FixedPoint.toDouble(l, pd);
                    v[3][i] = FixedPoint.toDouble(c, pd);
                    v[4][i] = FixedPoint.toDouble(vol, qd);
                });
        try {
            MarketDataReader.read(Samples.file(Samples.BITSTAMP_TRADES), ReadOptions.defaults().withFormat(MarketDataFormat.TRADES),
                    new MarketDataHandler() {
                        @Override
                        public void onTrade(long timeNanos, long price, long quantity) {
                            aggregator.onTrade(timeNanos, price, quantity);
                        }

                        @Override
                        public void onBar(long a, long b, long c, long d, long e, long f, long g) {
                            throw new IllegalStateException("trades expected");
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        aggregator.flush();
        return new BarTape(t[0], v[0], v[1], v[2], v[3], v[4], n[0]);
    }

    /** Bars on the tape. */
    public int size() {
        return size;
    }

    /** Moves to the next bar (wrapping around with shifted times). */
    public void next() {
        if (++cursor == size) {
            cursor = 0;
            lapOffset += span;
        }
    }

    public long closeTimeNanos() {
        return closeTime[cursor] + lapOffset;
    }

    public double open() {
        return open[cursor];
    }

    public double high() {
        return high[cursor];
    }

    public double low() {
        return low[cursor];
    }

    public double close() {
        return close[cursor];
    }

    public double volume() {
        return volume[cursor];
    }
}
