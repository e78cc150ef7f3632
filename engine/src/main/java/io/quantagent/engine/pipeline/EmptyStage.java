package io.quantagent.engine.pipeline;

/**
 * A stage that does nothing but stand in a stage's place: the latency benchmark's floor is a pipeline of these,
 * the same shape as the real one, measuring what the transport costs with no work.
 */
public final class EmptyStage implements Stage {

    private final StageId id;

    private EmptyStage(StageId id) {
        this.id = id;
    }

    /** The eight stages of an empty pipeline, each with its real stage's id. */
    public static PipelineStages pipeline() {
        return new PipelineStages(new EmptyStage(StageId.BARS), new EmptyStage(StageId.INDICATOR),
                new EmptyStage(StageId.PATTERN), new EmptyStage(StageId.TREND), new EmptyStage(StageId.RISK),
                new EmptyStage(StageId.AGGREGATOR), new EmptyStage(StageId.EXECUTION),
                new EmptyStage(StageId.JOURNAL));
    }

    @Override
    public StageId id() {
        return id;
    }

    @Override
    public void onEvent(MarketEvent event) {
        // no work: this stage only occupies its place in the pipeline's shape
    }
}
