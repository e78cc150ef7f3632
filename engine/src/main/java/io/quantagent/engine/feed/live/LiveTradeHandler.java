package io.quantagent.engine.feed.live;

/**
 * Receives the trades of a {@link LiveFeed}, in the order they happened on each instrument, on the feed's
 * thread. Values are primitives: times are the exchange's trade times in epoch nanoseconds (UTC), never the
 * local clock; prices and quantities are fixed-point {@code long}s at the instrument's
 * {@link io.quantagent.engine.data.Scales}.
 */
public interface LiveTradeHandler {

    /** The {@code exchangeSequence} of a trade whose exchange id is not a number. */
    long NO_SEQUENCE = -1;

    /** The {@code instrument} of a gap in a connection-wide sequence (every instrument of the feed may miss data). */
    int ALL_INSTRUMENTS = -1;

    /**
     * One trade.
     *
     * @param instrument the engine's instrument id ({@link LiveInstrument#id()})
     * @param exchangeSequence the exchange's trade id, or {@link #NO_SEQUENCE}
     */
    void onTrade(int instrument, long timeNanos, long price, long quantity, long exchangeSequence);

    /**
     * Data was missed between the previous event and the next one: trade ids of an instrument jumped (Binance:
     * trades {@code expected} to {@code received - 1} were never seen), or a connection's message sequence
     * jumped (Coinbase, with {@code instrument} {@link #ALL_INSTRUMENTS}).
     *
     * @param expected the sequence number that should have come next
     * @param received the sequence number that came instead
     */
    void onGap(int instrument, long expected, long received);
}
