package io.quantagent.engine.config;

/**
 * How the paper daemon replays a recording (section {@code paper.replay}).
 *
 * @param speed event time runs this many times faster than the wall clock, greater than 0 and at most
 *     1000000; default 60 (an hour of data a minute)
 * @param loop start again from the beginning at the end of the data; default false
 */
public record ReplayConfig(double speed, boolean loop) {

    private static final ReplayConfig DEFAULTS = new ReplayConfig(60, false);

    public ReplayConfig {
        new Checks().aboveAtMost("speed", speed, 0, 1_000_000).done();
    }

    /** 60 times real time, once. */
    public static ReplayConfig defaults() {
        return DEFAULTS;
    }
}
