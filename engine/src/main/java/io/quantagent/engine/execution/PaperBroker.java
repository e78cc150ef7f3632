package io.quantagent.engine.execution;

import io.quantagent.engine.portfolio.Money;
import io.quantagent.engine.portfolio.Portfolio;
import io.quantagent.engine.risk.PreTradeRisk;
import io.quantagent.engine.risk.RejectReason;
import java.math.RoundingMode;
import java.util.Arrays;
import org.agrona.collections.Long2ObjectHashMap;

/**
 * A simulated venue: accepts orders after pre-trade risk, fills them against market events in event time and
 * books the fills in the {@link Portfolio}. Everything it does is reported to an {@link ExecutionListener}.
 *
 * <h2>Orders</h2>
 * Market, limit and stop orders, good till cancelled or immediate or cancel, and brackets: an entry (market,
 * limit or stop) with a stop-loss (a stop order) and a take-profit (a limit order) on the other side, which
 * wait until the entry fills and then cancel each other when one fills. Ids are a sequence starting at 1, so the
 * same input gives the same ids; a bracket takes three consecutive ids (entry, stop-loss, take-profit), even
 * when refused. Each fill is for the order's whole quantity: the paper venue is assumed deep enough.
 *
 * <h2>Time</h2>
 * A decision at event time {@code t} (submit or cancel) reaches the venue at {@code t + latency}. An order can
 * fill only on a market event that comes after its submission (a later call) and whose time is at least its
 * arrival time; for a bar, the bar's open time counts, so an order arriving inside a bar waits for the next
 * bar. A cancellation takes effect on the first market event of the instrument at or after its arrival, before
 * that event is matched; until then the order can still fill. Fills are stamped with the trade's time, or the
 * bar's open time.
 *
 * <h2>Fill rules</h2>
 * On a trade at price {@code P}, for a buy (a sell is the mirror image):
 * <ul>
 *   <li>market: fills at {@code P} plus slippage;</li>
 *   <li>limit at {@code L}: fills when {@code P <= L}, at {@code P} (its price, or better when the market is
 *       already through it), without slippage;</li>
 *   <li>stop at {@code S}: triggers when {@code P >= S} and fills at {@code P} (its stop price, or worse when
 *       the market gapped through it) plus slippage;</li>
 *   <li>immediate or cancel: cancelled if it does not fill on its first eligible event.</li>
 * </ul>
 * A bar is matched by a documented conservative rule, since it does not say in which order its prices traded:
 * <ol>
 *   <li>the open first, exactly like a trade at the open price (market orders fill at the open, limits and
 *       stops the open is already through fill at the open, immediate-or-cancel orders that do not fill there
 *       are cancelled);</li>
 *   <li>then inside the bar, orders still working fill if {@code [low, high]} touches their price: a limit at
 *       its limit price, a stop at its stop price plus slippage;</li>
 *   <li>when a bracket's stop-loss and take-profit are both inside {@code [low, high]}, the stop-loss fills
 *       first and cancels the take-profit (the loss is assumed);</li>
 *   <li>a bracket entry that fills at the open activates both exits for the rest of the bar; one that fills
 *       inside the bar lets its stop-loss fill in the same bar, but its take-profit only from the next event
 *       (the adverse move is assumed to follow the entry, the favourable one to come before it).</li>
 * </ol>
 * On a trade, a bracket's exits become eligible from the next event. Every fill therefore lies within the
 * prices of the event it fills on, apart from slippage.
 *
 * <h2>Costs</h2>
 * See {@link ExecutionConfig}: fees in basis points of the fill amount, slippage in basis points and ticks,
 * rounded against the trader; amounts in {@link Money} units.
 *
 * <h2>Risk</h2>
 * Every new order passes {@link PreTradeRisk#check} first (a bracket as its entry). When the account or an
 * instrument becomes reduce-only (kill switch, daily loss limit, {@link #halt}), cancellation is requested for
 * the open orders that would increase a position, and until then such an order is cancelled instead of filled.
 *
 * <p>Single-threaded: owned by the execution stage. Matching a market event does not allocate; neither does
 * accepting an order (orders come from a pre-allocated pool of {@link ExecutionConfig#maxOpenOrders()}).
 */
