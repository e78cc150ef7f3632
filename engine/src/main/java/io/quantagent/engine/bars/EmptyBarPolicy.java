package io.quantagent.engine.bars;

/** What to emit for an interval of the grid in which nothing traded. */
public enum EmptyBarPolicy {

    /** Emit nothing: the bar stream has a gap where nothing traded. */
    SKIP,

    /**
     * Emit a flat bar (open = high = low = close = the previous bar's close, volume 0, trade count 0) for each
     * empty interval once the clock has passed its end. Nothing before the first trade (there is no previous
     * close), and {@code flush()} adds none after the last bar.
     */
    FLAT
}
