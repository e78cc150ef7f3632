package io.quantagent.agents.fusion;

import io.quantagent.agents.Direction;
import io.quantagent.agents.DirectionalReport;
import io.quantagent.agents.risk.RiskReport;
import io.quantagent.agents.risk.VetoReason;

import java.util.Locale;

/**
 * The fused decision for one instrument on one bar: the direction, how it was reached, the bracket levels
 * and size of the entry, and the justification (every agent's readings at that moment).
 *
 * <p>Decisions are mutable and reused by their {@link FusionRule}; a reader that keeps one past the next
 * decision must {@link #copy()} it or {@link #copyFrom} it into its own.
 */
public final class Decision {

    private final AgentReading indicator = new AgentReading();
    private final AgentReading pattern = new AgentReading();
    private final AgentReading trend = new AgentReading();
    FusionMode mode = FusionMode.TRADING;
    long timeNanos;
    Direction direction = Direction.NEUTRAL;
    FusionStep step = FusionStep.NO_SIGNAL;
    Direction signal = Direction.NEUTRAL;
    FusionStep signalStep = FusionStep.NO_SIGNAL;
    double confidence;
    double momentum;
    double slope;
    VetoReason veto = VetoReason.NOT_WARMED_UP;
    double atr = Double.NaN;
    double volatility = Double.NaN;
    double drawdown = Double.NaN;
    double exposure;
    long stalenessNanos = Long.MAX_VALUE;
    double entry = Double.NaN;
    double stop = Double.NaN;
    double target = Double.NaN;
    double rewardRisk = Double.NaN;
    double size;

    /** An empty decision (flat, no signal), for example to copy decisions into. */
    public Decision() {
    }

    /** The mode the decision was made in. */
    public FusionMode mode() {
        return mode;
    }

    /** Close time (epoch nanoseconds) of the bar decided on: the latest of the three reports' bar times. */
    public long timeNanos() {
        return timeNanos;
    }

    /** What to do: LONG, SHORT, or NEUTRAL (flat; trading mode only). */
    public Direction direction() {
        return direction;
    }

    /**
     * The step that settled the decision: the rule's step ({@link #signalStep()}), or in trading mode
     * {@link FusionStep#NO_SIGNAL}, {@link FusionStep#LOW_CONFIDENCE} or {@link FusionStep#VETO} when flat.
     */
    public FusionStep step() {
        return step;
    }

    /** The direction the rule found before the confidence threshold and the risk veto. */
    public Direction signal() {
        return signal;
    }

    /** The rule step that found {@link #signal()}. */
    public FusionStep signalStep() {
        return signalStep;
    }

    /** Confidence in the signal, in [0, 1] (0 for a tie-break or no signal). */
    public double confidence() {
        return confidence;
    }

    /** The Risk agent's veto at decision time ({@link VetoReason#NONE} if none); recorded in every mode. */
    public VetoReason veto() {
        return veto;
    }

    /** Reference entry price (the Risk agent's); {@code NaN} before any price. */
    public double entry() {
        return entry;
    }

    /** Stop-loss of the entry; {@code NaN} when flat or when no levels exist. */
    public double stop() {
        return stop;
    }

    /** Take-profit of the entry; {@code NaN} when flat or when no levels exist. */
    public double target() {
        return target;
    }

    /** Reward-to-risk ratio of target and stop, in [1.2, 1.8]; {@code NaN} when flat or without levels. */
    public double rewardRisk() {
        return rewardRisk;
    }

    /** Quantity of the entry from the risk budget; 0 when flat. */
    public double size() {
        return size;
    }

    /** The Indicator agent's readings. */
    public AgentReading indicator() {
        return indicator;
    }

    /** The Pattern agent's readings. */
    public AgentReading pattern() {
        return pattern;
    }

    /** The Trend agent's readings. */
    public AgentReading trend() {
        return trend;
    }

    /** The indicator's signed momentum, in [-1, 1], as used (NaN counts as 0). */
    public double momentum() {
        return momentum;
    }

    /** The trend's signed slope as used (NaN counts as 0). */
    public double slope() {
        return slope;
    }

    /** The Risk agent's ATR at decision time. */
    public double atr() {
        return atr;
    }

    /** The Risk agent's per-bar realised volatility at decision time. */
    public double volatility() {
        return volatility;
    }

    /** The account's drawdown at decision time. */
    public double drawdown() {
        return drawdown;
    }

    /** The account's gross exposure (fraction of equity) at decision time. */
    public double exposure() {
        return exposure;
    }

    /** Age of the last market data at decision time. */
    public long stalenessNanos() {
        return stalenessNanos;
    }

