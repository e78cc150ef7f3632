package io.quantagent.backtest.metrics;

import java.util.List;

/**
 * The bars of one instrument over a run, in time order.
 *
 * @param instrument the instrument's name as the run knows it
 * @param bars its bars, strictly increasing in time
 */
public record InstrumentBars(String instrument, List<PriceBar> bars) {

    /** Copies the list and checks the name and the time order. */
    public InstrumentBars {
        if (instrument == null || instrument.isBlank()) {
            throw new IllegalArgumentException("an instrument needs a name");
        }
        bars = List.copyOf(bars);
        for (int i = 1; i < bars.size(); i++) {
            if (bars.get(i).timeNanos() <= bars.get(i - 1).timeNanos()) {
                throw new IllegalArgumentException(instrument + ": bar " + i + " (" + bars.get(i).timeNanos()
                        + " ns) is not after bar " + (i - 1) + " (" + bars.get(i - 1).timeNanos() + " ns)");
            }
        }
    }

    /** Number of bars. */
    public int size() {
        return bars.size();
    }

    /**
     * The last bar that had closed at {@code timeNanos} (close time at or before it), or -1 if none had: the bar a
     * decision made at that time was based on.
     */
    public int indexAtOrBefore(long timeNanos) {
        int lo = 0;
        int hi = bars.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (bars.get(mid).timeNanos() <= timeNanos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /**
     * The bar in which {@code timeNanos} falls: the first bar closing at or after it (a bar covers the interval
     * that ends at its close time, end included), clamped to the first and last bar; -1 if there are no bars.
     * Used to place fills on the chart.
     */
    public int indexOfBarContaining(long timeNanos) {
        if (bars.isEmpty()) {
            return -1;
        }
        int lo = 0;
        int hi = bars.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (bars.get(mid).timeNanos() >= timeNanos) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