public final class PaperBroker {

    private static final int TRADE = 0;
    private static final int BAR_OPEN = 1;
    private static final int BAR_INSIDE = 2;

    private final ExecutionConfig config;
    private final Portfolio portfolio;
    private final PreTradeRisk risk;
    private final ExecutionListener listener;
    private final long[] tickSizes;
    private final long[] tickSlippage;
    private final OrderPool pool;
    private final Long2ObjectHashMap<Order> openOrders;
    private final Order[] head;
    private final Order[] tail;
    private final long[] openBuyQuantity;
    private final long[] openSellQuantity;
    private final Order[] ended;
    private int endedCount;

    private long nextOrderId = 1;
    private long eventSequence;
    private boolean inEvent;
    private int phase;

    /**
     * A broker whose tick is the smallest price unit of every instrument.
     *
     * @see #PaperBroker(ExecutionConfig, Portfolio, PreTradeRisk, ExecutionListener, long[])
     */
    public PaperBroker(ExecutionConfig config, Portfolio portfolio, PreTradeRisk risk, ExecutionListener listener) {
        this(config, portfolio, risk, listener, ones(portfolio.instrumentCount()));
    }

    /**
     * A broker over an account.
     *
     * @param config costs, latency and pool size
     * @param portfolio the account fills are booked in (its marks are the last trades)
     * @param risk the pre-trade risk over the same portfolio
     * @param listener where every order event, fill and risk event goes
     * @param tickSizes the tick of each instrument by id, in price units (for slippage in ticks)
     */
    public PaperBroker(ExecutionConfig config, Portfolio portfolio, PreTradeRisk risk, ExecutionListener listener,
            long[] tickSizes) {
        if (risk.portfolio() != portfolio) {
            throw new IllegalArgumentException("the risk checks must watch the broker's portfolio");
        }
        int n = portfolio.instrumentCount();
        if (tickSizes.length != n) {
            throw new IllegalArgumentException("one tick size per instrument: expected " + n + ", got "
                    + tickSizes.length);
        }
        this.config = config;
        this.portfolio = portfolio;
        this.risk = risk;
        this.listener = listener;
        this.tickSizes = tickSizes.clone();
        this.tickSlippage = new long[n];
        for (int i = 0; i < n; i++) {
            if (this.tickSizes[i] <= 0) {
                throw new IllegalArgumentException("tick sizes are positive, instrument " + i + " has "
                        + this.tickSizes[i]);
            }
            tickSlippage[i] = Math.multiplyExact(config.slippageTicks(), this.tickSizes[i]);
        }
        int capacity = config.maxOpenOrders();
        this.pool = new OrderPool(capacity);
        this.openOrders = new Long2ObjectHashMap<>(capacity * 2, 0.6f);
        this.head = new Order[n];
        this.tail = new Order[n];
        this.openBuyQuantity = new long[n];
        this.openSellQuantity = new long[n];
        this.ended = new Order[capacity];
    }

    private static long[] ones(int n) {
        long[] ticks = new long[n];
        Arrays.fill(ticks, 1);
        return ticks;
    }

    // ---------------------------------------------------------------------------------------------- orders

    /**
     * Submits a market order.
     *
     * @return the order id (also when the order is refused: the listener has been told why)
     */
    public long submitMarket(int instrument, Side side, long quantity, long timeNanos) {
        return submit(instrument, side, OrderType.MARKET, 0, quantity, TimeInForce.GTC, timeNanos);
    }

    /** Submits a limit order; returns its id (also when refused). */
    public long submitLimit(int instrument, Side side, long quantity, long limitPrice, TimeInForce timeInForce,
            long timeNanos) {
        return submit(instrument, side, OrderType.LIMIT, limitPrice, quantity, timeInForce, timeNanos);
    }

