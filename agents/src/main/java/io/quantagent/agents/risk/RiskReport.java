package io.quantagent.agents.risk;

import io.quantagent.agents.Direction;

import java.util.Locale;

/**
 * What the Risk agent tells the aggregator: the risk readings of the moment, the stop and target of a long
 * and of a short entry at the reference price, the size of such an entry, and whether new entries are vetoed.
 *
 * <p>Reports are mutable and reused by their agent (one per instrument), so evaluation does not allocate; a
 * reader that keeps one past the next evaluation must {@link #copy()} it or {@link #copyFrom} it into its own.
 *
 * <p>The reward-to-risk rule: {@code ratio = rewardRiskMin + (rewardRiskMax - rewardRiskMin) * max(calm,
 * confidence)}, where {@code calm = clamp(1 - volatility / maxVolatility, 0, 1)} (0 before warm-up) and
 * confidence is the fused decision's confidence in [0, 1]: a calm market or a confident decision aims further.
 * The ratio therefore always lies in [rewardRiskMin, rewardRiskMax], within the paper's [1.2, 1.8]. The
 * report's own targets use confidence 0; the aggregator asks for the target at its confidence.
 */
public final class RiskReport {

    private RiskParameters parameters;
    long timeNanos;
    double referencePrice = Double.NaN;
    double atr = Double.NaN;
    double volatility = Double.NaN;
    double equity = Double.NaN;
    double drawdown = Double.NaN;
    double exposure;
    long stalenessNanos = Long.MAX_VALUE;
    double calm;
    double stopDistance = Double.NaN;
    double size;
    VetoReason veto = VetoReason.NOT_WARMED_UP;

    /** An empty report (vetoed as not warmed up) under these parameters, for example to copy reports into. */
    public RiskReport(RiskParameters parameters) {
        this.parameters = parameters;
    }

    /** The parameters the report was computed with. */
    public RiskParameters parameters() {
        return parameters;
    }

    /** The evaluation time (epoch nanoseconds) the report is about. */
    public long timeNanos() {
        return timeNanos;
    }

    /** The entry price the levels are computed from: the last trade or bar close; {@code NaN} before any. */
    public double referencePrice() {
        return referencePrice;
    }

    /** Wilder's ATR; {@code NaN} before warm-up. */
    public double atr() {
        return atr;
    }

    /** Per-bar realised volatility of log returns; {@code NaN} before warm-up. */
    public double volatility() {
        return volatility;
    }

    /** The equity the size was computed from; {@code NaN} before the caller gave one. */
    public double equity() {
        return equity;
    }

    /** Fall of equity from its peak, in [0, 1] ({@code NaN} before the caller gave an equity). */
    public double drawdown() {
        return drawdown;
    }

    /** Current gross exposure as a fraction of equity, as given by the caller. */
    public double exposure() {
        return exposure;
    }

    /** Age of the last trade or bar at the evaluation time; {@code Long.MAX_VALUE} before any data. */
    public long stalenessNanos() {
        return stalenessNanos;
    }

    /** How calm the market is, in [0, 1]: 1 - volatility / maxVolatility, clamped; 0 before warm-up. */
    public double calm() {
        return calm;
    }

    /** Distance from entry to stop: stopAtrMultiple x ATR; {@code NaN} when no levels can be set. */
    public double stopDistance() {
        return stopDistance;
    }

    /**
     * Quantity of a new entry: riskFraction x equity / stop distance, capped by the exposure left, floored to
     * whole lots; 0 when it cannot be computed. Computed even under a veto (what the budget would allow).
     */
    public double size() {
        return size;
    }

    /** Why new entries are forbidden, {@link VetoReason#NONE} when they are allowed. */
    public VetoReason veto() {
        return veto;
    }

    /** Whether new entries are forbidden. */
    public boolean vetoed() {
        return veto != VetoReason.NONE;
    }

    /** Whether stop and target levels exist (warmed up, a price, a non-zero ATR). */
    public boolean hasLevels() {
        return stopDistance > 0;
    }

    /** Reward-to-risk ratio at confidence 0 (the calm market alone). */
    public double rewardRisk() {
        return rewardRisk(0);
    }

    /** Reward-to-risk ratio for a decision of this confidence (clamped to [0, 1]; {@code NaN} counts as 0). */
    public double rewardRisk(double confidence) {
        double c = confidence > 0 ? Math.min(confidence, 1.0) : 0.0;
        double min = parameters.rewardRiskMin();
        double max = parameters.rewardRiskMax();
        return Math.min(max, min + (max - min) * Math.max(calm, c));
    }

    /** Stop-loss of an entry in this direction: below the entry for LONG, above for SHORT; else {@code NaN}. */
    public double stop(Direction direction) {
        if (direction == Direction.NEUTRAL) {
            return Double.NaN;
        }
        return referencePrice - direction.sign() * stopDistance;
    }

    /** Take-profit of an entry in this direction at confidence 0. */
    public double target(Direction direction) {
        return target(direction, 0);
    }

    /** Take-profit of an entry in this direction for a decision of this confidence; {@code NaN} for neutral. */
    public double target(Direction direction, double confidence) {
        if (direction == Direction.NEUTRAL) {
            return Double.NaN;
        }
        return referencePrice + direction.sign() * rewardRisk(confidence) * stopDistance;
    }

    /** Stop of a long entry (below the reference price). */
    public double longStop() {
        return stop(Direction.LONG);
    }

    /** Target of a long entry at confidence 0 (above the reference price). */
    public double longTarget() {
        return target(Direction.LONG, 0);
    }

    /** Stop of a short entry (above the reference price). */
    public double shortStop() {
        return stop(Direction.SHORT);
    }

    /** Target of a short entry at confidence 0 (below the reference price). */
    public double shortTarget() {
        return target(Direction.SHORT, 0);
    }

    /** Overwrites this report with another's readings and parameters (no allocation). */
    public void copyFrom(RiskReport other) {
        parameters = other.parameters;
        timeNanos = other.timeNanos;
        referencePrice = other.referencePrice;
        atr = other.atr;
        volatility = other.volatility;
        equity = other.equity;
        drawdown = other.drawdown;
        exposure = other.exposure;
        stalenessNanos = other.stalenessNanos;
        calm = other.calm;
        stopDistance = other.stopDistance;
        size = other.size;
        veto = other.veto;
    }

    /** An independent copy of this report (allocates). */
    public RiskReport copy() {
        RiskReport copy = new RiskReport(parameters);
        copy.copyFrom(this);
        return copy;
    }

    /** The readings as text (allocates). */
    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "risk at %d: price %s atr %s volatility %s drawdown %s exposure %s staleness %s stop distance %s"
                        + " size %s veto %s",
                timeNanos, referencePrice, atr, volatility, drawdown, exposure,
                stalenessNanos == Long.MAX_VALUE ? "none" : stalenessNanos + " ns", stopDistance, size, veto);
    }
}
