package io.quantagent.engine.pipeline;

/**
 * Wraps the stages of a pipeline as it is built: a test hook (a stage rigged to throw on one instrument) and a
 * measuring point (timings around a stage). The identity keeps every stage as it is.
 */
@FunctionalInterface
public interface StageDecorator {

    /** Keeps every stage as it is. */
    StageDecorator NONE = stage -> stage;

    /** The stage to run in place of {@code stage} (the same one, or one that delegates to it). */
    Stage decorate(Stage stage);
}
