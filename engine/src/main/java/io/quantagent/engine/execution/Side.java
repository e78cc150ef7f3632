package io.quantagent.engine.execution;

/** Which way an order trades. */
public enum Side {
    BUY(1),
    SELL(-1);

    private final int sign;

    Side(int sign) {
        this.sign = sign;
    }

    /** +1 for a buy, -1 for a sell: the sign of the position change. */
    public int sign() {
        return sign;
    }

    /** The other side (the side of a bracket's exits). */
    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}
