package io.quantagent.backtest.metrics;

/** Why a trade was closed. */
public enum ExitReason {
    /** The protective stop was hit. */
    STOP,
    /** The take-profit target was hit. */
    TARGET,
    /** An opposite or flat decision closed it. */
    SIGNAL,
    /** The run ended with it open; it was closed at the last price. */
    END
}
