package io.quantagent.engine.bars;

import java.util.Objects;

/**
 * Builds bars of one time frame from the trades of one instrument, and hands each closed bar to a
 * {@link BarListener}.
 *
 * <p>A bar covers one interval {@code [open, close)} of its {@link BarAlignment}: a trade at exactly the close
 * time belongs to the next bar. The bar in progress is closed and emitted when
 * <ul>
 *   <li>the first trade at or after its close time arrives ({@link #onTrade}),</li>
 *   <li>the clock is advanced to or past its close time with no trade ({@link #advanceTo}, an event-time
 *       timer), or</li>
 *   <li>the data ends ({@link #flush}: the bar is emitted as it is, with its nominal close time).</li>
 * </ul>
 * So a bar never contains data from at or after its close time, and is never emitted before that time has
 * been seen. Intervals in which nothing traded produce no bar, unless {@link EmptyBarPolicy#FLAT} is chosen.
 *
 * <p>A trade older than the bar in progress (or than an interval already closed by the clock) is rejected:
 * {@link #onTrade} returns false and {@link #rejectedTrades()} counts it; it is never folded into another bar.
 * Readers already reject out-of-order rows, so this is a guard.
 *
 * <p>One instance per instrument and time frame, used by one thread. {@link #onTrade} does not allocate
 * (with a zone that changes its offset, {@code java.time} is consulted, and allocates a little, only on
 * entering a new offset period and for the bars around a transition). Prices and quantities are fixed-point {@code long}s; volume overflow throws
 * {@link ArithmeticException} rather than wrap.
 */
public final class BarAggregator {

    private final BarAlignment alignment;
    private final OpenBar bar;
    private long rejectedTrades;

    /** An aggregator that emits nothing for empty intervals. */
    public BarAggregator(BarAlignment alignment, BarListener listener) {
        this(alignment, EmptyBarPolicy.SKIP, listener);
    }

    /** An aggregator with a chosen treatment of empty intervals. */
    public BarAggregator(BarAlignment alignment, EmptyBarPolicy emptyBars, BarListener listener) {
        this.alignment = Objects.requireNonNull(alignment, "alignment");
        this.bar = new OpenBar(alignment, Objects.requireNonNull(emptyBars, "emptyBars"),
                Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Adds one trade; emits the bar in progress first if the trade is at or after its close time.
     *
     * @return true if the trade was taken, false if it was rejected as too old (or its time is outside
     *     [{@link BarAlignment#MIN_TIME_NANOS}, {@link BarAlignment#MAX_TIME_NANOS}])
     */
    public boolean onTrade(long timeNanos, long price, long quantity) {
        OpenBar b = bar;
        if (timeNanos >= b.start && timeNanos < b.end) {
            b.addTrade(price, quantity);
            return true;
        }
        return onTradeOutsideBar(timeNanos, price, quantity);
    }

    private boolean onTradeOutsideBar(long timeNanos, long price, long quantity) {
        if (timeNanos < bar.frontier() || timeNanos < BarAlignment.MIN_TIME_NANOS
                || timeNanos > BarAlignment.MAX_TIME_NANOS) {
            rejectedTrades++;
            return false;
        }
        bar.advance(timeNanos);
        bar.open(timeNanos, price);
        bar.addTrade(price, quantity);
        return true;
    }

    /**
     * The clock reached {@code timeNanos} (taken from the data, e.g. a heartbeat or another instrument's
     * tick): emits the bar in progress if it closed at or before that time, and flat bars for the empty
     * intervals that ended by then if configured. Trades before the start of the interval containing
     * {@code timeNanos} are rejected from now on. Going back in time has no effect.
     */
    public void advanceTo(long timeNanos) {
        if (timeNanos < BarAlignment.MIN_TIME_NANOS) {
            return;
        }
        bar.advance(Math.min(timeNanos, BarAlignment.MAX_TIME_NANOS));
    }

    /**
     * End of data: emits the bar in progress as it is (with its nominal close time), without waiting for
     * its close. Trades before that close time are rejected from now on.
     */
    public void flush() {
        bar.flush();
    }

    /** Number of trades rejected as older than the bar in progress or the clock. */
    public long rejectedTrades() {
        return rejectedTrades;
    }

    /** True if a bar is in progress (some trade arrived since the last bar was emitted). */
    public boolean hasOpenBar() {
        return bar.isOpen();
    }

    /** Copies the bar in progress into {@code into} (for display); false, leaving it untouched, if there is none. */
    public boolean openBar(Bar into) {
        return bar.copyTo(into);
    }

    /** The grid bars are built on. */
    public BarAlignment alignment() {
        return alignment;
    }
}
