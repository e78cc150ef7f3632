package io.quantagent.backtest.metrics;

/**
 * How one agent's directional views related to the fused decisions and to what the market did next.
 *
 * @param agent the agent
 * @param decisions decision records in the run
 * @param views records in which the agent had a view (LONG or SHORT)
 * @param decided records whose fused decision was LONG or SHORT
 * @param agreedWithDecision of those, records where the agent's view was the decision
 * @param scoredViews records in which the agent had a view and the outcome N bars later is known
 * @param agreedWithOutcome of those, records where the view matched the sign of the close change
 */
public record AgentAttribution(
        DecisionRecord.Agent agent,
        int decisions,
        int views,
        int decided,
        int agreedWithDecision,
        int scoredViews,
        int agreedWithOutcome) {

    /** Share of the records in which the agent had a view; NaN without records. */
    public double coverage() {
        return (double) views / decisions;
    }

    /** Share of the LONG or SHORT decisions that the agent's view agreed with; NaN without such decisions. */
    public double decisionAgreement() {
        return (double) agreedWithDecision / decided;
    }

    /** Share of the agent's scored views that matched the outcome; NaN without scored views. */
    public double outcomeAgreement() {
        return (double) agreedWithOutcome / scoredViews;
    }
}