    void recordRisk(RiskReport risk) {
        veto = risk.veto();
        atr = risk.atr();
        volatility = risk.volatility();
        drawdown = risk.drawdown();
        exposure = risk.exposure();
        stalenessNanos = risk.stalenessNanos();
        entry = risk.referencePrice();
    }

    void recordLevels(RiskReport risk) {
        if (direction != Direction.NEUTRAL && risk.hasLevels()) {
            stop = risk.stop(direction);
            target = risk.target(direction, confidence);
            rewardRisk = risk.rewardRisk(confidence);
            size = risk.size();
        } else {
            stop = Double.NaN;
            target = Double.NaN;
            rewardRisk = Double.NaN;
            size = 0.0;
        }
    }

    void readings(DirectionalReport i, Direction iSide, double iScore, DirectionalReport p, Direction pSide,
            double pScore, DirectionalReport t, Direction tSide, double tScore) {
        indicator.set(i, iSide, iScore);
        pattern.set(p, pSide, pScore);
        trend.set(t, tSide, tScore);
    }

    /** Overwrites this decision with another (no allocation). */
    public void copyFrom(Decision other) {
        indicator.copyFrom(other.indicator);
        pattern.copyFrom(other.pattern);
        trend.copyFrom(other.trend);
        mode = other.mode;
        timeNanos = other.timeNanos;
        direction = other.direction;
        step = other.step;
        signal = other.signal;
        signalStep = other.signalStep;
        confidence = other.confidence;
        momentum = other.momentum;
        slope = other.slope;
        veto = other.veto;
        atr = other.atr;
        volatility = other.volatility;
        drawdown = other.drawdown;
        exposure = other.exposure;
        stalenessNanos = other.stalenessNanos;
        entry = other.entry;
        stop = other.stop;
        target = other.target;
        rewardRisk = other.rewardRisk;
        size = other.size;
    }

    /** An independent copy of this decision (allocates). */
    public Decision copy() {
        Decision copy = new Decision();
        copy.copyFrom(this);
        return copy;
    }

    /**
     * The decision and every agent's readings as human-readable lines (cold path: allocates). For example:
     * <pre>
     * LONG by AGREEMENT (signal LONG by AGREEMENT, confidence 0.432, trading) at bar 1700000000000000000
     *   indicator LONG strength 0.800 bars 1 score 0.696 towards LONG; momentum +0.4000
     *   pattern LONG strength 0.600 bars 0 score 0.600 towards LONG
     *   trend NEUTRAL strength 0.000 bars none score 0.000 towards NEUTRAL; slope +0.001200
     *   risk veto NONE atr 2.0 volatility 0.000000 drawdown 0.0000 exposure 0.0000 staleness 0 ns
     *   order entry 100.0 stop 97.0 target 105.4 reward/risk 1.800 size 33.0
     * </pre>
     */
    public String justification() {
        StringBuilder text = new StringBuilder(512);
        text.append(direction).append(" by ").append(step)
                .append(" (signal ").append(signal).append(" by ").append(signalStep)
                .append(String.format(Locale.ROOT, ", confidence %.3f, ", confidence))
                .append(mode.name().toLowerCase(Locale.ROOT)).append(") at bar ").append(timeNanos).append('\n');
        reading(text, "indicator", indicator);
        text.append(String.format(Locale.ROOT, "; momentum %+.4f", momentum)).append('\n');
        reading(text, "pattern", pattern);
        text.append('\n');
        reading(text, "trend", trend);
        text.append(String.format(Locale.ROOT, "; slope %+.4g", slope)).append('\n');
        text.append("  risk veto ").append(veto)
                .append(" atr ").append(atr)
                .append(String.format(Locale.ROOT, " volatility %.6f drawdown %.4f exposure %.4f", volatility,
                        drawdown, exposure))
                .append(" staleness ").append(stalenessNanos == Long.MAX_VALUE ? "none" : stalenessNanos + " ns")
                .append('\n');
        if (direction == Direction.NEUTRAL) {
            text.append("  order none (reference price ").append(entry).append(')');
        } else {
            text.append("  order entry ").append(entry).append(" stop ").append(stop).append(" target ").append(target)
                    .append(String.format(Locale.ROOT, " reward/risk %.3f", rewardRisk))
                    .append(" size ").append(size);
        }
        return text.toString();
    }

    /** The justification. */
    @Override
    public String toString() {
        return justification();
    }

    private static void reading(StringBuilder text, String agent, AgentReading reading) {
        text.append("  ").append(agent).append(' ').append(reading.direction())
                .append(String.format(Locale.ROOT, " strength %.3f bars ", reading.strength()))
                .append(reading.barsSinceSignal() == Integer.MAX_VALUE ? "none" : String.valueOf(reading.barsSinceSignal()))
                .append(String.format(Locale.ROOT, " score %.3f towards ", reading.score()))
                .append(reading.scoreDirection());
    }
}
