package io.quantagent.backtest.accuracy;

import io.quantagent.agents.Direction;

/** Calls the direction of the next bars from the bars seen so far; NEUTRAL means "no opinion". */
@FunctionalInterface
public interface DirectionPredictor {

    /** The call for the bars after {@code seen}; must depend on nothing else that changes between windows. */
    Direction predict(SeenBars seen);
}
