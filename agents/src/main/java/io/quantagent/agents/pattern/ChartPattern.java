package io.quantagent.agents.pattern;

import io.quantagent.agents.Direction;

/**
 * The chart patterns the Pattern agent recognises: the QuantAgent paper's sixteen and the bearish mirrors
 * of its two main reversal patterns, each with the direction it implies and the geometric rule that finds
 * it. The declaration order is the tie-break order: of two matches with equal confidence, the one declared
 * first is reported.
 *
 * <p>Sizes are in ATRs (the window's mean true range) and the thresholds named in capitals are {@link
 * PatternParameters}. Swing points are the zigzag of {@code SWING_THRESHOLD_ATR}; "equal" means within
 * {@code LEVEL_TOLERANCE_ATR}; {@code MIN_HEIGHT_ATR} is the smallest pattern. Confidence is {@code shape *
 * (0.55 + 0.15 * size + 0.30 * confirmed)} with the shape and size measures given below (each in [0, 1];
 * size is the pattern's height over twice the minimum height), so an unconfirmed match is worth at most 0.7.
 * Levels are prices at the last bar of the window.
 */
public enum ChartPattern {

    /**
     * Five consecutive swing points: left shoulder (a high), trough, head, trough, right shoulder. The
     * neckline is the line through the two troughs. The head stands at least {@code MIN_HEIGHT_ATR} above the
     * neckline (the height), at least 15% of the height above both shoulders; each shoulder at least 25% of
     * the height above the neckline, the two within 50% of each other; the troughs differ by at most half the
     * height; no high after the right shoulder exceeds the head. Confirmed by a close below the neckline.
     * Shape: shoulder symmetry (0.5), time symmetry of the two halves (0.25), flatness of the neckline (0.25).
     * Levels: neckline = breakout level.
     */
    HEAD_AND_SHOULDERS(Direction.SHORT),

    /** {@link #HEAD_AND_SHOULDERS} upside down: troughs for shoulders and head; confirmed by a close above the neckline. */
    INVERSE_HEAD_AND_SHOULDERS(Direction.LONG),

    /**
     * Three consecutive swing points: a high, a low, a high, the two highs equal and at least {@code
     * MIN_SEPARATION_BARS} apart, the low at least {@code MIN_HEIGHT_ATR} below the lower of them. Exactly
     * two: the swing highs just before and after are not at the same level (that is a triple top or a
     * rectangle), and no high after the second top exceeds the level by more than the tolerance. The neckline
     * is the low between; confirmed by a close below it. Shape: equality of the tops (0.7) and separation
     * (0.3, full at twice the minimum). Levels: neckline = breakout level.
     */
    DOUBLE_TOP(Direction.SHORT),

    /** {@link #DOUBLE_TOP} upside down: two equal lows with a high (the neckline) between; confirmed by a close above it. */
    DOUBLE_BOTTOM(Direction.LONG),

    /**
     * One to ten bars cut off by a gap on each side: the bar just before the island and the bar just after
     * it lie entirely above the island's highest high (a bullish island at a bottom), or entirely below its
     * lowest low (a bearish island at a top). Price moved at least {@code MIN_HEIGHT_ATR} into the
     * island over the ten bars before it, and no later bar has filled the second gap. The second gap
     * confirms it. Shape: 0.5 plus 0.5 times the smaller gap over half an ATR. Size: the move into the island.
     * Levels: breakout level = the island's edge the second gap jumped (its high for a bullish island).
     */
    ISLAND_REVERSAL(Direction.NEUTRAL),

    /**
     * A swing high, then a confirmed swing low at least {@code MIN_HEIGHT_ATR} below it. A single low: it is
     * the window's lowest low, every other swing low is more than the level tolerance above it, and the
     * swing high is the highest high before it. The rise from the low to the highest high since recovers at
     * least 40% of the decline; both legs move
     * at least half an ATR per bar; the tip is sharp: three bars (fewer if a leg is shorter) either side of
     * the low, the close has moved at least half as far from the low as the leg's average speed implies.
     * Confirmed by a close above the low plus 75% of the decline. Shape: recovery (0.4), sharpness of the tip
     * (0.3), equality of the two legs' speeds (0.3). Levels: neckline = the high the decline started from;
     * breakout level = the 75% recovery level. (Only the bullish V is recognised.)
     */
    V_SHAPED_REVERSAL(Direction.LONG),

    /** {@link #ROUNDED_BOTTOM} upside down: a dome; the neckline is the lowest close left of the vertex. */
    ROUNDED_TOP(Direction.SHORT),

    /**
     * A parabola fitted by least squares to the window's closes (x from -1 to 1 across the window) curves
     * upwards, its vertex lies in the middle 60% of the window (|x| at most 0.6), its R² is at least {@code
     * ROUNDED_MIN_R_SQUARED}, both rims stand at least {@code MIN_HEIGHT_ATR} above the vertex, and the
     * lowest close is within 10% of the deeper rim's height of the vertex (a bowl, not a V). The neckline is
     * the highest close left of the vertex; confirmed by a close above it after the vertex. Shape: R² above
     * its minimum (0.4), closeness of the lowest close to the vertex (0.4), centrality of the vertex (0.2).
     * Levels: neckline = breakout level.
     */
    ROUNDED_BOTTOM(Direction.LONG),

