package io.quantagent.engine.portfolio;

import io.quantagent.engine.data.FixedPoint;
import io.quantagent.engine.data.Scales;
import java.math.RoundingMode;

/**
 * Exact fixed-point arithmetic for account amounts: cash, notional, PnL and fees.
 *
 * <p>Every amount of money is a {@code long} at {@link #DECIMALS} decimals of the quote currency (one
 * currency per account), whatever the scales of the instruments: {@code 100_000_000} is one unit. The range is
 * therefore about &plusmn;92 billion units.
 *
 * <p>Products ({@code price x quantity}, {@code amount x rate}) are computed exactly in 128 bits and divided
 * with a stated rounding, so nothing is lost before the one rounding step. Rounding rules of the engine:
 * notional values (fills, marked positions) round half-even, fees and slippage round against the trader
 * (up in magnitude). A result that does not fit a {@code long} is never wrapped: the {@code ...OrOverflow}
 * variants return {@link #OVERFLOW}, the others throw {@link ArithmeticException} (a fault, not a flow of
 * control: orders whose amounts could overflow are refused before they reach that point).
 */
public final class Money {

    /** Decimals of every account amount. */
    public static final int DECIMALS = 8;

    /** The fixed-point value of one unit of the quote currency. */
    public static final long UNIT = 100_000_000L;

    /** Returned by the {@code ...OrOverflow} methods when the exact result does not fit in (-2^63, 2^63). */
    public static final long OVERFLOW = Long.MIN_VALUE;

    private static final long MASK32 = 0xFFFF_FFFFL;
    private static final long BASE32 = 1L << 32;

    private Money() {
    }

    /** {@code units} whole units of the quote currency as an amount; throws if out of range. */
    public static long ofUnits(long units) {
        return Math.multiplyExact(units, UNIT);
    }

    /** Exact decimal text of an amount (cold path: allocates). */
    public static String format(long amount) {
        return FixedPoint.format(amount, DECIMALS);
    }

    /**
     * The signed value of {@code quantity} at {@code price} as an amount, rounded half-even.
     *
     * @throws ArithmeticException if the amount is out of range
     */
    public static long notional(long price, long quantity, Scales scales) {
        return checked(notionalOrOverflow(price, quantity, scales));
    }

    /** As {@link #notional}, but returns {@link #OVERFLOW} when the amount is out of range. */
    public static long notionalOrOverflow(long price, long quantity, Scales scales) {
        int shift = scales.priceDecimals() + scales.quantityDecimals() - DECIMALS;
        if (shift >= 0) {
            return mulDivOrOverflow(price, quantity, FixedPoint.pow10(shift), RoundingMode.HALF_EVEN);
        }
        long product = mulDivOrOverflow(price, quantity, 1, RoundingMode.UNNECESSARY);
        return product == OVERFLOW ? OVERFLOW : mulDivOrOverflow(product, FixedPoint.pow10(-shift), 1,
                RoundingMode.UNNECESSARY);
    }

    /**
     * The price (at the instrument's price scale) at which {@code quantity} is worth {@code amount}, rounded
     * half-even: an average price from a cost basis. Zero when the quantity is zero.
     *
     * @throws ArithmeticException if the price is out of range
     */
    public static long priceOf(long amount, long quantity, Scales scales) {
        if (quantity == 0) {
            return 0;
        }
        int shift = scales.priceDecimals() + scales.quantityDecimals() - DECIMALS;
        if (shift >= 0) {
            return mulDiv(amount, FixedPoint.pow10(shift), quantity, RoundingMode.HALF_EVEN);
        }
        return mulDiv(amount, 1, Math.multiplyExact(quantity, FixedPoint.pow10(-shift)), RoundingMode.HALF_EVEN);
    }

    /**
     * {@code a * b / divisor}, computed exactly and rounded once with {@code mode}.
     *
     * @throws ArithmeticException if the result is out of range, or inexact under {@code UNNECESSARY}
     */
    public static long mulDiv(long a, long b, long divisor, RoundingMode mode) {
        return checked(mulDivOrOverflow(a, b, divisor, mode));
    }

