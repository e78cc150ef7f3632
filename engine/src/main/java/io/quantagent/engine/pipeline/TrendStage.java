package io.quantagent.engine.pipeline;

import io.quantagent.agents.trend.TrendAgent;
import io.quantagent.agents.trend.TrendParameters;
import io.quantagent.agents.trend.TrendReport;
import io.quantagent.engine.feed.Instrument;
import java.util.List;

/** Runs each instrument's Trend agent on the bars closed on an event and copies its report into the slot. */
public final class TrendStage implements Stage {

    private final TrendAgent[] agents;
    private final BarValues values;

    /** One agent per instrument. */
    public TrendStage(TrendParameters parameters, List<Instrument> instruments) {
        values = new BarValues(instruments);
        agents = new TrendAgent[instruments.size()];
        for (int i = 0; i < agents.length; i++) {
            agents[i] = new TrendAgent(parameters);
        }
    }

    @Override
    public StageId id() {
        return StageId.TREND;
    }

    @Override
    public void onEvent(MarketEvent event) {
        TrendSection section = event.trend;
        section.evaluated = false;
        BarSection bars = event.bars;
        if (bars.count() == 0 || !event.faults.ok(StageId.BARS)) {
            return;
        }
        int instrument = event.input.instrument;
        TrendAgent agent = agents[instrument];
        TrendReport report = null;
        for (int b = 0; b < bars.count(); b++) {
            report = agent.onBar(bars.closeTimeNanos(b), values.price(instrument, bars.open(b)),
                    values.price(instrument, bars.high(b)), values.price(instrument, bars.low(b)),
                    values.price(instrument, bars.close(b)), values.quantity(instrument, bars.volume(b)));
        }
        section.set(report);
    }
}