    /**
     * A base: at least {@code MIN_BASE_BARS} consecutive bars whose highs and lows fit in a band at most twice
     * {@code LEVEL_TOLERANCE_ATR} tall, ending one to five bars before the last bar, flat (the least-squares
     * line of its closes moves at most {@code FLAT_SLOPE_ATR} per bar), with a mean true range at
     * most 80% of that of the bars before it (quiet), below a high at least {@code MIN_HEIGHT_ATR} above the base's top
     * earlier in the window (a decline into it). The bars after the base press against its top (a high
     * within its top quarter) and none closes below its bottom. Confirmed by a close above the top. Shape:
     * quietness (0.4), length (0.3, full at twice the minimum), the attempt's volume (0.3, full at 1.5 times
     * the base's mean volume; 0.5 without volume data). Levels: neckline = breakout level = upper level =
     * the top of the base; lower level = its bottom.
     */
    HIDDEN_BASE(Direction.LONG),

    /**
     * A pole: a rise of at least {@code MIN_HEIGHT_ATR} over at most ten bars from their lowest low, at
     * least 1.5 ATRs per bar and at least twice the flag's mean true range per bar, to a high (the pole's
     * top) not exceeded in the pole. Then a flag of 4 to 20 bars: the least-squares line
     * of its closes slopes down or is flat, the channel around it (shifted to its highest high and lowest
     * low) is at most half the pole tall, the flag retraces at most half the pole and never exceeds its top.
     * Confirmed by a close above the channel on the bar after the flag, at most five bars ago. Shape: thinness
     * of the channel (0.4), shallowness of the retracement (0.3), a falling (0.3) rather than flat (0.15)
     * channel. Size: the pole. Levels: breakout level = upper level = the channel's top; lower level = its
     * bottom.
     */
    BULLISH_FLAG(Direction.LONG),

    /** {@link #BULLISH_FLAG} upside down: a falling pole and a rising or flat channel, confirmed by a close below it. */
    BEARISH_FLAG(Direction.SHORT),

    /**
     * Two-line patterns (this one and the six after it): five to eight consecutive confirmed swing points
     * ending at the last confirmed one (or the one before it), a least-squares line through their highs and
     * one through their lows; no point further from its line than a quarter of the mean width, at least 80%
     * of the closes between the lines (give or take a quarter ATR), the widest part at least {@code
     * MIN_HEIGHT_ATR}. A line is rising or falling when its slope exceeds {@code FLAT_SLOPE_ATR} per bar,
     * otherwise flat. Converging means the width at the last point is at most 80% of the width at the first.
     * A breakout is the first close after the last point beyond a line by more than a quarter ATR (closes
     * within a quarter ATR of the lines count as inside); a breakout against a pattern's bias,
     * or reaching the apex without one, voids it. Shape: fit of the points (0.5), closes inside (0.3), points
     * beyond five (0.2). Levels: upper and lower level = the lines; breakout level = the line on the
     * pattern's side (for neutral patterns: the line broken, NaN before).
     *
     * <p>Rising wedge: both lines rising, converging.
     */
    RISING_WEDGE(Direction.SHORT),

    /** Both lines falling, converging (see {@link #RISING_WEDGE} for the two-line rule). */
    FALLING_WEDGE(Direction.LONG),

    /** Flat upper line, rising lower line, converging (see {@link #RISING_WEDGE} for the two-line rule). */
    ASCENDING_TRIANGLE(Direction.LONG),

    /** Falling upper line, flat lower line, converging (see {@link #RISING_WEDGE} for the two-line rule). */
    DESCENDING_TRIANGLE(Direction.SHORT),

    /**
     * Falling upper line, rising lower line, converging; neutral until the breakout, then its direction (see
     * {@link #RISING_WEDGE} for the two-line rule).
     */
    SYMMETRICAL_TRIANGLE(Direction.NEUTRAL),

    /**
     * Rising upper line, falling lower line, the width at the last point at least 125% of the width at the
     * first; neutral until the breakout, then its direction (see {@link #RISING_WEDGE} for the two-line rule).
     */
    EXPANDING_TRIANGLE(Direction.NEUTRAL),

    /**
     * Both lines flat and neither converging nor expanding; neutral until the breakout, then its direction
     * (see {@link #RISING_WEDGE} for the two-line rule).
     */
    RECTANGLE(Direction.NEUTRAL),

    /** No pattern (fewer bars than the window, or no match reaching the minimum confidence). */
    NONE(Direction.NEUTRAL);

    private final Direction bias;

    ChartPattern(Direction bias) {
        this.bias = bias;
    }

    /**
     * The direction the pattern implies by itself; {@link Direction#NEUTRAL} for the patterns whose direction
     * comes from the match (the side of a breakout, or of an island).
     */
    public Direction bias() {
        return bias;
    }
}
