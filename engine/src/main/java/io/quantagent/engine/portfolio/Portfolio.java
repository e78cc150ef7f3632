package io.quantagent.engine.portfolio;

import io.quantagent.engine.data.Scales;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Positions, cash and PnL of one account, per instrument and in total, in exact fixed-point arithmetic.
 *
 * <p>Scales: quantities and prices of instrument {@code i} are at {@code scales(i)}; every amount (cash, cost
 * basis, PnL, fees, exposure, equity) is at {@link Money#DECIMALS}. The amount of a fill is
 * {@code price x quantity} rounded half-even ({@link Money#notional}); the marked value of a position is
 * {@code position x mark}, rounded the same way.
 *
 * <p>Bookkeeping is by cost basis: buying (or adding to a short by selling) adds the fill's amount to the
 * instrument's cost basis; a reducing fill removes the closed share of the basis ({@code basis x closed /
 * position}, half-even; all of it when the position closes) and books {@code proceeds - removed basis} as
 * realised PnL; a fill that flips the position closes it at the fill price and opens the rest. The average
 * price is derived from the basis. Because the cash moves by exactly the fill's amount and the realised PnL and
 * basis are moved by amounts that add up to it, the accounts balance to the unit at every step:
 * {@code cash + marked positions == starting cash + realised + unrealised - fees}, where unrealised PnL is
 * {@code marked value - cost basis}.
 *
 * <p>Equity is cash plus marked positions; the high-water mark starts at the starting cash and follows equity
 * after every fill and mark. Arithmetic that leaves the range of a {@code long} throws
 * {@link ArithmeticException} rather than wrapping. Not thread-safe: owned by the execution stage.
 */
public final class Portfolio {

    private final Scales[] scales;
    private final long startingCash;

    private final long[] position;
    private final long[] costBasis;
    private final long[] realised;
    private final long[] fees;
    private final long[] markPrice;
    private final long[] markedValue;
    private final boolean[] marked;

    private long cash;
    private long totalMarkedValue;
    private long totalCostBasis;
    private long totalRealised;
    private long totalFees;
    private long grossExposure;
    private long highWaterMark;

    /**
     * An account holding only cash.
     *
     * @param scales the scales of each instrument, by instrument id
     * @param startingCash the starting cash, at {@link Money#DECIMALS}
     */
    public Portfolio(List<Scales> scales, long startingCash) {
        if (scales.isEmpty()) {
            throw new IllegalArgumentException("a portfolio needs at least one instrument");
        }
        this.scales = scales.toArray(new Scales[0]);
        for (Scales s : this.scales) {
            if (s == null) {
                throw new IllegalArgumentException("scales must not contain null");
            }
        }
        int n = this.scales.length;
        this.startingCash = startingCash;
        this.position = new long[n];
        this.costBasis = new long[n];
        this.realised = new long[n];
        this.fees = new long[n];
        this.markPrice = new long[n];
        this.markedValue = new long[n];
        this.marked = new boolean[n];
        this.cash = startingCash;
        this.highWaterMark = startingCash;
    }

    /** A new portfolio rebuilt by applying {@code fills} in order to an account holding {@code startingCash}. */
    public static Portfolio replay(List<Scales> scales, long startingCash, List<Fill> fills) {
        Portfolio portfolio = new Portfolio(scales, startingCash);
        for (Fill fill : fills) {
            portfolio.apply(fill);
        }
        return portfolio;
    }

    /** Books a fill; see {@link #applyFill}. */
    public void apply(Fill fill) {
        applyFill(fill.instrument(), fill.quantity(), fill.price(), fill.fee());
    }

    /**
     * Books an execution: cash moves by the fill's amount and the fee; position, cost basis and realised PnL
     * follow the rules in the class description. The first fill of an instrument that has no mark yet marks it
     * at the fill price.
     *
     * @param instrument the instrument id
     * @param quantity signed quantity, positive bought, negative sold (not zero)
     * @param price the execution price (positive)
     * @param fee the fee, an amount (zero or positive)
     */
    public void applyFill(int instrument, long quantity, long price, long fee) {
        if (quantity == 0 || price <= 0 || fee < 0) {
            throw new IllegalArgumentException("a fill needs a non-zero quantity, a positive price and a fee >= 0");
        }
        Scales s = scales[instrument];
        long held = position[instrument];
        long flow = -Money.notional(price, quantity, s);
        long basis = costBasis[instrument];
        long newBasis;
        long realisedDelta;
        if (held == 0 || (held > 0) == (quantity > 0)) {
            newBasis = Math.subtractExact(basis, flow);
            realisedDelta = 0;
        } else {
            long heldSize = Math.absExact(held);
            long fillSize = Math.absExact(quantity);
            if (fillSize <= heldSize) {
                long removed = fillSize == heldSize
                        ? basis
                        : Money.mulDiv(basis, fillSize, heldSize, RoundingMode.HALF_EVEN);
                newBasis = basis - removed;
                realisedDelta = Math.subtractExact(flow, removed);
            } else {
                long closingFlow = -Money.notional(price, -held, s);
                realisedDelta = Math.subtractExact(closingFlow, basis);
                newBasis = Math.subtractExact(closingFlow, flow);
            }
        }
        if (!marked[instrument]) {
            markPrice[instrument] = price;
            marked[instrument] = true;
        }
        position[instrument] = Math.addExact(held, quantity);
        costBasis[instrument] = newBasis;
        realised[instrument] = Math.addExact(realised[instrument], realisedDelta);
        fees[instrument] = Math.addExact(fees[instrument], fee);
        totalCostBasis = Math.addExact(totalCostBasis, Math.subtractExact(newBasis, basis));
        totalRealised = Math.addExact(totalRealised, realisedDelta);
        totalFees = Math.addExact(totalFees, fee);
        cash = Math.subtractExact(Math.addExact(cash, flow), fee);
        revalue(instrument);
    }

    /** Marks an instrument at a new price (the last trade): revalues its position, equity and the high-water mark. */
    public void mark(int instrument, long price) {
        if (price <= 0) {
            throw new IllegalArgumentException("a mark price is positive, was " + price);
        }
        markPrice[instrument] = price;
        marked[instrument] = true;
        revalue(instrument);
    }

    private void revalue(int instrument) {
        long held = position[instrument];
        long value = held == 0 ? 0 : Money.notional(markPrice[instrument], held, scales[instrument]);
        long old = markedValue[instrument];
        markedValue[instrument] = value;
        totalMarkedValue = Math.addExact(totalMarkedValue, Math.subtractExact(value, old));
        grossExposure = Math.addExact(grossExposure, Math.abs(value) - Math.abs(old));
        long equity = equity();
        if (equity > highWaterMark) {
            highWaterMark = equity;
        }
    }

    /** The number of instruments (ids are 0 to count - 1). */
    public int instrumentCount() {
        return scales.length;
    }

    /** The scales of an instrument. */
    public Scales scales(int instrument) {
        return scales[instrument];
    }

    /** The signed quantity held. */
    public long position(int instrument) {
        return position[instrument];
    }

    /** The average entry price of the open position, rounded half-even; zero when flat. */
    public long averagePrice(int instrument) {
        long held = position[instrument];
        return held == 0 ? 0 : Money.priceOf(Math.abs(costBasis[instrument]), Math.abs(held), scales[instrument]);
    }

    /** The signed amount paid for the open position (negative for a short, where it was received). */
    public long costBasis(int instrument) {
        return costBasis[instrument];
    }

    /** Realised PnL of an instrument, before fees. */
    public long realisedPnl(int instrument) {
        return realised[instrument];
    }

    /** Unrealised PnL of an instrument: marked value minus cost basis. */
    public long unrealisedPnl(int instrument) {
        return Math.subtractExact(markedValue[instrument], costBasis[instrument]);
    }

    /** Fees paid on an instrument. */
    public long fees(int instrument) {
        return fees[instrument];
    }

    /** Whether the instrument has been marked (by a trade, a bar or a fill). */
    public boolean hasMark(int instrument) {
        return marked[instrument];
    }

    /** The last mark price (zero before any). */
    public long markPrice(int instrument) {
        return markPrice[instrument];
    }

    /** The position valued at the mark, signed (negative for a short). */
    public long markedValue(int instrument) {
        return markedValue[instrument];
    }

    /** The cash the account started with. */
    public long startingCash() {
        return startingCash;
    }

    /** Cash now: starting cash, minus what was paid, plus what was received, minus fees. */
    public long cash() {
        return cash;
    }

    /** Cash plus every position at its mark. */
    public long equity() {
        return Math.addExact(cash, totalMarkedValue);
    }

    /** Realised PnL of all instruments, before fees. */
    public long realisedPnl() {
        return totalRealised;
    }

    /** Unrealised PnL of all instruments. */
    public long unrealisedPnl() {
        return Math.subtractExact(totalMarkedValue, totalCostBasis);
    }

    /** Fees paid on all instruments. */
    public long fees() {
        return totalFees;
    }

    /** The sum of the absolute marked values of all positions. */
    public long grossExposure() {
        return grossExposure;
    }

    /** The sum of the signed marked values of all positions. */
    public long netExposure() {
        return totalMarkedValue;
    }

    /** The highest equity seen (at least the starting cash). */
    public long highWaterMark() {
        return highWaterMark;
    }

    /** How far equity is below its high-water mark, as an amount (zero or positive). */
    public long drawdown() {
        return Math.subtractExact(highWaterMark, equity());
    }

    /** The drawdown as a fraction of the high-water mark, for analytics; zero when the mark is not positive. */
    public double drawdownFraction() {
        return highWaterMark > 0 ? (double) drawdown() / highWaterMark : 0.0;
    }

    /** A copy of every account, for reports and comparisons (cold path: allocates). */
    public PortfolioSnapshot snapshot() {
        List<PositionSnapshot> positions = new ArrayList<>(scales.length);
        for (int i = 0; i < scales.length; i++) {
            positions.add(new PositionSnapshot(i, position[i], averagePrice(i), costBasis[i], realised[i],
                    unrealisedPnl(i), fees[i], markPrice[i], markedValue[i]));
        }
        return new PortfolioSnapshot(startingCash, cash, equity(), totalRealised, unrealisedPnl(), totalFees,
                grossExposure, totalMarkedValue, highWaterMark, drawdown(), positions);
    }
}
