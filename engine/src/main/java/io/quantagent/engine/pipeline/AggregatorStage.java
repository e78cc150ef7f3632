package io.quantagent.engine.pipeline;

import io.quantagent.agents.Direction;
import io.quantagent.agents.fusion.Decision;
import io.quantagent.agents.fusion.FusionParameters;
import io.quantagent.agents.fusion.FusionRule;
import io.quantagent.agents.risk.VetoReason;
import io.quantagent.agents.trend.TrendReport;
import io.quantagent.engine.feed.Instrument;
import java.util.List;

/**
 * Fuses the four reports of a bar close into a decision (the paper's rule, {@link FusionRule}) and draws the
 * order intent from it: a direction with the decision's entry, stop-loss and take-profit as fixed-point prices.
 * It decides only when every agent reported on this event. There is an intent only when the Risk agent does not
 * veto (in benchmark mode the decision keeps its direction under a veto, but nothing is entered) and the levels
 * exist. The aggregator does not size or check the order: that is the execution stage's job (it owns the
 * portfolio those depend on).
 *
 * <p>In random fusion mode (a baseline) the rule draws the direction from the seed, the instrument id and the
 * bar's close time; everything downstream is the same.
 *
 * <p>The trend's slope reaches the fusion rule in units of the Trend agent's sideways band, as in
 * {@link io.quantagent.agents.InstrumentAgents}.
 */
public final class AggregatorStage implements Stage {

    private final FusionRule fusion;
    private final double slopeUnit;
    private final BarValues values;
    private long decisions;

    /** An aggregator with these fusion settings; {@code sidewaysSlope} is the Trend agent's sideways band. */
    public AggregatorStage(FusionParameters parameters, double sidewaysSlope, List<Instrument> instruments) {
        this.fusion = new FusionRule(parameters);
        this.slopeUnit = sidewaysSlope > 0 ? sidewaysSlope : 1.0;
        this.values = new BarValues(instruments);
    }

    @Override
    public StageId id() {
        return StageId.AGGREGATOR;
    }

    @Override
    public void onEvent(MarketEvent event) {
        DecisionSection out = event.decision;
        out.clear();
        FaultSection faults = event.faults;
        if (!event.indicator.evaluated || !event.pattern.evaluated || !event.trend.evaluated
                || !event.risk.evaluated || !faults.ok(StageId.BARS) || !faults.ok(StageId.INDICATOR)
                || !faults.ok(StageId.PATTERN) || !faults.ok(StageId.TREND) || !faults.ok(StageId.RISK)) {
            return;
        }
        TrendReport trend = event.trend.report();
        double slope = trend.slope();
        Decision decision = fusion.decide(event.input.instrument, event.indicator.report(),
                event.indicator.report().momentum(), event.pattern, trend,
                Double.isFinite(slope) ? slope / slopeUnit : 0.0, event.risk.report());
        out.decide(decision);
        decisions++;
        Direction direction = decision.direction();
        double entry = decision.entry();
        double stop = decision.stop();
        double target = decision.target();
        if (direction != Direction.NEUTRAL && decision.veto() == VetoReason.NONE && entry > 0 && stop > 0 && target > 0
                && Double.isFinite(entry) && Double.isFinite(stop) && Double.isFinite(target)) {
            int instrument = event.input.instrument;
            out.intend(direction, values.fixedPrice(instrument, entry), values.fixedPrice(instrument, stop),
                    values.fixedPrice(instrument, target));
        }
    }

    /** How many decisions this stage made. */
    public long decisions() {
        return decisions;
    }
}
