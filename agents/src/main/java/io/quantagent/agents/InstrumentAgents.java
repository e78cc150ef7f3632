package io.quantagent.agents;

import io.quantagent.agents.fusion.Decision;
import io.quantagent.agents.fusion.FusionParameters;
import io.quantagent.agents.fusion.FusionRule;
import io.quantagent.agents.indicator.IndicatorAgent;
import io.quantagent.agents.indicator.IndicatorParameters;
import io.quantagent.agents.indicator.IndicatorReport;
import io.quantagent.agents.pattern.PatternAgent;
import io.quantagent.agents.pattern.PatternParameters;
import io.quantagent.agents.pattern.PatternReport;
import io.quantagent.agents.risk.RiskAgent;
import io.quantagent.agents.risk.RiskParameters;
import io.quantagent.agents.risk.RiskReport;
import io.quantagent.agents.trend.TrendAgent;
import io.quantagent.agents.trend.TrendParameters;
import io.quantagent.agents.trend.TrendReport;
import java.time.Duration;

/**
 * The four agents and the fusion rule of one instrument, evaluated one after another on one thread: the
 * sequential topology's unit of work, and the whole decision of the accuracy protocol.
 *
 * <p>Each closed bar goes to the Indicator, Pattern, Trend and Risk agents in turn; the fusion rule then
 * decides from their reports. The trend's slope reaches the fusion rule in units of the Trend agent's
 * sideways band ({@code slope / sidewaysSlope}), so that 1 means "just beyond sideways" whatever the time
 * frame; the fusion's slope-step confidence is {@code min(1, |that|)}.
 */
public final class InstrumentAgents {

    /** Everything the agents and the fusion rule are configured with. */
    public record Parameters(
            IndicatorParameters indicator,
            PatternParameters pattern,
            TrendParameters trend,
            RiskParameters risk,
            FusionParameters fusion) {

        /** The paper's parameters in trading mode. */
        public static Parameters defaults() {
            return new Parameters(IndicatorParameters.defaults(), PatternParameters.defaults(),
                    TrendParameters.defaults(), RiskParameters.defaults(), FusionParameters.defaults());
        }

        /** These parameters with another fusion configuration. */
        public Parameters withFusion(FusionParameters newFusion) {
            return new Parameters(indicator, pattern, trend, risk, newFusion);
        }

        /** These parameters with another trend configuration. */
        public Parameters withTrend(TrendParameters newTrend) {
            return new Parameters(indicator, pattern, newTrend, risk, fusion);
        }
    }

    private final Parameters parameters;
    private final IndicatorAgent indicator;
    private final PatternAgent pattern;
    private final TrendAgent trend;
    private final RiskAgent risk;
    private final FusionRule fusion;
    private final double slopeUnit;

    /** Fresh agents for bars of the given period. */
    public InstrumentAgents(Parameters parameters, Duration barPeriod) {
        this.parameters = parameters;
        this.indicator = new IndicatorAgent(parameters.indicator(), barPeriod);
        this.pattern = new PatternAgent(parameters.pattern());
        this.trend = new TrendAgent(parameters.trend());
        this.risk = new RiskAgent(parameters.risk());
        this.fusion = new FusionRule(parameters.fusion());
        double sideways = parameters.trend().sidewaysSlope();
        this.slopeUnit = sideways > 0 ? sideways : 1.0;
    }

    /** The configuration these agents run with. */
    public Parameters parameters() {
        return parameters;
    }

    /** Shows a closed bar to every agent and returns the fused decision (reused: copy it to keep it). */
    public Decision onBar(long closeTimeNanos, double open, double high, double low, double close, double volume) {
        IndicatorReport i = indicator.onBar(closeTimeNanos, open, high, low, close, volume);
        PatternReport p = pattern.onBar(closeTimeNanos, open, high, low, close, volume);
        TrendReport t = trend.onBar(closeTimeNanos, open, high, low, close, volume);
        RiskReport r = risk.onBar(closeTimeNanos, open, high, low, close, volume);
        return fusion.decide(i, i.momentum(), p, t, trendSlopeForFusion(t), r);
    }

    /** Hands the Risk agent the account figures (see {@link RiskAgent#account}). */
    public void account(double equity, double peakEquity, double exposure) {
        risk.account(equity, peakEquity, exposure);
    }

    /** Marks a trade for the Risk agent (staleness, reference price); does not evaluate. */
    public void onTick(long timeNanos, double price) {
        risk.onTick(timeNanos, price);
    }

    /** The trend slope in units of the sideways band; 0 before the Trend agent has a reading. */
    double trendSlopeForFusion(TrendReport t) {
        double s = t.slope();
        return Double.isFinite(s) ? s / slopeUnit : 0.0;
    }

    /** The Indicator agent's latest report. */
    public IndicatorReport indicatorReport() {
        return indicator.report();
    }

    /** The Pattern agent's latest report. */
    public PatternReport patternReport() {
        return pattern.report();
    }

    /** The Trend agent's latest report. */
    public TrendReport trendReport() {
        return trend.report();
    }

    /** The Risk agent's latest report. */
    public RiskReport riskReport() {
        return risk.report();
    }

    /** The latest decision. */
    public Decision decision() {
        return fusion.decision();
    }
}
