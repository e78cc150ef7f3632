package io.quantagent.engine.pipeline;

/** The pipeline cannot go on: a stage that must not fail (the journal) failed, or the pipeline was misused. */
public final class PipelineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with its cause. */
    public PipelineException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure. */
    public PipelineException(String message) {
        super(message);
    }
}
