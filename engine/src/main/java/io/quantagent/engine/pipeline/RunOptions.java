package io.quantagent.engine.pipeline;

/**
 * How an engine is started, beyond its configuration.
 *
 * @param cores the cores {@code auto} topology and wait strategy are chosen for (the machine's, by default)
 * @param decorator wraps each stage (a test hook or a measuring point); {@link StageDecorator#NONE} by default
 */
public record RunOptions(int cores, StageDecorator decorator) {

    public RunOptions {
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be at least 1, was " + cores);
        }
        if (decorator == null) {
            throw new IllegalArgumentException("decorator must not be null (use StageDecorator.NONE)");
        }
    }

    /** This machine's cores, no decoration. */
    public static RunOptions defaults() {
        return new RunOptions(Runtime.getRuntime().availableProcessors(), StageDecorator.NONE);
    }

    /** These options with every stage wrapped by {@code newDecorator}. */
    public RunOptions withDecorator(StageDecorator newDecorator) {
        return new RunOptions(cores, newDecorator);
    }

    /** These options for a machine of {@code newCores} cores. */
    public RunOptions withCores(int newCores) {
        return new RunOptions(newCores, decorator);
    }
}
