package io.quantagent.engine.bars;

/**
 * The bar being built by a {@link BarAggregator} or {@link BarResampler}, and the rules for closing it:
 * emission to the listener, flat bars for empty intervals, and the frontier of event time.
 *
 * <p>The frontier is the earliest open time a future bar may have: the start of the open bar, or of the
 * interval the clock has reached. Nothing before it is accepted any more. Single-threaded, no allocation
 * (except inside {@link BarWindow} for zones, on transitions).
 */
final class OpenBar {

    private final BarWindow window;
    private final BarListener listener;
    private final boolean emitFlat;

    // [start, end) of the bar in progress; start > end when there is none, so that the range test fails.
    long start = Long.MAX_VALUE;
    long end = Long.MIN_VALUE;
    private boolean open;
    private long openPrice;
    private long high;
    private long low;
    private long close;
    private long volume;
    private long tradeCount;

    private boolean hasLastClose;
    private long lastClose;
    private long lastEnd = Long.MIN_VALUE;
    private long frontier = Long.MIN_VALUE;

    OpenBar(BarAlignment alignment, EmptyBarPolicy emptyBars, BarListener listener) {
        this.window = alignment.newWindow();
        this.listener = listener;
        this.emitFlat = emptyBars == EmptyBarPolicy.FLAT;
    }

    boolean isOpen() {
        return open;
    }

    long frontier() {
        return frontier;
    }

    /**
     * The clock reached {@code t}: closes the open bar if {@code t} is at or past its end, emits flat bars for
     * the empty intervals that ended by {@code t} (if configured), and moves the frontier to the start of the
     * interval containing {@code t}. No effect if {@code t} is before the frontier.
     */
    void advance(long t) {
        if (t < frontier) {
            return;
        }
        if (open) {
            if (t < end) {
                return;
            }
            emit();
        }
        window.moveTo(t);
        long intervalStart = window.start();
        if (emitFlat && hasLastClose && lastEnd < intervalStart) {
            emitFlatBarsUntil(intervalStart);
        }
        if (intervalStart > frontier) {
            frontier = intervalStart;
            listener.onTime(intervalStart);
        }
    }

    /** Opens a bar at the interval containing {@code t} with a first price; call {@link #advance} first. */
    void open(long t, long price) {
        window.moveTo(t);
        start = window.start();
        end = window.end();
        open = true;
        openPrice = price;
        high = price;
        low = price;
        close = price;
        volume = 0;
        tradeCount = 0;
    }

    /** Folds one trade into the open bar. */
    void addTrade(long price, long quantity) {
        long newVolume = Math.addExact(volume, quantity);
        if (price > high) {
            high = price;
        }
        if (price < low) {
            low = price;
        }
        close = price;
        volume = newVolume;
        tradeCount++;
    }

    /** Folds a whole lower-time-frame bar (after the first one set the open) into the open bar. */
    void addBar(long barHigh, long barLow, long barClose, long barVolume, long barTradeCount) {
        long newVolume = Math.addExact(volume, barVolume);
        long newTradeCount = Math.addExact(tradeCount, barTradeCount);
        if (barHigh > high) {
            high = barHigh;
        }
        if (barLow < low) {
            low = barLow;
        }
        close = barClose;
        volume = newVolume;
        tradeCount = newTradeCount;
    }

    /** Emits the open bar, if any, as it is (end of data); the frontier moves to its end. */
    void flush() {
        if (!open) {
            return;
        }
        emit();
        if (lastEnd > frontier) {
            frontier = lastEnd;
            listener.onTime(lastEnd);
        }
    }

    /** Copies the open bar into {@code into}; false (and {@code into} untouched) if there is none. */
    boolean copyTo(Bar into) {
        if (!open) {
            return false;
        }
        into.set(start, end, openPrice, high, low, close, volume, tradeCount);
        return true;
    }

    private void emit() {
        long barStart = start;
        long barEnd = end;
        open = false;
        start = Long.MAX_VALUE;
        end = Long.MIN_VALUE;
        hasLastClose = true;
        lastClose = close;
        lastEnd = barEnd;
        listener.onBar(barStart, barEnd, openPrice, high, low, close, volume, tradeCount);
    }

    private void emitFlatBarsUntil(long until) {
        window.moveTo(lastEnd);
        while (window.start() < until) {
            long barStart = window.start();
            long barEnd = window.end();
            lastEnd = barEnd;
            listener.onBar(barStart, barEnd, lastClose, lastClose, lastClose, lastClose, 0, 0);
            window.moveTo(barEnd);
        }
    }
}
