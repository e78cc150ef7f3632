package io.quantagent.engine.risk;

import io.quantagent.engine.portfolio.Money;
import io.quantagent.engine.portfolio.Portfolio;
import java.math.RoundingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pre-trade risk: decides, in event time, whether a new order may go to the venue, and watches the account for
 * the conditions that make it reduce-only.
 *
 * <p>An order is described by its signed quantity (positive buys) and, with the quantities of the orders
 * already open on the instrument, by the position it could reach: {@code projected = position + open orders
 * on the same side + quantity}. It <em>increases</em> risk when {@code |projected| > |position|}. Checks, in
 * order (the first failure is the reason; see {@link PreTradeLimits} for the units):
 * <ol>
 *   <li>reduce-only states, for orders that increase risk: the instrument is halted, the kill switch is
 *       engaged, the daily loss limit was reached;</li>
 *   <li>the order rate: at most N orders accepted in any rolling minute of event time (a ring of the last N
 *       acceptance times);</li>
 *   <li>the price band, for limit and stop prices: {@code |price - last trade| <= last trade x band bps /
 *       10,000};</li>
 *   <li>for orders that increase risk: {@code |projected| <= max position}, {@code |projected x price| <= max
 *       notional} (the last trade for market orders), and gross exposure with the instrument's value replaced
 *       by that amount {@code <= max total notional}.</li>
 * </ol>
 * The last trade is the portfolio's mark of the instrument. Orders that reduce risk pass every check but the
 * order rate and the price band, so a position can always be closed.
 *
 * <p>After each market event the owner calls {@link #onEventEnd}: when equity has fallen from its peak by the
 * kill-switch drawdown, the kill switch engages, {@link RiskEventKind#KILL_SWITCH_ENGAGED} is sent once and
 * logged once, and the account stays reduce-only until {@link #resetKillSwitch}. The peak is this class's own
 * (starting at the equity when it was built, rebased by a reset), so a reset does not re-engage at once. When
 * the loss since the start of the UTC day of the event time reaches the daily loss limit, the account is
 * reduce-only until the first event of the next day. Instruments can also be halted and resumed explicitly.
 *
 * <p>Not thread-safe: owned by the execution stage, like the portfolio it reads. Does not allocate after
 * construction, except to log the rare state changes.
 */
public final class PreTradeRisk {

    /** Nanoseconds in the order-rate window. */
    public static final long RATE_WINDOW_NANOS = 60_000_000_000L;

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final long BPS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(PreTradeRisk.class);

    private final Portfolio portfolio;
    private final PreTradeLimits limits;
    private final RiskEventListener listener;

    private final long[] maxPosition;
    private final long[] maxNotional;
    private final boolean[] halted;
    private final long maxTotalNotional;
    private final long priceBandBps;
    private final long dailyLossLimit;
    private final long maxDrawdownBps;

    private final long[] acceptedTimes;
    private int acceptedHead;
    private int acceptedCount;

    private boolean killSwitch;
    private long peakEquity;
    private long day = Long.MIN_VALUE;
    private long dayStartEquity;
    private boolean dailyLimitReached;

    /**
     * Risk checks over an account.
     *
     * @param portfolio the account whose positions and marks the checks read
     * @param limits the limits to enforce
     * @param listener where state changes go (the journal)
     */
    public PreTradeRisk(Portfolio portfolio, PreTradeLimits limits, RiskEventListener listener) {
        this.portfolio = portfolio;
        this.limits = limits;
        this.listener = listener;
        int n = portfolio.instrumentCount();
        this.maxPosition = new long[n];
        this.maxNotional = new long[n];
        this.halted = new boolean[n];
        for (int i = 0; i < n; i++) {
            InstrumentLimits instrument = limits.instrument(i);
            maxPosition[i] = orUnlimited(instrument.maxPosition());
            maxNotional[i] = orUnlimited(instrument.maxNotional());
        }
        this.maxTotalNotional = orUnlimited(limits.maxTotalNotional());
        this.priceBandBps = orUnlimited(limits.priceBandBps());
        this.dailyLossLimit = orUnlimited(limits.dailyLossLimit());
        this.maxDrawdownBps = limits.maxDrawdownBps();
        this.acceptedTimes = new long[Math.max(limits.maxOrdersPerMinute(), 1)];
        this.peakEquity = portfolio.equity();
    }

    private static long orUnlimited(long limit) {
        return limit == 0 ? Long.MAX_VALUE : limit;
    }

    /** The account the checks read. */
    public Portfolio portfolio() {
        return portfolio;
    }

    /** The limits enforced. */
    public PreTradeLimits limits() {
        return limits;
    }

    /**
     * Checks a new order and, when it passes, counts it in the order-rate window.
     *
     * @param instrument the instrument id (known to the portfolio)
     * @param quantity signed quantity, positive to buy
     * @param price the limit or stop price, or 0 for a market order
     * @param openBuyQuantity the quantity of buy orders already open on the instrument
     * @param openSellQuantity the quantity of sell orders already open on the instrument
     * @param timeNanos the decision time (event time)
     * @return {@code null} if the order may go, or why not
     */
    public RejectReason check(int instrument, long quantity, long price, long openBuyQuantity, long openSellQuantity,
            long timeNanos) {
        rollDay(timeNanos);
        long held = portfolio.position(instrument);
        long projected = Math.addExact(Math.addExact(held, quantity > 0 ? openBuyQuantity : -openSellQuantity),
                quantity);
        boolean increases = Math.abs(projected) > Math.abs(held);
        if (increases) {
            if (halted[instrument]) {
                return RejectReason.INSTRUMENT_HALTED;
            }
            if (killSwitch) {
                return RejectReason.KILL_SWITCH;
            }
            if (dailyLimitReached) {
                return RejectReason.DAILY_LOSS_LIMIT;
            }
        }
        if (limits.maxOrdersPerMinute() > 0 && acceptedCount == acceptedTimes.length
                && acceptedTimes[acceptedHead] > timeNanos - RATE_WINDOW_NANOS) {
            return RejectReason.ORDER_RATE;
        }
        long last = portfolio.hasMark(instrument) ? portfolio.markPrice(instrument) : 0;
        if (price != 0 && priceBandBps != Long.MAX_VALUE) {
            if (last == 0) {
                return RejectReason.NO_REFERENCE_PRICE;
            }
            long band = Money.mulDivOrOverflow(last, priceBandBps, BPS, RoundingMode.FLOOR);
            if (band != Money.OVERFLOW && Math.abs(price - last) > band) {
                return RejectReason.PRICE_BAND;
            }
        }
        if (increases) {
            if (Math.abs(projected) > maxPosition[instrument]) {
                return RejectReason.MAX_POSITION;
            }
            if (maxNotional[instrument] != Long.MAX_VALUE || maxTotalNotional != Long.MAX_VALUE) {
                long reference = price != 0 ? price : last;
                if (reference == 0) {
                    return RejectReason.NO_REFERENCE_PRICE;
                }
                long value = Money.notionalOrOverflow(reference, projected, portfolio.scales(instrument));
                if (value == Money.OVERFLOW || Math.abs(value) > maxNotional[instrument]) {
                    return RejectReason.MAX_NOTIONAL;
                }
                long others = portfolio.grossExposure() - Math.abs(portfolio.markedValue(instrument));
                if (Math.abs(value) > maxTotalNotional - others) {
                    return RejectReason.MAX_TOTAL_NOTIONAL;
                }
            }
        }
        recordAccepted(timeNanos);
        return null;
    }

    private void recordAccepted(long timeNanos) {
        if (limits.maxOrdersPerMinute() == 0) {
            return;
        }
        acceptedTimes[acceptedHead] = timeNanos;
        acceptedHead = acceptedHead + 1 == acceptedTimes.length ? 0 : acceptedHead + 1;
        if (acceptedCount < acceptedTimes.length) {
            acceptedCount++;
        }
    }

    /** Call before a market event changes the marks: starts a new UTC day when the event time is in one. */
    public void onEventStart(long timeNanos) {
        rollDay(timeNanos);
    }

    /**
     * Call after a market event has been marked and matched: updates the peak and engages the kill switch or
     * the daily loss limit when they are reached.
     *
     * @return whether the account has just become reduce-only (so open orders that increase risk should go)
     */
    public boolean onEventEnd(long timeNanos) {
        long equity = portfolio.equity();
        if (equity > peakEquity) {
            peakEquity = equity;
        }
        boolean engaged = false;
        if (!killSwitch && maxDrawdownBps > 0 && peakEquity > 0) {
            long drawdown = peakEquity - equity;
            if (drawdown > 0 && drawdown >= Money.mulDiv(peakEquity, maxDrawdownBps, BPS, RoundingMode.CEILING)) {
                killSwitch = true;
                engaged = true;
                LOG.warn("Kill switch engaged at {}: drawdown {} from a peak of {} reached the limit of {} bps;"
                                + " the account is reduce-only until reset", eventTime(timeNanos), Money.format(drawdown),
                        Money.format(peakEquity), maxDrawdownBps);
                listener.onRiskEvent(RiskEventKind.KILL_SWITCH_ENGAGED, -1, drawdown, timeNanos);
            }
        }
        if (!dailyLimitReached && dailyLossLimit != Long.MAX_VALUE) {
            long loss = dayStartEquity - equity;
            if (loss >= dailyLossLimit) {
                dailyLimitReached = true;
                engaged = true;
                LOG.warn("Daily loss limit reached at {}: lost {} since the start of the UTC day (limit {});"
                        + " the account is reduce-only until the next day", eventTime(timeNanos), Money.format(loss),
                        Money.format(dailyLossLimit));
                listener.onRiskEvent(RiskEventKind.DAILY_LOSS_LIMIT_REACHED, -1, loss, timeNanos);
            }
        }
        return engaged;
    }

    private void rollDay(long timeNanos) {
        long eventDay = Math.floorDiv(timeNanos, NANOS_PER_DAY);
        if (eventDay != day) {
            day = eventDay;
            dayStartEquity = portfolio.equity();
            if (dailyLimitReached) {
                dailyLimitReached = false;
                LOG.info("Daily loss limit cleared at {}: a new UTC day began", eventTime(timeNanos));
                listener.onRiskEvent(RiskEventKind.DAILY_LOSS_LIMIT_CLEARED, -1, dayStartEquity, timeNanos);
            }
        }
    }

    /** Halts an instrument: from now on only orders that reduce its position are accepted. */
    public void halt(int instrument, long timeNanos) {
        if (!halted[instrument]) {
            halted[instrument] = true;
            LOG.warn("Instrument {} halted at {}: reduce-only", instrument, eventTime(timeNanos));
            listener.onRiskEvent(RiskEventKind.INSTRUMENT_HALTED, instrument, portfolio.position(instrument),
                    timeNanos);
        }
    }

    /** Resumes a halted instrument. */
    public void resume(int instrument, long timeNanos) {
        if (halted[instrument]) {
            halted[instrument] = false;
            LOG.info("Instrument {} resumed at {}", instrument, eventTime(timeNanos));
            listener.onRiskEvent(RiskEventKind.INSTRUMENT_RESUMED, instrument, portfolio.position(instrument),
                    timeNanos);
        }
    }

    /** Disengages the kill switch and rebases its peak on the current equity (an operator's decision). */
    public void resetKillSwitch(long timeNanos) {
        peakEquity = portfolio.equity();
        if (killSwitch) {
            killSwitch = false;
            LOG.info("Kill switch reset at {}: equity {}", eventTime(timeNanos), Money.format(peakEquity));
            listener.onRiskEvent(RiskEventKind.KILL_SWITCH_RESET, -1, peakEquity, timeNanos);
        }
    }

    /** Whether only orders that reduce the instrument's position are accepted now. */
    public boolean reduceOnly(int instrument) {
        return halted[instrument] || killSwitch || dailyLimitReached;
    }

    /** Whether the instrument is halted. */
    public boolean halted(int instrument) {
        return halted[instrument];
    }

    /** Whether the drawdown kill switch is engaged. */
    public boolean killSwitchEngaged() {
        return killSwitch;
    }

    /** Whether the daily loss limit has been reached today. */
    public boolean dailyLossLimitReached() {
        return dailyLimitReached;
    }

    /** The equity peak the kill switch measures drawdown from. */
    public long peakEquity() {
        return peakEquity;
    }

    /** The equity at the start of the current UTC day (of the last event seen). */
    public long dayStartEquity() {
        return dayStartEquity;
    }

    /** An event time for a log line (cold path: logged once per state change). */
    private static java.time.Instant eventTime(long timeNanos) {
        return java.time.Instant.ofEpochSecond(Math.floorDiv(timeNanos, 1_000_000_000L), Math.floorMod(timeNanos, 1_000_000_000L));
    }
}