    /**
     * {@code a * b / divisor}, computed exactly in 128 bits and rounded once with {@code mode}; returns
     * {@link #OVERFLOW} when the result does not fit in (-2^63, 2^63). Does not allocate.
     *
     * @param divisor a positive divisor
     * @throws ArithmeticException under {@code UNNECESSARY} when the division is inexact
     */
    public static long mulDivOrOverflow(long a, long b, long divisor, RoundingMode mode) {
        if (divisor <= 0) {
            throw new IllegalArgumentException("divisor must be positive");
        }
        if (a == 0 || b == 0) {
            return 0;
        }
        boolean negative = (a < 0) != (b < 0);
        long ua = a < 0 ? -a : a; // Long.MIN_VALUE stays 2^63 read unsigned
        long ub = b < 0 ? -b : b;
        long hi = Math.unsignedMultiplyHigh(ua, ub);
        long lo = ua * ub;
        long quotient;
        long remainder;
        if (hi == 0) {
            quotient = Long.divideUnsigned(lo, divisor);
            remainder = Long.remainderUnsigned(lo, divisor);
        } else {
            if (Long.compareUnsigned(hi, divisor) >= 0) {
                return OVERFLOW;
            }
            quotient = divide128(hi, lo, divisor);
            remainder = lo - quotient * divisor;
        }
        if (quotient < 0) { // at least 2^63 read unsigned
            return OVERFLOW;
        }
        if (remainder != 0 && roundsAway(mode, negative, quotient, remainder, divisor)) {
            quotient++;
            if (quotient < 0) {
                return OVERFLOW;
            }
        }
        return negative ? -quotient : quotient;
    }

    private static boolean roundsAway(RoundingMode mode, boolean negative, long quotient, long remainder,
            long divisor) {
        long rest = divisor - remainder;
        return switch (mode) {
            case UP -> true;
            case DOWN -> false;
            case CEILING -> !negative;
            case FLOOR -> negative;
            case HALF_UP -> remainder >= rest;
            case HALF_DOWN -> remainder > rest;
            case HALF_EVEN -> remainder > rest || (remainder == rest && (quotient & 1) != 0);
            case UNNECESSARY -> throw new ArithmeticException("inexact division under RoundingMode.UNNECESSARY");
        };
    }

    /**
     * Unsigned 128-by-64-bit division of {@code (u1, u0)} by {@code v} with {@code u1 < v} (unsigned), after
     * Hacker's Delight, {@code divlu}: two steps of 32-bit digits on the normalised divisor.
     */
    private static long divide128(long u1, long u0, long v) {
        int shift = Long.numberOfLeadingZeros(v);
        long vn = v << shift;
        long vn1 = vn >>> 32;
        long vn0 = vn & MASK32;
        long un32 = shift == 0 ? u1 : (u1 << shift) | (u0 >>> (64 - shift));
        long un10 = u0 << shift;
        long un1 = un10 >>> 32;
        long un0 = un10 & MASK32;

        long q1 = Long.divideUnsigned(un32, vn1);
        long rhat = un32 - q1 * vn1;
        while (Long.compareUnsigned(q1, BASE32) >= 0 || Long.compareUnsigned(q1 * vn0, rhat * BASE32 + un1) > 0) {
            q1--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, BASE32) >= 0) {
                break;
            }
        }
        long un21 = un32 * BASE32 + un1 - q1 * vn;
        long q0 = Long.divideUnsigned(un21, vn1);
        rhat = un21 - q0 * vn1;
        while (Long.compareUnsigned(q0, BASE32) >= 0 || Long.compareUnsigned(q0 * vn0, rhat * BASE32 + un0) > 0) {
            q0--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, BASE32) >= 0) {
                break;
            }
        }
        return q1 * BASE32 + q0;
    }

    private static long checked(long value) {
        if (value == OVERFLOW) {
            throw new ArithmeticException("amount out of range of a fixed-point long");
        }
        return value;
    }
}
