package io.quantagent.engine.pipeline;

import io.quantagent.agents.risk.RiskAgent;
import io.quantagent.agents.risk.RiskParameters;
import io.quantagent.agents.risk.RiskReport;
import io.quantagent.engine.feed.Instrument;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Feeds each instrument's Risk agent every trade (price and data time) and every closed bar; on a bar close it
 * evaluates the agent at the event's time (after the closing trade, so the levels start from the latest price)
 * and copies the report into the slot.
 *
 * <p>Account figures: the agent is given the starting account once (equity = peak = starting cash, no
 * exposure) and keeps it. The live account belongs to the execution stage's thread; handing it across threads
 * would make decisions depend on how far that thread has got, and so break determinism. The Risk agent
 * therefore vetoes on the market (warm-up, stale data, no range, volatility) and the execution stage applies
 * the account-based rules with the live portfolio: size from its equity, the maximum drawdown and exposure,
 * and the pre-trade limits.
 *
 * <p>A {@link InputKind#FEED_STATUS} input tells the instrument's agent whether its live feed is current: while
 * it is stale the agent vetoes new entries ({@code STALE_DATA}), decided at the event times of the journal so a
 * replay vetoes the same bars.
 */
public final class RiskStage implements Stage {

    private final RiskAgent[] agents;
    private final BarValues values;

    /**
     * One agent per instrument.
     *
     * @param parameters the parameters of each instrument's agent (by id)
     * @param startingEquity the account's starting cash, in currency units
     */
    public RiskStage(IntFunction<RiskParameters> parameters, List<Instrument> instruments, double startingEquity) {
        values = new BarValues(instruments);
        agents = new RiskAgent[instruments.size()];
        for (int i = 0; i < agents.length; i++) {
            agents[i] = new RiskAgent(parameters.apply(i));
            agents[i].account(startingEquity, startingEquity, 0.0);
        }
    }

    @Override
    public StageId id() {
        return StageId.RISK;
    }

    @Override
    public void onEvent(MarketEvent event) {
        RiskSection section = event.risk;
        section.evaluated = false;
        InputSection in = event.input;
        int instrument = in.instrument;
        RiskAgent agent = agents[instrument];
        if (in.kind == InputKind.FEED_STATUS) {
            agent.feedStale(in.feedState == InputKind.FEED_STALE);
            return;
        }
        BarSection bars = event.bars;
        boolean closed = bars.count() > 0 && event.faults.ok(StageId.BARS);
        if (closed) {
            for (int b = 0; b < bars.count(); b++) {
                agent.onBar(bars.closeTimeNanos(b), values.price(instrument, bars.open(b)),
                        values.price(instrument, bars.high(b)), values.price(instrument, bars.low(b)),
                        values.price(instrument, bars.close(b)), values.quantity(instrument, bars.volume(b)));
            }
        }
        if (in.kind == InputKind.TRADE) {
            agent.onTick(in.timeNanos, values.price(instrument, in.price));
        }
        if (closed) {
            RiskReport report = agent.evaluate(in.timeNanos);
            section.set(report);
        }
    }
}
