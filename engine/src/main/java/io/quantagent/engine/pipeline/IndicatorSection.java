package io.quantagent.engine.pipeline;

import io.quantagent.agents.indicator.IndicatorReport;

/** The Indicator agent's output on this event (written by the indicator stage only). */
public final class IndicatorSection {

    private final IndicatorReport report = new IndicatorReport();
    boolean evaluated;

    void set(IndicatorReport latest) {
        report.copyFrom(latest);
        evaluated = true;
    }

    /** Whether the agent evaluated a bar on this event (the report is valid only then). */
    public boolean evaluated() {
        return evaluated;
    }

    /** The agent's report after the bars of this event (a copy owned by the slot). */
    public IndicatorReport report() {
        return report;
    }
}
