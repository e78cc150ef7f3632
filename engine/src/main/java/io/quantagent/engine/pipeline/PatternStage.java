package io.quantagent.engine.pipeline;

import io.quantagent.agents.pattern.PatternAgent;
import io.quantagent.agents.pattern.PatternParameters;
import io.quantagent.agents.pattern.PatternReport;
import io.quantagent.engine.feed.Instrument;
import java.util.List;

/** Runs each instrument's Pattern agent on the bars closed on an event and copies its readings into the slot. */
public final class PatternStage implements Stage {

    private final PatternAgent[] agents;
    private final BarValues values;

    /** One agent per instrument. */
    public PatternStage(PatternParameters parameters, List<Instrument> instruments) {
        values = new BarValues(instruments);
        agents = new PatternAgent[instruments.size()];
        for (int i = 0; i < agents.length; i++) {
            agents[i] = new PatternAgent(parameters);
        }
    }

    @Override
    public StageId id() {
        return StageId.PATTERN;
    }

    @Override
    public void onEvent(MarketEvent event) {
        PatternSection section = event.pattern;
        section.evaluated = false;
        BarSection bars = event.bars;
        if (bars.count() == 0 || !event.faults.ok(StageId.BARS)) {
            return;
        }
        int instrument = event.input.instrument;
        PatternAgent agent = agents[instrument];
        PatternReport report = null;
        for (int b = 0; b < bars.count(); b++) {
            report = agent.onBar(bars.closeTimeNanos(b), values.price(instrument, bars.open(b)),
                    values.price(instrument, bars.high(b)), values.price(instrument, bars.low(b)),
                    values.price(instrument, bars.close(b)), values.quantity(instrument, bars.volume(b)));
        }
        section.set(report);
    }
}
