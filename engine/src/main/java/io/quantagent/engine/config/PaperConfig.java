package io.quantagent.engine.config;

import java.util.List;

/**
 * The paper-trading daemon (section {@code paper}).
 *
 * @param http the HTTP endpoint ({@code paper.http})
 * @param replay replay speed and looping ({@code paper.replay})
 * @param feeds where market data comes from; default one {@code replay} feed of the {@code data} inputs
 */
public record PaperConfig(HttpConfig http, ReplayConfig replay, List<FeedConfig> feeds) {

    private static final PaperConfig DEFAULTS =
            new PaperConfig(HttpConfig.defaults(), ReplayConfig.defaults(), List.of(FeedConfig.replay()));

    public PaperConfig {
        Checks checks = new Checks();
        checks.present("http", http);
        checks.present("replay", replay);
        if (checks.present("feeds", feeds)) {
            for (int i = 0; i < feeds.size(); i++) {
                checks.present("feeds[" + i + "]", feeds.get(i));
            }
            checks.require(!feeds.isEmpty(), "feeds", "needs at least one feed, such as '- kind: replay'");
        }
        checks.done();
        feeds = List.copyOf(feeds);
    }

    /** Loopback HTTP on 8080, a replay of the data inputs at 60 times real time. */
    public static PaperConfig defaults() {
        return DEFAULTS;
    }
}