    /** Submits a stop order (a market order once the stop price is touched); returns its id (also when refused). */
    public long submitStop(int instrument, Side side, long quantity, long stopPrice, TimeInForce timeInForce,
            long timeNanos) {
        return submit(instrument, side, OrderType.STOP, stopPrice, quantity, timeInForce, timeNanos);
    }

    /**
     * Submits a bracket: an entry, and on the other side a stop-loss (stop order, id + 1) and a take-profit (limit
     * order, id + 2) that become active when the entry fills and cancel each other. For a buy the prices must be
     * ordered {@code stopLoss < entry < takeProfit} (a sell: the reverse; a market entry has no price).
     *
     * @param entryType the entry's type
     * @param entryPrice the entry's limit or stop price, ignored for a market entry
     * @param entryTimeInForce the entry's time in force (the exits are good till cancelled)
     * @return the entry's id, which is the bracket's id (also when refused)
     */
    public long submitBracket(int instrument, Side side, long quantity, OrderType entryType, long entryPrice,
            TimeInForce entryTimeInForce, long stopLossPrice, long takeProfitPrice, long timeNanos) {
        long id = nextOrderId;
        nextOrderId += 3;
        long price = entryType == OrderType.MARKET ? 0 : entryPrice;
        RejectReason reason = validate(instrument, entryType, price, quantity, 3);
        if (reason == null) {
            reason = validateBracketPrices(instrument, side, price, quantity, stopLossPrice, takeProfitPrice);
        }
        if (reason == null) {
            reason = checkRisk(instrument, side, price, quantity, timeNanos);
        }
        if (reason != null) {
            listener.onOrderRejected(id, instrument, reason, timeNanos);
            return id;
        }
        Order entry = accept(id, instrument, side, entryType, price, quantity, entryTimeInForce, timeNanos);
        Order stop = accept(id + 1, instrument, side.opposite(), OrderType.STOP, stopLossPrice, quantity,
                TimeInForce.GTC, timeNanos);
        Order target = accept(id + 2, instrument, side.opposite(), OrderType.LIMIT, takeProfitPrice, quantity,
                TimeInForce.GTC, timeNanos);
        entry.stopLoss = stop;
        entry.takeProfit = target;
        stop.state = OrderState.AWAITING_ENTRY;
        target.state = OrderState.AWAITING_ENTRY;
        stop.parentId = id;
        target.parentId = id;
        stop.sibling = target;
        stop.siblingId = target.id;
        target.sibling = stop;
        target.siblingId = stop.id;
        addOpenQuantity(entry, quantity);
        reportAccepted(entry, timeNanos);
        reportAccepted(stop, timeNanos);
        reportAccepted(target, timeNanos);
        return id;
    }

    private long submit(int instrument, Side side, OrderType type, long price, long quantity,
            TimeInForce timeInForce, long timeNanos) {
        long id = nextOrderId++;
        RejectReason reason = validate(instrument, type, price, quantity, 1);
        if (reason == null) {
            reason = checkRisk(instrument, side, price, quantity, timeNanos);
        }
        if (reason != null) {
            listener.onOrderRejected(id, instrument, reason, timeNanos);
            return id;
        }
        Order order = accept(id, instrument, side, type, price, quantity, timeInForce, timeNanos);
        addOpenQuantity(order, quantity);
        reportAccepted(order, timeNanos);
        return id;
    }

