package io.quantagent.engine.data;

import java.util.List;
import java.util.Map;

/**
 * What a {@link MarketDataReader} did with a file.
 *
 * @param file the file as the reader was given it
 * @param format the file's format (given or detected)
 * @param rows data rows seen (the header and trailing blank lines excluded): {@code accepted + rejected}
 * @param accepted rows delivered to the handler
 * @param rejected rows rejected (each one reported)
 * @param rejectedByProblem how many rows were rejected for each kind of problem (kinds with none are absent)
 * @param problems the first rejection messages, {@code file:line: reason}, up to the options' limit
 * @param firstTimeNanos time of the first accepted row (epoch nanoseconds), {@link Long#MIN_VALUE} if none
 * @param lastTimeNanos time of the last accepted row (epoch nanoseconds), {@link Long#MIN_VALUE} if none
 */
public record ReadSummary(
        String file,
        MarketDataFormat format,
        long rows,
        long accepted,
        long rejected,
        Map<RowProblem, Long> rejectedByProblem,
        List<String> problems,
        long firstTimeNanos,
        long lastTimeNanos) {

    public ReadSummary {
        rejectedByProblem = Map.copyOf(rejectedByProblem);
        problems = List.copyOf(problems);
    }

    /** How many rows were rejected for the given kind of problem. */
    public long rejected(RowProblem problem) {
        return rejectedByProblem.getOrDefault(problem, 0L);
    }

    /** Rejection messages not kept in {@link #problems()}. */
    public long problemsNotShown() {
        return rejected - problems.size();
    }
}
