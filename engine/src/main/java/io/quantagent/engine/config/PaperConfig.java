package io.quantagent.engine.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Duration;
import java.util.List;

/**
 * The paper-trading daemon (section {@code paper}).
 *
 * @param http the HTTP endpoint ({@code paper.http})
 * @param replay replay speed and looping ({@code paper.replay})
 * @param feeds where market data comes from; default one {@code replay} feed of the {@code data} inputs; at most
 *     one {@code replay} feed
 * @param stallAfter the daemon reports itself unhealthy when events wait in the pipeline and none has passed it
 *     for this long; 100 ms to 1 h, default 10 s
 */
public record PaperConfig(HttpConfig http, ReplayConfig replay, List<FeedConfig> feeds, Duration stallAfter) {

    private static final Duration STALL_AFTER = Duration.ofSeconds(10);
    private static final PaperConfig DEFAULTS =
            new PaperConfig(HttpConfig.defaults(), ReplayConfig.defaults(), List.of(FeedConfig.replay()), STALL_AFTER);

    @JsonCreator
    public PaperConfig {
        Checks checks = new Checks();
        checks.present("http", http);
        checks.present("replay", replay);
        if (checks.present("feeds", feeds)) {
            for (int i = 0; i < feeds.size(); i++) {
                checks.present("feeds[" + i + "]", feeds.get(i));
            }
            checks.require(!feeds.isEmpty(), "feeds", "needs at least one feed, such as '- kind: replay'");
            checks.require(feeds.stream().filter(f -> f != null && f.kind() == FeedConfig.Kind.REPLAY).count() <= 1,
                    "feeds", "at most one replay feed (it plays every data input, or the instruments in its symbols)");
        }
        checks.between("stallAfter", stallAfter, Duration.ofMillis(100), Duration.ofHours(1));
        checks.done();
        feeds = List.copyOf(feeds);
    }

    /** These settings with the default {@code stallAfter} (10 s). */
    public PaperConfig(HttpConfig http, ReplayConfig replay, List<FeedConfig> feeds) {
        this(http, replay, feeds, STALL_AFTER);
    }

    /** Loopback HTTP on 8080, a replay of the data inputs at 60 times real time. */
    public static PaperConfig defaults() {
        return DEFAULTS;
    }
}