    private RejectReason validate(int instrument, OrderType type, long price, long quantity, int orders) {
        if (instrument < 0 || instrument >= portfolio.instrumentCount()) {
            return RejectReason.UNKNOWN_INSTRUMENT;
        }
        if (quantity <= 0) {
            return RejectReason.INVALID_QUANTITY;
        }
        if (type != OrderType.MARKET && price <= 0) {
            return RejectReason.INVALID_PRICE;
        }
        long reference = type != OrderType.MARKET ? price : portfolio.markPrice(instrument);
        if (reference != 0
                && Money.notionalOrOverflow(reference, quantity, portfolio.scales(instrument)) == Money.OVERFLOW) {
            return RejectReason.NOTIONAL_OUT_OF_RANGE;
        }
        if (pool.available() < orders) {
            return RejectReason.TOO_MANY_OPEN_ORDERS;
        }
        return null;
    }

    private RejectReason validateBracketPrices(int instrument, Side side, long entryPrice, long quantity,
            long stopLoss, long takeProfit) {
        if (stopLoss <= 0 || takeProfit <= 0) {
            return RejectReason.INVALID_PRICE;
        }
        boolean ordered = side == Side.BUY
                ? stopLoss < takeProfit && (entryPrice == 0 || (stopLoss < entryPrice && entryPrice < takeProfit))
                : takeProfit < stopLoss && (entryPrice == 0 || (takeProfit < entryPrice && entryPrice < stopLoss));
        if (!ordered) {
            return RejectReason.INVALID_PRICE;
        }
        long highest = Math.max(stopLoss, takeProfit);
        if (Money.notionalOrOverflow(highest, quantity, portfolio.scales(instrument)) == Money.OVERFLOW) {
            return RejectReason.NOTIONAL_OUT_OF_RANGE;
        }
        return null;
    }

    private RejectReason checkRisk(int instrument, Side side, long price, long quantity, long timeNanos) {
        return risk.check(instrument, side == Side.BUY ? quantity : -quantity, price, openBuyQuantity[instrument],
                openSellQuantity[instrument], timeNanos);
    }

    private Order accept(long id, int instrument, Side side, OrderType type, long price, long quantity,
            TimeInForce timeInForce, long timeNanos) {
        Order order = pool.acquire();
        order.id = id;
        order.instrument = instrument;
        order.side = side;
        order.type = type;
        order.timeInForce = timeInForce;
        order.price = price;
        order.quantity = quantity;
        order.state = OrderState.PENDING_ARRIVAL;
        order.submitTimeNanos = timeNanos;
        order.arrivalTimeNanos = plusLatency(timeNanos);
        order.eligibleFromEvent = eventSequence + 1;
        Order last = tail[instrument];
        order.previous = last;
        if (last == null) {
            head[instrument] = order;
        } else {
            last.next = order;
        }
        tail[instrument] = order;
        openOrders.put(id, order);
        return order;
    }

    private void reportAccepted(Order order, long timeNanos) {
        listener.onOrderAccepted(order.id, order.instrument, order.side, order.type, order.timeInForce, order.price,
                order.quantity, order.parentId, timeNanos);
    }

    private long plusLatency(long timeNanos) {
        long arrival = timeNanos + config.latencyNanos();
        return arrival < timeNanos ? Long.MAX_VALUE : arrival;
    }

    /**
     * Requests cancellation of an open order; it takes effect when it reaches the venue (see the class
     * description). Cancelling a bracket's entry cancels its exits with it; cancelling one exit leaves the other.
     *
     * @return whether a request was sent: false when the order is not open or a request is already on its way
     */
    public boolean cancel(long orderId, long timeNanos) {
        Order order = openOrders.get(orderId);
        if (order == null || order.cancelAtNanos != Long.MAX_VALUE) {
            return false;
        }
        requestCancel(order, CancelReason.REQUESTED, timeNanos);
        return true;
    }

    private void requestCancel(Order order, CancelReason reason, long timeNanos) {
        order.cancelAtNanos = plusLatency(timeNanos);
        order.cancelReason = reason;
    }

    /** Requests cancellation of every open order of an instrument; returns how many requests were sent. */
    public int cancelAll(int instrument, long timeNanos) {
        int requested = 0;
        for (Order order = head[instrument]; order != null; order = order.next) {
            if (order.state.isOpen() && order.cancelAtNanos == Long.MAX_VALUE) {
                requestCancel(order, CancelReason.REQUESTED, timeNanos);
                requested++;
            }
        }
        return requested;
    }

