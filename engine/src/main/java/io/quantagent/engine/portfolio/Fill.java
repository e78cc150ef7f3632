package io.quantagent.engine.portfolio;

/**
 * One execution as the portfolio books it: the input of {@link Portfolio#apply(Fill)} and of a replay.
 *
 * @param instrument the instrument id
 * @param quantity the signed quantity at the instrument's quantity scale: positive bought, negative sold
 * @param price the execution price at the instrument's price scale (positive)
 * @param fee the fee charged, an amount at {@link Money#DECIMALS} (zero or positive)
 */
public record Fill(int instrument, long quantity, long price, long fee) {

    public Fill {
        if (quantity == 0) {
            throw new IllegalArgumentException("a fill has a non-zero quantity");
        }
        if (price <= 0) {
            throw new IllegalArgumentException("a fill has a positive price, was " + price);
        }
        if (fee < 0) {
            throw new IllegalArgumentException("a fee is not negative, was " + fee);
        }
    }
}
