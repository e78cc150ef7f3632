package io.quantagent.engine.pipeline;

import io.quantagent.agents.risk.RiskParameters;
import io.quantagent.agents.risk.RiskReport;

/** The Risk agent's output on this event (written by the risk stage only). */
public final class RiskSection {

    private final RiskReport report = new RiskReport(RiskParameters.defaults());
    boolean evaluated;

    void set(RiskReport latest) {
        report.copyFrom(latest);
        evaluated = true;
    }

    /** Whether the agent evaluated its report on this event (on a bar close; the report is valid only then). */
    public boolean evaluated() {
        return evaluated;
    }

    /** The agent's report, evaluated at this event's time (a copy owned by the slot). */
    public RiskReport report() {
        return report;
    }
}
