package io.quantagent.agents.fusion;

import io.quantagent.agents.Direction;
import io.quantagent.agents.DirectionalReport;
import io.quantagent.agents.risk.RiskReport;

/**
 * The paper's decision rule for one instrument, shaped by the Risk agent. Deterministic, single-threaded and
 * allocation-free: every call fills and returns the same reused {@link Decision}.
 *
 * <p>Scores. A report with a view scores {@code strength x 0.5^(barsSinceSignal / recencyHalfLifeBars)} towards
 * its direction (strength clamped to [0, 1]). The indicator's momentum {@code m} (signed, in [-1, 1]) counts
 * towards the indicator's report: momentum along the report lifts the score to at least {@code |m|}, momentum
 * against it subtracts {@code |m|} (floored at 0); a neutral indicator scores {@code |m|} towards the
 * momentum's sign. Momentum is a reading of the bar just closed, so it is not decayed.
 *
 * <p>Steps, first that applies:
 * <ol>
 *   <li>{@link FusionStep#AGREEMENT}: at least two of the three reports have a view and all reports with a view
 *       point the same way (two agreeing with one neutral counts; a lone view does not). Confidence: the
 *       agreeing reports' scores summed and divided by 3, so full agreement of three strong, fresh reports
 *       approaches 1.</li>
 *   <li>{@link FusionStep#MOMENTUM}: each side (long, short) takes its best score; the better side wins if it
 *       beats the other by more than the margin. Confidence: the difference of the two sides' scores.</li>
 *   <li>{@link FusionStep#TREND_SLOPE}: the sign of the trend slope, if its magnitude exceeds the deadband.
 *       Confidence: {@code min(1, |slope|)}.</li>
 *   <li>Benchmark mode: {@link FusionStep#TIE_BREAK}, the sign of the momentum, else LONG (confidence 0).
 *       Trading mode: {@link FusionStep#NO_SIGNAL}, flat.</li>
 * </ol>
 *
 * <p>Shaping. Trading mode goes flat when the confidence is below {@code minConfidence}
 * ({@link FusionStep#LOW_CONFIDENCE}) or the Risk agent vetoes ({@link FusionStep#VETO}); otherwise the decision
 * carries the Risk agent's entry, stop, target (at the decision's confidence) and size. Benchmark mode keeps the
 * direction whatever the Risk agent says, and still records the veto and, when they exist, the levels.
 *
 * <p>Random mode (a baseline for the others): the agents' readings are recorded as above, but the signal is LONG or
 * SHORT and the confidence a number in [0, 1), both drawn from a hash of the seed, the instrument and the bar's
 * close time ({@link FusionStep#RANDOM}); then the trading-mode shaping applies. No generator state is kept, so a
 * replay, or the same bar seen in another run, draws the same.
 */
public final class FusionRule {

    private final FusionParameters parameters;
    private final Decision decision = new Decision();

    /** A rule with these parameters. */
    public FusionRule(FusionParameters parameters) {
        this.parameters = parameters;
        decision.mode = parameters.mode();
    }

    /** The parameters of this rule. */
    public FusionParameters parameters() {
        return parameters;
    }

    /**
     * Fuses the three directional reports and the risk report of one bar into a decision.
     *
     * @param indicator the Indicator agent's report
     * @param indicatorMomentum the indicator's signed momentum in [-1, 1] (clamped; NaN counts as 0)
     * @param pattern the Pattern agent's report
     * @param trend the Trend agent's report
     * @param trendSlope the trend's signed normalized slope (NaN counts as 0)
     * @param risk the Risk agent's report evaluated for this bar
     * @return the rule's reused decision
     */
    public Decision decide(DirectionalReport indicator, double indicatorMomentum, DirectionalReport pattern,
            DirectionalReport trend, double trendSlope, RiskReport risk) {
        return decide(0, indicator, indicatorMomentum, pattern, trend, trendSlope, risk);
    }