    /**
     * Halts an instrument (for example when a pipeline stage faults): reduce-only until {@link #resume}, and
     * cancellation is requested for its open orders that would increase the position.
     */
    public void halt(int instrument, long timeNanos) {
        risk.halt(instrument, timeNanos);
        requestReduceOnlyCancels(instrument, timeNanos);
    }

    /** Lifts a halt. */
    public void resume(int instrument, long timeNanos) {
        risk.resume(instrument, timeNanos);
    }

    /** Disengages the drawdown kill switch (an operator's decision). */
    public void resetKillSwitch(long timeNanos) {
        risk.resetKillSwitch(timeNanos);
    }

    // ---------------------------------------------------------------------------------------- market events

    /**
     * A trade: marks the instrument at {@code price} and matches its orders (see the class description).
     *
     * @param price the traded price (positive)
     */
    public void onTrade(int instrument, long timeNanos, long price) {
        if (price <= 0) {
            throw new IllegalArgumentException("a trade price is positive, was " + price);
        }
        beginEvent(instrument, timeNanos);
        try {
            portfolio.mark(instrument, price);
            phase = TRADE;
            for (Order order = head[instrument]; order != null; order = order.next) {
                if (admit(order, timeNanos)) {
                    matchAt(order, price, timeNanos);
                }
            }
            endEvent(timeNanos);
        } finally {
            finishEvent();
        }
    }

    /**
     * A bar: marks the instrument at the open, matches its orders by the bar rule of the class description,
     * then marks it at the close.
     *
     * @param closeTimeNanos the bar's end, or {@link Long#MIN_VALUE} when unknown (risk then uses the open time)
     */
    public void onBar(int instrument, long openTimeNanos, long closeTimeNanos, long open, long high, long low,
            long close) {
        if (low <= 0 || low > high || open < low || open > high || close < low || close > high) {
            throw new IllegalArgumentException("a bar needs 0 < low <= open, close <= high; got open " + open
                    + ", high " + high + ", low " + low + ", close " + close);
        }
        beginEvent(instrument, openTimeNanos);
        try {
            portfolio.mark(instrument, open);
            phase = BAR_OPEN;
            for (Order order = head[instrument]; order != null; order = order.next) {
                if (admit(order, openTimeNanos)) {
                    matchAt(order, open, openTimeNanos);
                }
            }
            // Ids order each instrument's list, and a stop-loss has a lower id than its take-profit: when both
            // are touched inside the bar the stop-loss fills first and cancels the take-profit.
            phase = BAR_INSIDE;
            for (Order order = head[instrument]; order != null; order = order.next) {
                if (order.state == OrderState.WORKING && order.eligibleFromEvent <= eventSequence
                        && order.timeInForce == TimeInForce.GTC) {
                    matchInside(order, high, low, openTimeNanos);
                }
            }
            portfolio.mark(instrument, close);
            endEvent(closeTimeNanos == Long.MIN_VALUE ? openTimeNanos : closeTimeNanos);
        } finally {
            finishEvent();
        }
    }

    private void beginEvent(int instrument, long timeNanos) {
        if (inEvent) {
            throw new IllegalStateException("market events must not be fed to the broker from its own callbacks");
        }
        if (instrument < 0 || instrument >= portfolio.instrumentCount()) {
            throw new IllegalArgumentException("unknown instrument " + instrument);
        }
        inEvent = true;
        eventSequence++;
        risk.onEventStart(timeNanos);
    }

    private void endEvent(long timeNanos) {
        if (risk.onEventEnd(timeNanos)) {
            for (int i = 0; i < head.length; i++) {
                requestReduceOnlyCancels(i, timeNanos);
            }
        }
    }

