package io.quantagent.engine.risk;

/**
 * Pre-trade limits of one instrument. A value of 0 disables the check ({@link Long#MAX_VALUE} works too).
 *
 * @param maxPosition the largest absolute position, at the instrument's quantity scale
 * @param maxNotional the largest absolute value of the position, an amount at
 *     {@link io.quantagent.engine.portfolio.Money#DECIMALS}
 */
public record InstrumentLimits(long maxPosition, long maxNotional) {

    /** No per-instrument limit. */
    public static final InstrumentLimits NONE = new InstrumentLimits(0, 0);

    public InstrumentLimits {
        if (maxPosition < 0 || maxNotional < 0) {
            throw new IllegalArgumentException("instrument limits are not negative (0 means no limit)");
        }
    }
}
