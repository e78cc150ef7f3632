package io.quantagent.engine.pipeline;

import io.quantagent.agents.trend.TrendReport;

/** The Trend agent's output on this event (written by the trend stage only). */
public final class TrendSection {

    private final TrendReport report = new TrendReport();
    boolean evaluated;

    void set(TrendReport latest) {
        report.copyFrom(latest);
        evaluated = true;
    }

    /** Whether the agent evaluated a bar on this event (the report is valid only then). */
    public boolean evaluated() {
        return evaluated;
    }

    /** The agent's report after the bars of this event (a copy owned by the slot). */
    public TrendReport report() {
        return report;
    }
}
