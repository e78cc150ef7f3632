package io.quantagent.engine.pipeline;

/**
 * One pre-allocated, reused slot of the ring buffer: the input, then one section per stage, each written by
 * exactly one stage and read only by the stages after it. Nothing in a slot is allocated per event.
 */
public final class MarketEvent {

    final InputSection input = new InputSection();
    final BarSection bars = new BarSection();
    final IndicatorSection indicator = new IndicatorSection();
    final PatternSection pattern = new PatternSection();
    final TrendSection trend = new TrendSection();
    final RiskSection risk = new RiskSection();
    final DecisionSection decision = new DecisionSection();
    final ExecutionSection execution = new ExecutionSection();
    final FaultSection faults = new FaultSection();

    /** The input (written by the producer). */
    public InputSection input() {
        return input;
    }

    /** The bars closed on this event (bar stage). */
    public BarSection bars() {
        return bars;
    }

    /** The Indicator agent's report (indicator stage). */
    public IndicatorSection indicator() {
        return indicator;
    }

    /** The Pattern agent's readings (pattern stage). */
    public PatternSection pattern() {
        return pattern;
    }

    /** The Trend agent's report (trend stage). */
    public TrendSection trend() {
        return trend;
    }

    /** The Risk agent's report (risk stage). */
    public RiskSection risk() {
        return risk;
    }

    /** The fused decision and order intent (aggregator stage). */
    public DecisionSection decision() {
        return decision;
    }

    /** What the broker did (execution stage). */
    public ExecutionSection execution() {
        return execution;
    }

    /** Which stages failed (each stage's guard). */
    public FaultSection faults() {
        return faults;
    }
}
