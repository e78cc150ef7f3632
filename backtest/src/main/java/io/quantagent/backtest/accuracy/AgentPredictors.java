package io.quantagent.backtest.accuracy;

import io.quantagent.agents.Direction;
import io.quantagent.agents.InstrumentAgents;
import io.quantagent.agents.fusion.Decision;
import io.quantagent.agents.fusion.FusionMode;
import java.time.Duration;

/**
 * The engine's agents as predictors for the accuracy protocol. Each window gets fresh agents, shown its seen
 * bars one at a time; the call is the fused decision on the last seen bar (benchmark mode: always LONG or
 * SHORT), or one agent's own direction for the single-agent columns (NEUTRAL when it has no opinion).
 *
 * <p>The Trend agent fits its lines over all the bars it is shown, as the paper's does: its look-back is the
 * 46 seen bars here (the paper's 50 do not fit in the window it shows its agents).
 */
public final class AgentPredictors {
    private final InstrumentAgents.Parameters parameters;
    private final Duration barPeriod;

    /** Predictors with these parameters (the fusion is switched to benchmark mode) for bars of this period. */
    public AgentPredictors(InstrumentAgents.Parameters parameters, Duration barPeriod) {
        this.parameters = parameters.withFusion(parameters.fusion().withMode(FusionMode.BENCHMARK));
        this.barPeriod = barPeriod;
    }

    /** The fused decision of all four agents. */
    public DirectionPredictor fused() {
        return seen -> run(seen).decision().direction();
    }

    /** The Indicator agent alone. */
    public DirectionPredictor indicatorOnly() {
        return seen -> run(seen).indicatorReport().direction();
    }

    /** The Pattern agent alone. */
    public DirectionPredictor patternOnly() {
        return seen -> run(seen).patternReport().direction();
    }

    /** The Trend agent alone. */
    public DirectionPredictor trendOnly() {
        return seen -> run(seen).trendReport().direction();
    }

    /** Fresh agents shown every seen bar; returns them for reading. */
    public InstrumentAgents run(SeenBars seen) {
        InstrumentAgents agents = new InstrumentAgents(parameters, barPeriod);
        agents.account(1.0, 1.0, 0.0);
        Decision last = null;
        for (int i = 0; i < seen.size(); i++) {
            last = agents.onBar(seen.closeTimeNanos(i), seen.open(i), seen.high(i), seen.low(i), seen.close(i), seen.volume(i));
        }
        if (last == null) {
            throw new IllegalArgumentException("no bars to decide on");
        }
        return agents;
    }

    /** The call of the given predictor, for tests and explanations. */
    public static Direction call(DirectionPredictor predictor, BenchmarkWindow window) {
        return predictor.predict(AccuracyProtocol.seenBars(window));
    }
}
