package io.quantagent.engine.pipeline;

import java.util.List;

/**
 * The eight stages of a pipeline, in the order an event passes them.
 *
 * @param bars ticks to bars
 * @param indicator the Indicator agent
 * @param pattern the Pattern agent
 * @param trend the Trend agent
 * @param risk the Risk agent
 * @param aggregator fusion and the order intent
 * @param execution the paper broker and the portfolio
 * @param journal the journal (the last stage; its failures are fatal)
 */
public record PipelineStages(Stage bars, Stage indicator, Stage pattern, Stage trend, Stage risk, Stage aggregator,
        Stage execution, Stage journal) {

    /** Every stage, in order. */
    public List<Stage> all() {
        return List.of(bars, indicator, pattern, trend, risk, aggregator, execution, journal);
    }

    /** These stages, each replaced by what the decorator makes of it. */
    public PipelineStages decorated(StageDecorator decorator) {
        return new PipelineStages(decorator.decorate(bars), decorator.decorate(indicator), decorator.decorate(pattern),
                decorator.decorate(trend), decorator.decorate(risk), decorator.decorate(aggregator),
                decorator.decorate(execution), decorator.decorate(journal));
    }
}