    /**
     * Fuses the reports of one bar of the given instrument into a decision; the instrument matters only in random
     * mode, where it is part of what the draw is a hash of.
     *
     * @param instrument the instrument's id
     * @see #decide(DirectionalReport, double, DirectionalReport, DirectionalReport, double, RiskReport)
     */
    public Decision decide(int instrument, DirectionalReport indicator, double indicatorMomentum,
            DirectionalReport pattern, DirectionalReport trend, double trendSlope, RiskReport risk) {
        Decision d = decision;
        double momentum = indicatorMomentum > 0 ? Math.min(indicatorMomentum, 1.0)
                : indicatorMomentum < 0 ? Math.max(indicatorMomentum, -1.0) : 0.0;
        double slope = Double.isNaN(trendSlope) ? 0.0 : trendSlope;

        int iSign = indicator.direction().sign();
        int pSign = pattern.direction().sign();
        int tSign = trend.direction().sign();
        double iScore;
        int iSide;
        if (iSign != 0) {
            double along = iSign * momentum;
            double decayed = reportScore(indicator);
            iScore = along >= 0 ? Math.max(decayed, along) : Math.max(0.0, decayed + along);
            iSide = iSign;
        } else {
            iScore = Math.abs(momentum);
            iSide = momentum > 0 ? 1 : momentum < 0 ? -1 : 0;
        }
        double pScore = pSign != 0 ? reportScore(pattern) : 0.0;
        double tScore = tSign != 0 ? reportScore(trend) : 0.0;

        int views = Math.abs(iSign) + Math.abs(pSign) + Math.abs(tSign);
        int sum = iSign + pSign + tSign;
        int side;
        FusionStep ruleStep;
        double confidence;
        if (views >= 2 && Math.abs(sum) == views) {
            side = sum > 0 ? 1 : -1;
            ruleStep = FusionStep.AGREEMENT;
            confidence = ((iSign != 0 ? iScore : 0.0) + pScore + tScore) / 3.0;
        } else {
            double bestLong = Math.max(iSide > 0 ? iScore : 0.0,
                    Math.max(pSign > 0 ? pScore : 0.0, tSign > 0 ? tScore : 0.0));
            double bestShort = Math.max(iSide < 0 ? iScore : 0.0,
                    Math.max(pSign < 0 ? pScore : 0.0, tSign < 0 ? tScore : 0.0));
            double lead = bestLong - bestShort;
            if (Math.abs(lead) > parameters.margin()) {
                side = lead > 0 ? 1 : -1;
                ruleStep = FusionStep.MOMENTUM;
                confidence = Math.abs(lead);
            } else if (Math.abs(slope) > parameters.slopeDeadband()) {
                side = slope > 0 ? 1 : -1;
                ruleStep = FusionStep.TREND_SLOPE;
                confidence = Math.min(1.0, Math.abs(slope));
            } else if (parameters.mode() == FusionMode.BENCHMARK) {
                side = momentum < 0 ? -1 : 1;
                ruleStep = FusionStep.TIE_BREAK;
                confidence = 0.0;
            } else {
                side = 0;
                ruleStep = FusionStep.NO_SIGNAL;
                confidence = 0.0;
            }
        }

        long barTime = Math.max(indicator.barCloseTimeNanos(),
                Math.max(pattern.barCloseTimeNanos(), trend.barCloseTimeNanos()));
        if (parameters.mode() == FusionMode.RANDOM) {
            long draw = RandomDraw.hash(parameters.seed(), instrument, barTime);
            side = RandomDraw.side(draw);
            ruleStep = FusionStep.RANDOM;
            confidence = RandomDraw.strength(draw);
        }
        d.timeNanos = barTime;
        d.readings(indicator, direction(iSide), iScore, pattern, pattern.direction(), pScore,
                trend, trend.direction(), tScore);
        d.momentum = momentum;
        d.slope = slope;
        d.signal = direction(side);
        d.signalStep = ruleStep;
        d.confidence = confidence;
        d.recordRisk(risk);

        if (parameters.mode() == FusionMode.BENCHMARK || side == 0) {
            d.direction = d.signal;
            d.step = ruleStep;
        } else if (confidence < parameters.minConfidence()) {
            d.direction = Direction.NEUTRAL;
            d.step = FusionStep.LOW_CONFIDENCE;
        } else if (risk.vetoed()) {
            d.direction = Direction.NEUTRAL;
            d.step = FusionStep.VETO;
        } else {
            d.direction = d.signal;
            d.step = ruleStep;
        }
        d.recordLevels(risk);
        return d;
    }

    /** The reused decision (the last one made). */
    public Decision decision() {
        return decision;
    }

    private double reportScore(DirectionalReport report) {
        double strength = report.strength();
        double s = strength > 0 ? Math.min(strength, 1.0) : 0.0;
        int bars = report.barsSinceSignal();
        if (bars <= 0) {
            return s;
        }
        return s * Math.pow(0.5, bars / parameters.recencyHalfLifeBars());
    }

    private static Direction direction(int sign) {
        return sign > 0 ? Direction.LONG : sign < 0 ? Direction.SHORT : Direction.NEUTRAL;
    }
}