    private void finishEvent() {
        for (int k = 0; k < endedCount; k++) {
            Order order = ended[k];
            ended[k] = null;
            unlink(order);
            pool.release(order);
        }
        endedCount = 0;
        inEvent = false;
    }

    private void unlink(Order order) {
        int instrument = order.instrument;
        Order previous = order.previous;
        Order next = order.next;
        if (previous == null) {
            head[instrument] = next;
        } else {
            previous.next = next;
        }
        if (next == null) {
            tail[instrument] = previous;
        } else {
            next.previous = previous;
        }
    }

    /** Applies a due cancellation or arrival; returns whether the order may match on the current event. */
    private boolean admit(Order order, long timeNanos) {
        if (!order.state.isOpen()) {
            return false;
        }
        if (order.cancelAtNanos <= timeNanos) {
            cancel(order, order.cancelReason, timeNanos);
            return false;
        }
        if (order.state == OrderState.PENDING_ARRIVAL) {
            if (order.arrivalTimeNanos > timeNanos || order.eligibleFromEvent > eventSequence) {
                return false;
            }
            order.state = OrderState.WORKING;
        }
        return order.state == OrderState.WORKING && order.eligibleFromEvent <= eventSequence;
    }

    /** Matches against a single price: a trade, or a bar's open. */
    private void matchAt(Order order, long price, long timeNanos) {
        boolean buy = order.side == Side.BUY;
        long fillPrice = 0;
        if (order.type == OrderType.MARKET) {
            fillPrice = withSlippage(order, price);
        } else if (order.type == OrderType.LIMIT) {
            if (buy ? price <= order.price : price >= order.price) {
                fillPrice = price;
            }
        } else if (buy ? price >= order.price : price <= order.price) {
            fillPrice = withSlippage(order, price);
        }
        if (fillPrice != 0) {
            fill(order, fillPrice, timeNanos);
        } else if (order.timeInForce == TimeInForce.IOC) {
            cancel(order, CancelReason.IOC_UNFILLED, timeNanos);
        }
    }

    /** Matches inside a bar, after its open: a limit or stop fills at its own price when the range touches it. */
    private void matchInside(Order order, long high, long low, long timeNanos) {
        boolean buy = order.side == Side.BUY;
        if (order.type == OrderType.LIMIT) {
            if (buy ? low <= order.price : high >= order.price) {
                fill(order, order.price, timeNanos);
            }
        } else if (order.type == OrderType.STOP) {
            if (buy ? high >= order.price : low <= order.price) {
                fill(order, withSlippage(order, order.price), timeNanos);
            }
        }
    }

    private long withSlippage(Order order, long price) {
        long slippage = tickSlippage[order.instrument];
        if (config.slippageCentiBps() != 0) {
            slippage = Math.addExact(slippage, Money.mulDiv(price, config.slippageCentiBps(),
                    ExecutionConfig.CENTI_BPS_PER_ONE, RoundingMode.CEILING));
        }
        if (order.side == Side.BUY) {
            return Math.addExact(price, slippage);
        }
        return Math.max(price - slippage, 1);
    }

    private void fill(Order order, long price, long timeNanos) {
        int instrument = order.instrument;
        long quantity = order.side == Side.BUY ? order.quantity : -order.quantity;
        if (risk.reduceOnly(instrument) && increases(instrument, quantity)) {
            cancel(order, CancelReason.REDUCE_ONLY, timeNanos);
            return;
        }
        long fee = 0;
        if (config.feeCentiBps() != 0) {
            long amount = Money.notional(price, order.quantity, portfolio.scales(instrument));
            fee = Money.mulDiv(amount, config.feeCentiBps(), ExecutionConfig.CENTI_BPS_PER_ONE, RoundingMode.CEILING);
        }
        end(order, OrderState.FILLED);
        order.filledQuantity = order.quantity;
        portfolio.applyFill(instrument, quantity, price, fee);
        listener.onFill(order.id, instrument, order.side, price, order.quantity, fee, timeNanos);
        if (order.stopLoss != null) {
            activateExits(order);
        } else if (isOpen(order.sibling, order.siblingId)) {
            cancel(order.sibling, CancelReason.OCO, timeNanos);
        }
    }

