package io.quantagent.engine.pipeline;

import io.quantagent.agents.indicator.IndicatorAgent;
import io.quantagent.agents.indicator.IndicatorParameters;
import io.quantagent.agents.indicator.IndicatorReport;
import io.quantagent.engine.feed.Instrument;
import java.time.Duration;
import java.util.List;

/** Runs each instrument's Indicator agent on the bars closed on an event and copies its report into the slot. */
public final class IndicatorStage implements Stage {

    private final IndicatorAgent[] agents;
    private final BarValues values;

    /** One agent per instrument, for bars of {@code barPeriod}. */
    public IndicatorStage(IndicatorParameters parameters, Duration barPeriod, List<Instrument> instruments) {
        values = new BarValues(instruments);
        agents = new IndicatorAgent[instruments.size()];
        for (int i = 0; i < agents.length; i++) {
            agents[i] = new IndicatorAgent(parameters, barPeriod);
        }
    }

    @Override
    public StageId id() {
        return StageId.INDICATOR;
    }

    @Override
    public void onEvent(MarketEvent event) {
        IndicatorSection section = event.indicator;
        section.evaluated = false;
        BarSection bars = event.bars;
        if (bars.count() == 0 || !event.faults.ok(StageId.BARS)) {
            return;
        }
        int instrument = event.input.instrument;
        IndicatorAgent agent = agents[instrument];
        IndicatorReport report = null;
        for (int b = 0; b < bars.count(); b++) {
            report = agent.onBar(bars.closeTimeNanos(b), values.price(instrument, bars.open(b)),
                    values.price(instrument, bars.high(b)), values.price(instrument, bars.low(b)),
                    values.price(instrument, bars.close(b)), values.quantity(instrument, bars.volume(b)));
        }
        section.set(report);
    }
}
