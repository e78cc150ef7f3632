package io.quantagent.engine.bars;

import java.util.Objects;

/**
 * Turns bars of a lower time frame into bars of a higher one (1 m to 5 m, 1 h to 4 h, 1 h to 1 d): a
 * {@link BarListener} in and a {@link BarListener} out, so resamplers chain behind an {@link BarAggregator}
 * or each other.
 *
 * <p>The target time frame must be a whole multiple of the source's. A target bar takes the open of its first
 * source bar, the close of its last, the highest high, the lowest low, and the sums of the volumes and trade
 * counts. Source bars with no volume, no trades and a single price (the flat bars of empty intervals) only
 * move time on; an empty target interval yields a bar only with {@link EmptyBarPolicy#FLAT}. So resampling the bars of a
 * trade stream gives the same bars, emitted at the same moments, as aggregating the trades straight to the
 * target time frame.
 *
 * <p>A target bar is emitted as soon as it is known to be complete: when a source bar ending at its close
 * time arrives, when a source bar (or {@link #onTime}, {@link #advanceTo}) beyond its end arrives, or on
 * {@link #flush()}.
 *
 * <p>Each input bar is checked; a bar that fails is dropped, counted in {@link #rejectedBars()}, and the
 * reason kept in {@link #lastRejection()} (see {@link BarRejection}): its open time must be a bar start of the
 * source grid, its close time that bar's end ({@code Long.MIN_VALUE} stands for "not known" and is taken as
 * that end), it must not start before the previous bar's end, its values must be consistent, and it must lie
 * inside one target bar. One instance per instrument, used by one thread; no allocation per bar (for zones
 * that change their offset, see {@link BarWindow}).
 */
public final class BarResampler implements BarListener {

    private final BarAlignment source;
    private final BarAlignment target;
    private final BarWindow sourceWindow;
    private final BarWindow targetWindow;
    private final OpenBar bar;
    private long sourceEnd = Long.MIN_VALUE;
    private long rejectedBars;
    private BarRejection lastRejection;

    /** A resampler between UTC-aligned time frames that emits nothing for empty intervals. */
    public BarResampler(TimeFrame source, TimeFrame target, BarListener listener) {
        this(BarAlignment.utc(source), BarAlignment.utc(target), EmptyBarPolicy.SKIP, listener);
    }

    /**
     * A resampler from the {@code source} grid to the {@code target} grid.
     *
     * @throws IllegalArgumentException if the target time frame is not a whole multiple of the source's, or
     *     both grids have fixed offsets and the target's bars do not start on source bar boundaries
     */
    public BarResampler(BarAlignment source, BarAlignment target, EmptyBarPolicy emptyBars, BarListener listener) {
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        if (!target.timeFrame().isMultipleOf(source.timeFrame())) {
            throw new IllegalArgumentException("cannot resample " + source.timeFrame() + " bars to "
                    + target.timeFrame() + ": the target time frame must be a whole multiple of the source's");
        }
        if (source.isFixedOffset() && target.isFixedOffset()
                && Math.floorMod(target.gridShiftNanos() - source.gridShiftNanos(), source.timeFrame().nanos()) != 0) {
            throw new IllegalArgumentException("cannot resample " + source + " to " + target
                    + ": the target bars do not start on source bar boundaries");
        }
        this.sourceWindow = source.newWindow();
        this.targetWindow = target.newWindow();
        this.bar = new OpenBar(target, Objects.requireNonNull(emptyBars, "emptyBars"),
                Objects.requireNonNull(listener, "listener"));
    }

    /** Takes one source bar; a rejected bar is counted (see {@link #add}). */
    @Override
    public void onBar(long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close,
            long volume, long tradeCount) {
        add(openTimeNanos, closeTimeNanos, open, high, low, close, volume, tradeCount);
    }

    /** The source's clock moved on: same as {@link #advanceTo}. */
    @Override
    public void onTime(long timeNanos) {
        advanceTo(timeNanos);
    }

    /**
     * Takes one source bar: folds it into the target bar in progress, emitting target bars that it completes.
     *
     * @return true if taken; false if rejected, with the reason in {@link #lastRejection()}
     */
    public boolean add(long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close,
            long volume, long tradeCount) {
        BarRejection rejection = check(openTimeNanos, closeTimeNanos, open, high, low, close, volume, tradeCount);
        if (rejection != null) {
            rejectedBars++;
            lastRejection = rejection;
            return false;
        }
        long end = sourceWindow.end();
        bar.advance(openTimeNanos);
        if (!isFlatEmpty(open, high, low, close, volume, tradeCount)) {
            if (!bar.isOpen()) {
                bar.open(openTimeNanos, open);
            }
            bar.addBar(high, low, close, volume, tradeCount);
        }
        sourceEnd = end;
        bar.advance(Math.min(end, BarAlignment.MAX_TIME_NANOS));
        return true;
    }

    private static boolean isFlatEmpty(long open, long high, long low, long close, long volume, long tradeCount) {
        return volume == 0 && tradeCount == 0 && open == high && high == low && low == close;
    }

    /** Null if the bar is acceptable; leaves {@link #sourceWindow} on it. */
    private BarRejection check(long openTime, long closeTime, long open, long high, long low, long close,
            long volume, long tradeCount) {
        if (high < Math.max(open, close) || low > Math.min(open, close) || volume < 0 || tradeCount < 0) {
            return BarRejection.INCONSISTENT_VALUES;
        }
        if (openTime < BarAlignment.MIN_TIME_NANOS || openTime > BarAlignment.MAX_TIME_NANOS) {
            return BarRejection.NOT_ALIGNED;
        }
        sourceWindow.moveTo(openTime);
        if (sourceWindow.start() != openTime) {
            return BarRejection.NOT_ALIGNED;
        }
        if (closeTime != sourceWindow.end() && closeTime != Long.MIN_VALUE) {
            return BarRejection.WRONG_CLOSE_TIME;
        }
        if (openTime < sourceEnd || openTime < bar.frontier()) {
            return BarRejection.OUT_OF_ORDER;
        }
        targetWindow.moveTo(openTime);
        if (sourceWindow.end() > targetWindow.end()) {
            return BarRejection.CROSSES_TARGET_BOUNDARY;
        }
        return null;
    }

    /**
     * The clock reached {@code timeNanos}: emits the target bar in progress if it closed by then (and flat
     * bars for empty target intervals if configured). Source bars opening before the start of the target
     * interval containing {@code timeNanos} are rejected from now on. Going back in time has no effect.
     */
    public void advanceTo(long timeNanos) {
        if (timeNanos < BarAlignment.MIN_TIME_NANOS) {
            return;
        }
        bar.advance(Math.min(timeNanos, BarAlignment.MAX_TIME_NANOS));
    }

    /** End of data: emits the target bar in progress as it is, with its nominal close time. */
    public void flush() {
        bar.flush();
    }

    /** Number of source bars rejected. */
    public long rejectedBars() {
        return rejectedBars;
    }

    /** Why the most recent rejected source bar was rejected; null if none was. */
    public BarRejection lastRejection() {
        return lastRejection;
    }

    /** True if a target bar is in progress. */
    public boolean hasOpenBar() {
        return bar.isOpen();
    }

    /** Copies the target bar in progress into {@code into}; false, leaving it untouched, if there is none. */
    public boolean openBar(Bar into) {
        return bar.copyTo(into);
    }

    /** The grid of the input bars. */
    public BarAlignment source() {
        return source;
    }

    /** The grid of the output bars. */
    public BarAlignment target() {
        return target;
    }
}
