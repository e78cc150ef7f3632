package io.quantagent.engine.feed;

import java.io.IOException;
import java.util.List;

/** A source of market events: a data file, several merged, a synthetic generator, a journal being replayed. */
public interface Feed {

    /** The instruments this feed produces events for; event instrument ids index this list. */
    List<Instrument> instruments();

    /**
     * Pushes every event into the sink, in event-time order, and returns when the data ends.
     *
     * @throws IOException when the source cannot be read
     * @throws io.quantagent.engine.data.BadRowException on a bad row under the fail policy (names file and line)
     */
    void run(FeedSink sink) throws IOException;
}
