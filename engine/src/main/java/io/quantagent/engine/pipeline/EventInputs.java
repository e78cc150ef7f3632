package io.quantagent.engine.pipeline;

/**
 * Writes the input section of a ring slot for a producer that is not the Disruptor's {@link Publisher} (the
 * latency benchmark's queue baseline): the same values the publisher's translator writes, so the stages see the
 * same events either way.
 */
public final class EventInputs {

    private EventInputs() {
    }

    /** The event becomes trade input number {@code sequence}. */
    public static void trade(MarketEvent event, long sequence, int instrument, long timeNanos, long price,
            long quantity) {
        event.input.trade(sequence, instrument, timeNanos, price, quantity);
    }

    /** The event becomes the end-of-data flush of an instrument (its bar in progress is emitted). */
    public static void flush(MarketEvent event, long sequence, int instrument, long timeNanos) {
        event.input.flush(sequence, instrument, timeNanos);
    }
}
