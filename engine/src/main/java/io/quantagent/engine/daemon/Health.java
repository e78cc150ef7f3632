package io.quantagent.engine.daemon;

import java.util.List;

/**
 * The daemon's health as {@code /health} reports it.
 *
 * @param healthy true only while every feed is live and the pipeline moves
 * @param problems why not, one line each (empty when healthy)
 */
public record Health(boolean healthy, List<String> problems) {

    public Health {
        problems = List.copyOf(problems);
    }
}
