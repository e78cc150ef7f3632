package io.quantagent.engine.feed.live;

/**
 * Why a message from an exchange (or one trade in it) was not used. A {@link LiveFeed} counts each kind
 * ({@link LiveFeed#malformedCount}) and logs the first of each kind only; none of them stops the feed.
 */
public enum MalformedKind {
    /** Not JSON, not one JSON object, or JSON cut short. */
    NOT_JSON("not a JSON object"),
    /** A field the message needs is absent or has the wrong JSON type. */
    MISSING_FIELD("a field is missing or of the wrong type"),
    /** A price, quantity or id that is not a positive decimal within 63 bits. */
    BAD_NUMBER("a bad number"),
    /** A price or quantity with more significant decimals than the instrument's scale keeps. */
    TOO_PRECISE("more decimals than the instrument's scale"),
    /** A trade time that is not a valid instant. */
    BAD_TIME("a bad timestamp"),
    /** An event type or channel this feed does not know. */
    UNKNOWN_EVENT("an unknown event type or channel"),
    /** A trade for a symbol this feed did not subscribe to. */
    UNKNOWN_SYMBOL("a symbol that is not subscribed"),
    /** An error the exchange reported (rejected subscription, rate limit). */
    EXCHANGE_ERROR("an error from the exchange"),
    /** A binary frame; both exchanges send text. */
    BINARY("a binary frame"),
    /** A message longer than the feed's {@code maxMessageChars}. */
    OVERSIZED("a message above the size limit");

    private static final MalformedKind[] VALUES = values();

    private final String description;

    MalformedKind(String description) {
        this.description = description;
    }

    /** What is wrong, in words, for logs. */
    public String description() {
        return description;
    }

    /** The kind with the given ordinal, without allocating. */
    static MalformedKind of(int ordinal) {
        return VALUES[ordinal];
    }

    /** How many kinds there are. */
    static int count() {
        return VALUES.length;
    }
}