    private void activateExits(Order entry) {
        Order stop = entry.stopLoss;
        Order target = entry.takeProfit;
        if (isOpen(stop, entry.id + 1)) {
            stop.state = OrderState.WORKING;
            stop.eligibleFromEvent = phase == TRADE ? eventSequence + 1 : eventSequence;
        }
        if (isOpen(target, entry.id + 2)) {
            target.state = OrderState.WORKING;
            target.eligibleFromEvent = phase == BAR_OPEN ? eventSequence : eventSequence + 1;
        }
    }

    private void cancel(Order order, CancelReason reason, long timeNanos) {
        end(order, OrderState.CANCELLED);
        listener.onOrderCancelled(order.id, order.instrument, reason, timeNanos);
        if (order.stopLoss != null) {
            if (isOpen(order.stopLoss, order.id + 1)) {
                cancel(order.stopLoss, CancelReason.PARENT_CANCELLED, timeNanos);
            }
            if (isOpen(order.takeProfit, order.id + 2)) {
                cancel(order.takeProfit, CancelReason.PARENT_CANCELLED, timeNanos);
            }
        }
    }

    /** Ends an order: out of the open quantities and the id map; back to the pool after the current event. */
    private void end(Order order, OrderState state) {
        if (order.parentId == 0) {
            addOpenQuantity(order, -(order.quantity - order.filledQuantity));
        }
        order.state = state;
        openOrders.remove(order.id);
        ended[endedCount++] = order;
    }

    /** Whether a referenced order is still the one with this id (pooled objects are reused) and open. */
    private static boolean isOpen(Order order, long id) {
        return order != null && order.id == id && order.state.isOpen();
    }

    private void addOpenQuantity(Order order, long quantity) {
        if (order.side == Side.BUY) {
            openBuyQuantity[order.instrument] += quantity;
        } else {
            openSellQuantity[order.instrument] += quantity;
        }
    }

    private boolean increases(int instrument, long quantity) {
        long held = portfolio.position(instrument);
        return Math.abs(held + quantity) > Math.abs(held);
    }

    private void requestReduceOnlyCancels(int instrument, long timeNanos) {
        if (!risk.reduceOnly(instrument)) {
            return;
        }
        for (Order order = head[instrument]; order != null; order = order.next) {
            if ((order.state == OrderState.PENDING_ARRIVAL || order.state == OrderState.WORKING)
                    && order.cancelAtNanos == Long.MAX_VALUE
                    && increases(instrument, order.side == Side.BUY ? order.quantity : -order.quantity)) {
                requestCancel(order, CancelReason.REDUCE_ONLY, timeNanos);
            }
        }
    }

    // -------------------------------------------------------------------------------------------- accessors

    /** The open order with this id, or {@code null} once it has ended (see {@link Order} about keeping it). */
    public Order order(long orderId) {
        return openOrders.get(orderId);
    }

    /** How many orders are open (pending arrival, awaiting their entry or working). */
    public int openOrderCount() {
        return openOrders.size();
    }

    /** The quantity of open buy (or sell) orders of an instrument, bracket exits excluded. */
    public long openQuantity(int instrument, Side side) {
        return side == Side.BUY ? openBuyQuantity[instrument] : openSellQuantity[instrument];
    }

    /** The id the next order will get. */
    public long nextOrderId() {
        return nextOrderId;
    }

    /** The tick of an instrument, in price units. */
    public long tickSize(int instrument) {
        return tickSizes[instrument];
    }

    /** Costs, latency and pool size. */
    public ExecutionConfig config() {
        return config;
    }

    /** The account fills are booked in. */
    public Portfolio portfolio() {
        return portfolio;
    }

    /** The pre-trade risk checks. */
    public PreTradeRisk risk() {
        return risk;
    }
}
