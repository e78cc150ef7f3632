package io.quantagent.agents.indicator;

/** Where a bounded oscillator (RSI, Stochastic, Williams %R) stands against its thresholds. */
public enum OscillatorZone {
    /** Above the upper threshold: read as stretched upwards, so bearish. */
    OVERBOUGHT(-1),
    /** Between the thresholds, or no reading yet. */
    NEUTRAL(0),
    /** Below the lower threshold: read as stretched downwards, so bullish. */
    OVERSOLD(1);

    private final int vote;

    OscillatorZone(int vote) {
        this.vote = vote;
    }

    /** The zone's mean-reversion vote: +1 oversold (bullish), -1 overbought (bearish), 0 neutral. */
    public int vote() {
        return vote;
    }

    /** The zone of {@code value}: strictly above {@code overbought}, strictly below {@code oversold}; NaN is neutral. */
    static OscillatorZone of(double value, double oversold, double overbought) {
        return value > overbought ? OVERBOUGHT : value < oversold ? OVERSOLD : NEUTRAL;
    }
}
