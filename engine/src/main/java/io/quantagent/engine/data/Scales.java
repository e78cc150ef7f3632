package io.quantagent.engine.data;

/**
 * The number of decimal places prices and quantities are kept with, per instrument.
 *
 * @param priceDecimals decimals of a price (8 keeps a satoshi; 0 to 12)
 * @param quantityDecimals decimals of a quantity or volume (0 to 12)
 */
public record Scales(int priceDecimals, int quantityDecimals) {

    /** Eight decimals for both: exact for every bundled data set. */
    public static final Scales DEFAULT = new Scales(8, 8);

    public Scales {
        if (priceDecimals < 0 || priceDecimals > 12) {
            throw new IllegalArgumentException("priceDecimals must be in [0, 12], was " + priceDecimals);
        }
        if (quantityDecimals < 0 || quantityDecimals > 12) {
            throw new IllegalArgumentException("quantityDecimals must be in [0, 12], was " + quantityDecimals);
        }
    }

    /** 10^priceDecimals: the fixed-point value of a price of 1. */
    public long priceUnit() {
        return FixedPoint.pow10(priceDecimals);
    }

    /** 10^quantityDecimals: the fixed-point value of a quantity of 1. */
    public long quantityUnit() {
        return FixedPoint.pow10(quantityDecimals);
    }
}
