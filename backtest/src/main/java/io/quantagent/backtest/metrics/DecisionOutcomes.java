package io.quantagent.backtest.metrics;

import io.quantagent.agents.Direction;
import java.util.ArrayList;
import java.util.List;

/**
 * What the market did after each decision of a run, and how the decisions and the agents' views compare with it.
 *
 * <p>The outcome of a decision is the sign of {@code close[i + N] - close[i]}, where bar {@code i} is the last bar
 * of the decision's instrument that had closed at the decision's time and N is the horizon; it is unknown when
 * there is no such bar or the run ends before bar {@code i + N}. A direction matches the outcome when its sign is
 * the outcome's sign, so an unchanged close matches neither LONG nor SHORT (as in the paper's accuracy protocol).
 */
public final class DecisionOutcomes {

    private static final int UNKNOWN = Integer.MIN_VALUE;

    private final List<DecisionRecord> decisions;
    private final int[] outcomes;

    private DecisionOutcomes(List<DecisionRecord> decisions, int[] outcomes) {
        this.decisions = decisions;
        this.outcomes = outcomes;
    }

    /** The outcomes of the run's decisions over {@code horizonBars} bars. */
    public static DecisionOutcomes of(RunData run, int horizonBars) {
        if (horizonBars < 1) {
            throw new IllegalArgumentException("horizonBars must be at least 1, was " + horizonBars);
        }
        List<DecisionRecord> decisions = run.decisions();
        int[] outcomes = new int[decisions.size()];
        for (int d = 0; d < outcomes.length; d++) {
            DecisionRecord decision = decisions.get(d);
            InstrumentBars bars = run.bars(decision.instrument());
            int i = bars.indexAtOrBefore(decision.timeNanos());
            if (i < 0 || i + horizonBars >= bars.size()) {
                outcomes[d] = UNKNOWN;
            } else {
                double change = bars.bars().get(i + horizonBars).close() - bars.bars().get(i).close();
                outcomes[d] = (int) Math.signum(change);
            }
        }
        return new DecisionOutcomes(decisions, outcomes);
    }

    /** Number of decisions. */
    public int size() {
        return outcomes.length;
    }

    /** True if the outcome of decision {@code index} (in the run's order) is known. */
    public boolean known(int index) {
        return outcomes[index] != UNKNOWN;
    }

    /**
     * The outcome of decision {@code index}: +1 if the close rose, -1 if it fell, 0 if unchanged.
     *
     * @throws IllegalStateException if it is unknown (see {@link #known})
     */
    public int outcomeSign(int index) {
        if (!known(index)) {
            throw new IllegalStateException("the outcome of decision " + index + " is unknown (the run ends before its horizon)");
        }
        return outcomes[index];
    }

    /** LONG or SHORT decisions whose outcome is known. */
    public int scored() {
        int scored = 0;
        for (int d = 0; d < outcomes.length; d++) {
            if (decisions.get(d).decision() != Direction.NEUTRAL && known(d)) {
                scored++;
            }
        }
        return scored;
    }

    /** Scored decisions whose direction matched the outcome. */
    public int correct() {
        int correct = 0;
        for (int d = 0; d < outcomes.length; d++) {
            if (matches(decisions.get(d).decision(), d)) {
                correct++;
            }
        }
        return correct;
    }

    /** Correct over scored decisions; NaN if none was scored. */
    public double accuracy() {
        return (double) correct() / scored();
    }

    /** How each directional agent's views related to the decisions and the outcomes. */
    public List<AgentAttribution> attribution() {
        List<AgentAttribution> rows = new ArrayList<>();
        for (DecisionRecord.Agent agent : DecisionRecord.Agent.values()) {
            int views = 0;
            int decided = 0;
            int agreedWithDecision = 0;
            int scoredViews = 0;
            int agreedWithOutcome = 0;
            for (int d = 0; d < outcomes.length; d++) {
                DecisionRecord decision = decisions.get(d);
                Direction view = decision.view(agent);
                if (decision.decision() != Direction.NEUTRAL) {
                    decided++;
                    if (view == decision.decision()) {
                        agreedWithDecision++;
                    }
                }
                if (view != Direction.NEUTRAL) {
                    views++;
                    if (known(d)) {
                        scoredViews++;
                        if (matches(view, d)) {
                            agreedWithOutcome++;
                        }
                    }
                }
            }
            rows.add(new AgentAttribution(agent, outcomes.length, views, decided, agreedWithDecision, scoredViews,
                    agreedWithOutcome));
        }
        return List.copyOf(rows);
    }

    private boolean matches(Direction direction, int index) {
        return direction != Direction.NEUTRAL && known(index) && outcomes[index] == direction.sign();
    }
}
