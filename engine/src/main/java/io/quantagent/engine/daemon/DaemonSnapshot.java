package io.quantagent.engine.daemon;

import java.util.List;

/**
 * One immutable picture of the paper daemon, published a few times a second and on every bar, order and fill.
 * Money and prices are plain decimals for display (the journal keeps the exact fixed-point values); times are
 * epoch milliseconds UTC.
 *
 * @param wallTimeMillis when this snapshot was published (local clock)
 * @param eventTimeMillis the event time the pipeline has reached (from the data), 0 before the first event
 * @param halted true while an operator halt is in force (no new entries)
 * @param controlEnabled false when no control token is configured (the control endpoints are off)
 * @param account the account
 * @param risk the pre-trade risk state
 * @param counters pipeline counts
 * @param latency tick-to-order latency percentiles
 * @param instruments per instrument: candles, orders, agent signals, position
 * @param feeds per feed: state and counts
 */
public record DaemonSnapshot(
        long wallTimeMillis,
        long eventTimeMillis,
        boolean halted,
        boolean controlEnabled,
        Account account,
        Risk risk,
        Counters counters,
        Latency latency,
        List<InstrumentState> instruments,
        List<FeedState> feeds) {

    public DaemonSnapshot {
        instruments = List.copyOf(instruments);
        feeds = List.copyOf(feeds);
    }

    /** The account (from the execution stage's portfolio, as of the last journaled fill or mark). */
    public record Account(double startingCash, double cash, double equity, double realisedPnl, double unrealisedPnl,
            double fees, double grossExposure, double highWaterMark, double drawdown) {
    }

    /**
     * Pre-trade risk.
     *
     * @param killSwitch true when the kill switch has tripped (no new orders at all)
     * @param dailyLossLimitReached true while the day's loss limit holds the account reduce-only
     * @param lastEvent the last RISK record, as text ("" when none)
     */
    public record Risk(boolean killSwitch, boolean dailyLossLimitReached, String lastEvent) {
    }

    /**
     * Pipeline counts since the journal began (a restart continues them).
     *
     * @param ringRemaining free slots in the ring buffer now
     * @param ringSize slots in the ring buffer
     */
    public record Counters(long events, long bars, long decisions, long orders, long rejections, long fills,
            long cancels, long faults, long malformedMessages, long ringRemaining, long ringSize) {
    }

    /** Tick-to-order latency percentiles in microseconds over the daemon's life; count 0 before the first order. */
    public record Latency(long count, double p50Micros, double p90Micros, double p99Micros, double p999Micros,
            double maxMicros) {
    }

    /**
     * One instrument.
     *
     * @param candles the most recent closed bars, oldest first (at most a few hundred)
     * @param orders the most recent orders with their outcome, oldest first
     * @param signals each agent's latest report (indicator, pattern, trend, risk) and the fused decision
     * @param position signed quantity (negative when short)
     */
    public record InstrumentState(String name, List<Candle> candles, List<OrderState> orders, List<Signal> signals,
            double position, double averagePrice, double mark, double unrealisedPnl) {

        public InstrumentState {
            candles = List.copyOf(candles);
            orders = List.copyOf(orders);
            signals = List.copyOf(signals);
        }
    }

    /** A closed bar. */
    public record Candle(long openTimeMillis, long closeTimeMillis, double open, double high, double low,
            double close, double volume) {
    }

    /**
     * An order and what became of it.
     *
     * @param type MARKET, LIMIT or STOP
     * @param status ACCEPTED, FILLED, REJECTED or CANCELLED
     * @param detail the reject or cancel reason, or the fill price and quantity
     */
    public record OrderState(long id, long timeMillis, String side, String type, double price, double quantity,
            String status, String detail) {
    }

    /**
     * An agent's latest report.
     *
     * @param agent INDICATOR, PATTERN, TREND, RISK or DECISION
     * @param direction LONG, SHORT or NEUTRAL (the risk agent: its veto or NONE)
     * @param strength 0 to 1
     * @param detail a short reading ("RSI 71.2, MACD crossed down", "double top", "veto: STALE_DATA")
     */
    public record Signal(String agent, String direction, double strength, String detail, long barTimeMillis) {
    }

    /**
     * One feed.
     *
     * @param kind replay, binance or coinbase
     * @param state CONNECTING, LIVE, STALE, RECONNECTING, PLAYING, ENDED or CLOSED
     * @param lastMessageAgeMillis local time since the last message (-1 when none yet)
     */
    public record FeedState(String name, String kind, String state, long lastMessageAgeMillis, long messages,
            long malformed, long gaps, long reconnects) {
    }
}
