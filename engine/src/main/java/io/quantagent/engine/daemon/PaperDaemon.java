package io.quantagent.engine.daemon;

import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.ConfigProblem;
import io.quantagent.engine.config.DataInput;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.FeedConfig;
import io.quantagent.engine.data.Scales;
import io.quantagent.engine.feed.FeedSink;
import io.quantagent.engine.feed.FileFeed;
import io.quantagent.engine.feed.Instrument;
import io.quantagent.engine.feed.ReplayFeed;
import io.quantagent.engine.feed.live.LiveExchange;
import io.quantagent.engine.feed.live.LiveFeed;
import io.quantagent.engine.feed.live.LiveFeedState;
import io.quantagent.engine.feed.live.LiveInstrument;
import io.quantagent.engine.journal.FolderLock;
import io.quantagent.engine.journal.JournalFeed;
import io.quantagent.engine.journal.JournalFiles;
import io.quantagent.engine.journal.JournalMismatchException;
import io.quantagent.engine.pipeline.BrokerSettings;
import io.quantagent.engine.pipeline.Engine;
import io.quantagent.engine.pipeline.InputKind;
import io.quantagent.engine.pipeline.PipelineException;
import io.quantagent.engine.pipeline.Publisher;
import io.quantagent.engine.pipeline.RunOptions;
import io.quantagent.engine.pipeline.RunSummary;
import io.quantagent.engine.portfolio.Money;
import io.quantagent.engine.portfolio.PortfolioSnapshot;
import io.quantagent.engine.portfolio.PositionSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.agrona.ErrorHandler;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.CompositeAgent;
import org.agrona.concurrent.SleepingMillisIdleStrategy;
import org.agrona.concurrent.SystemNanoClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paper-trading daemon: the same {@link Engine} as a backtest, fed by a replay of the configured data in
 * accelerated time and/or live exchange trades, journaling into {@code STATE_DIR/journal}, with a view of itself
 * for the HTTP service.
 *
 * <p>Threads: every feed and the operator's commands run as Agrona agents on one thread, the pipeline's single
 * producer ({@code qa-feeds}); the pipeline has its own; a service thread tails the journal to build the
 * {@link DaemonView} ({@code qa-daemon-state}).
 *
 * <p>Crash safety: the journal is the truth. Started on a state folder that holds a journal, the daemon checks
 * that the journal's header has this configuration (else refuses, naming what differs), publishes every
 * journaled input again through a {@link Engine#resume resumed engine}, which rebuilds bars, agents, broker and
 * portfolio while checking that each record it makes is the one already in the journal, and then goes on
 * appending. The replay feed skips the rows the journal already has (counted over laps when looping), so no input
 * is played twice or skipped and no order is lost or sent twice, whenever the previous process died (a
 * half-written last record is discarded by Chronicle Queue). A graceful {@link #stop()} ends with an END record;
 * a later start passes over it, and {@code quantagent replay} reads it as the mark of a stop and restart.
 */
public final class PaperDaemon implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PaperDaemon.class);
    private static final String JOURNAL = "journal";

    private final Path journalDir;
    private final Engine engine;
    private final DaemonState state;
    private final AgentRunner feedRunner;
    private final AgentRunner stateRunner;
    private final ReplayFeed replay;
    private final List<LiveFeed> liveFeeds;
    private final String startLine;
    private volatile Throwable failure;
    private RunSummary summary;
    private String finalLine;
    private volatile FolderLock lock;

    private PaperDaemon(Path journalDir, Engine engine, DaemonState state, AgentRunner feedRunner,
            AgentRunner stateRunner, ReplayFeed replay, List<LiveFeed> liveFeeds, String startLine) {
        this.journalDir = journalDir;
        this.engine = engine;
        this.state = state;
        this.feedRunner = feedRunner;
        this.stateRunner = stateRunner;
        this.replay = replay;
        this.liveFeeds = List.copyOf(liveFeeds);
        this.startLine = startLine;
    }

    /**
     * Starts the daemon on {@code stateDir} (created if absent): continues its journal when there is one.
     *
     * @param config the configuration (data paths as they will be given on every start: they are part of the
     *     journal's header)
     * @param controlToken the control endpoints' token, or null when there is none (only whether there is one is
     *     kept: the view says whether control is enabled)
     * @throws DaemonException when the journal cannot be continued (another configuration, a mismatch) or the
     *     feeds cannot be set up
     * @throws ConfigException when the feeds do not fit the data (naming the key)
     */
    public static PaperDaemon start(EngineConfig config, Path stateDir, String controlToken) {
        Path journalDir = stateDir.resolve(JOURNAL);
        try {
            Files.createDirectories(stateDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the state folder " + stateDir + ": " + e.getMessage(), e);
        }
        FolderLock lock;
        try {
            lock = FolderLock.acquire(stateDir, "daemon.lock", "paper daemon", "give this one another --state-dir");
        } catch (FolderLock.Locked e) {
            throw new DaemonException(e.getMessage(), e);
        }
        try {
            PaperDaemon daemon = startLocked(config, journalDir, controlToken);
            daemon.lock = lock;
            return daemon;
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    private static PaperDaemon startLocked(EngineConfig config, Path journalDir, String controlToken) {
        Plan plan = Plan.of(config);
        EngineConfig engineConfig = JournalFiles.hasRecords(journalDir)
                ? JournalCheck.check(journalDir, config, plan.instruments)
                : config;
        TickToOrderLatency latency = new TickToOrderLatency();
        Engine engine;
        try {
            engine = Engine.resume(engineConfig, plan.instruments, journalDir,
                    RunOptions.defaults().withDecorator(latency));
        } catch (JournalMismatchException e) {
            throw new DaemonException("cannot continue the journal: " + e.getMessage(), e);
        }
        try {
            return launch(config, journalDir, plan, engine, latency, controlToken != null && !controlToken.isEmpty());
        } catch (RuntimeException | Error e) {
            engine.abort();
            throw e;
        }
    }

    private static PaperDaemon launch(EngineConfig config, Path journalDir, Plan plan, Engine engine,
            TickToOrderLatency latency, boolean controlEnabled) {
        Publisher publisher = engine.publisher();
        int n = plan.instruments.size();
        Recovery recovery = new Recovery(publisher, plan.replayInstruments, n);
        long existing = engine.resumedRecords();
        long started = System.nanoTime();
        if (existing > 0) {
            try {
                new JournalFeed(journalDir, true, existing).run(recovery);
                engine.pipeline().drain();
            } catch (PipelineException e) {
                throw new DaemonException("cannot continue the journal in " + journalDir + ": "
                        + rootMessage(e), e);
            }
            if (engine.verifying()) {
                throw new DaemonException("cannot continue the journal in " + journalDir + ": it holds records after"
                        + " its last input's that the engine does not make again; start afresh with another"
                        + " --state-dir (or move it away)");
            }
        }
        latency.start();
        String startLine = existing > 0
                ? String.format(Locale.ROOT, "recovered from %s: %,d inputs replayed (%,d records verified) in %.1f s;"
                        + " the replay feed resumes after row %,d", journalDir, recovery.inputs, existing,
                        (System.nanoTime() - started) / 1e9, recovery.replayRows)
                : "new journal in " + journalDir;
        LOG.info("{}", startLine);

        List<Agent> agents = new ArrayList<>();
        ControlQueue control = new ControlQueue(publisher);
        agents.add(control);
        List<DaemonState.FeedProbe> probes = new ArrayList<>();
        ReplayFeed replay = null;
        if (plan.files != null) {
            replay = ReplayFeed.of(plan.files, config.paper().replay().speed(), config.paper().replay().loop(),
                    recovery.replayRows, publisher);
            agents.add(replay);
            probes.add(replayProbe(replay));
        }
        List<LiveFeed> liveFeeds = new ArrayList<>();
        for (int k = 0; k < plan.live.size(); k++) {
            FeedConfig feed = plan.live.get(k);
            LiveFeedBridge bridge = new LiveFeedBridge(publisher, recovery.stale);
            LiveFeed live = LiveFeed.create(LiveExchange.of(feed.kind()), plan.liveInstruments.get(k),
                    feed.liveSettings(), bridge, bridge);
            liveFeeds.add(live);
            agents.add(live);
            probes.add(liveProbe(live, bridge));
        }
        DaemonState state = new DaemonState(journalDir, plan.instruments,
                BrokerSettings.startingCash(config.broker()), publisher, engine.pipeline().ringSize(), probes, latency,
                control, controlEnabled, config.paper().stallAfter().toNanos(), SystemNanoClock.INSTANCE);
        PaperDaemon[] self = new PaperDaemon[1];
        ErrorHandler feedErrors = e -> {
            PaperDaemon daemon = self[0];
            if (daemon != null && daemon.failure == null) {
                daemon.failure = e;
                LOG.error("The feed thread failed: {}", rootMessage(e));
            }
        };
        AgentRunner feedRunner = new AgentRunner(new BackoffIdleStrategy(10, 10, 1_000, 1_000_000), feedErrors,
                null, new CompositeAgent(agents) {
                    @Override
                    public String roleName() {
                        return "qa-feeds";
                    }
                });
        AgentRunner stateRunner = new AgentRunner(new SleepingMillisIdleStrategy(10),
                e -> LOG.error("The daemon's state service failed: {}", rootMessage(e)), null, state);
        PaperDaemon daemon = new PaperDaemon(journalDir, engine, state, feedRunner, stateRunner, replay, liveFeeds,
                startLine);
        self[0] = daemon;
        AgentRunner.startOnThread(stateRunner);
        AgentRunner.startOnThread(feedRunner);
        return daemon;
    }

    /** What the daemon shows the HTTP service. */
    public DaemonView view() {
        return state;
    }

    /** The journal's folder ({@code STATE_DIR/journal}). */
    public Path journalDir() {
        return journalDir;
    }

    /** How the daemon started: a new journal, or what it recovered. */
    public String startLine() {
        return startLine;
    }

    /** Whether the replay feed has played the whole recording (false while playing, and when there is none). */
    public boolean replayEnded() {
        return replay != null && replay.state() == ReplayFeed.State.ENDED;
    }

    /** Inputs published and not yet through the pipeline. */
    public long backlog() {
        return engine.publisher().backlog();
    }

    /** What stopped the feed thread (the pipeline failing), or null. */
    public Throwable failure() {
        return failure;
    }

    /**
     * Stops gracefully (safe to call twice and from a shutdown hook): closes the feeds and refuses further
     * commands, lets every published input through the pipeline, writes the END record (counts and account) and
     * closes the journal, then logs the final state line.
     *
     * @return the run's summary, or null if the pipeline had failed (the journal is closed without an END)
     */
    public synchronized RunSummary stop() {
        if (finalLine != null) {
            return summary;
        }
        feedRunner.close();
        for (LiveFeed live : liveFeeds) {
            LOG.info("{} closed after {} messages ({} malformed, {} gaps)", live.name(), live.messagesReceived(),
                    live.malformedCount(), live.sequenceGaps());
        }
        try {
            summary = engine.stop();
        } catch (RuntimeException e) {
            LOG.error("The pipeline had failed; the journal is closed without an END record: {}", rootMessage(e));
            summary = null;
        }
        stateRunner.close();
        state.catchUp();
        state.closeReader();
        finalLine = summary == null ? "stopped after a pipeline failure; journal " + journalDir
                : finalLine(summary, journalDir);
        LOG.info("{}", finalLine);
        if (lock != null) {
            lock.close();
        }
        return summary;
    }

    /** Stops gracefully; see {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** The final state line (after {@link #stop()}; null before). */
    public synchronized String finalStateLine() {
        return finalLine;
    }

    /**
     * Stops the daemon gracefully when the JVM is asked to end (SIGTERM, SIGINT), and hands the final state line
     * to {@code report} (the command prints it).
     */
    public void stopOnShutdown(Consumer<String> report) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop();
            report.accept(finalStateLine());
        }, "qa-daemon-shutdown"));
    }

    private static String finalLine(RunSummary s, Path journalDir) {
        PortfolioSnapshot p = s.portfolio();
        StringBuilder positions = new StringBuilder();
        for (PositionSnapshot position : p.positions()) {
            Instrument instrument = s.instruments().get(position.instrument());
            positions.append(positions.isEmpty() ? "" : ", ").append(instrument.name()).append(' ')
                    .append(io.quantagent.engine.data.FixedPoint.format(position.position(),
                            instrument.scales().quantityDecimals()));
        }
        return String.format(Locale.ROOT, "final state: equity %s, cash %s, realised PnL %s, fees %s; positions %s;"
                + " %,d events, %,d bars, %,d orders, %,d rejected, %,d fills, %,d faults; journal %s closed with END",
                Money.format(p.equity()), Money.format(p.cash()), Money.format(p.realisedPnl()),
                Money.format(p.fees()), positions, s.eventsIn(), s.bars(), s.orders(), s.rejections(), s.fills(),
                s.counts().faults(), journalDir);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    private static DaemonState.FeedProbe replayProbe(ReplayFeed replay) {
        return new DaemonState.FeedProbe() {
            @Override
            public DaemonSnapshot.FeedState state(long nowNanos) {
                long last = replay.lastRowNanos();
                long ageMillis = last == Long.MIN_VALUE ? -1 : Math.max(0, (nowNanos - last) / 1_000_000);
                return new DaemonSnapshot.FeedState("replay", "replay", replay.state().name(), ageMillis,
                        replay.rows(), 0, 0, 0);
            }

            @Override
            public String problem() {
                return switch (replay.state()) {
                    case PLAYING -> null;
                    case ENDED -> replay.failure() != null ? "the replay feed failed: " + replay.failure().getMessage()
                            : "the replay feed has played the whole recording (paper.replay.loop: true plays it again)";
                    case CLOSED -> "the replay feed is closed";
                };
            }

            @Override
            public long malformed() {
                return 0;
            }
        };
    }

    private static DaemonState.FeedProbe liveProbe(LiveFeed live, LiveFeedBridge bridge) {
        return new DaemonState.FeedProbe() {
            @Override
            public DaemonSnapshot.FeedState state(long nowNanos) {
                long last = bridge.lastTradeNanos();
                return new DaemonSnapshot.FeedState(live.name(), live.exchange().key(), live.state().name(),
                        last == Long.MIN_VALUE ? -1 : (nowNanos - last) / 1_000_000, live.messagesReceived(),
                        live.malformedCount(), live.sequenceGaps(), Math.max(0, live.connectionAttempts() - 1));
            }

            @Override
            public String problem() {
                LiveFeedState s = live.state();
                return s == LiveFeedState.LIVE ? null : live.name() + " is " + s;
            }

            @Override
            public long malformed() {
                return live.malformedCount();
            }
        };
    }

    /** The instruments and feeds a configuration asks for: the replay's instruments first, then each live symbol. */
    private static final class Plan {
        final List<Instrument> instruments = new ArrayList<>();
        final List<FeedConfig> live = new ArrayList<>();
        final List<List<LiveInstrument>> liveInstruments = new ArrayList<>();
        FileFeed files;
        int replayInstruments;

        static Plan of(EngineConfig config) {
            Plan plan = new Plan();
            List<FeedConfig> feeds = config.paper().feeds();
            for (int k = 0; k < feeds.size(); k++) {
                FeedConfig feed = feeds.get(k);
                if (feed.kind() == FeedConfig.Kind.REPLAY) {
                    plan.files = new FileFeed(replayInputs(config.data(), feed, k));
                    plan.instruments.addAll(plan.files.instruments());
                    plan.replayInstruments = plan.instruments.size();
                }
            }
            Set<String> names = new HashSet<>();
            for (Instrument instrument : plan.instruments) {
                names.add(instrument.name());
            }
            for (int k = 0; k < feeds.size(); k++) {
                FeedConfig feed = feeds.get(k);
                if (feed.kind() == FeedConfig.Kind.REPLAY) {
                    continue;
                }
                List<LiveInstrument> list = new ArrayList<>();
                for (int s = 0; s < feed.symbols().size(); s++) {
                    String symbol = feed.symbols().get(s);
                    if (!names.add(symbol)) {
                        throw new ConfigException(ConfigProblem.of("paper.feeds[" + k + "].symbols[" + s + "]",
                                "instrument " + symbol + " already comes from another feed; each instrument has one"));
                    }
                    Instrument instrument = new Instrument(plan.instruments.size(), symbol, Scales.DEFAULT);
                    plan.instruments.add(instrument);
                    try {
                        list.add(new LiveInstrument(instrument.id(), symbol, Scales.DEFAULT));
                    } catch (IllegalArgumentException e) {
                        throw new ConfigException(ConfigProblem.of("paper.feeds[" + k + "].symbols[" + s + "]",
                                e.getMessage()));
                    }
                }
                plan.live.add(feed);
                plan.liveInstruments.add(list);
            }
            if (plan.instruments.isEmpty()) {
                throw new ConfigException(ConfigProblem.of("paper.feeds", "no instrument to trade"));
            }
            return plan;
        }

        private static List<DataInput> replayInputs(List<DataInput> data, FeedConfig feed, int k) {
            if (data.isEmpty()) {
                throw new ConfigException(ConfigProblem.of("data", "the replay feed (paper.feeds[" + k + "]) has"
                        + " nothing to play: list the recording's files under 'data:'"));
            }
            if (feed.symbols().isEmpty()) {
                return data;
            }
            List<DataInput> chosen = new ArrayList<>();
            for (int s = 0; s < feed.symbols().size(); s++) {
                String symbol = feed.symbols().get(s);
                boolean found = false;
                for (DataInput input : data) {
                    if (input.instrument().equals(symbol)) {
                        chosen.add(input);
                        found = true;
                    }
                }
                if (!found) {
                    throw new ConfigException(ConfigProblem.of("paper.feeds[" + k + "].symbols[" + s + "]",
                            "no data input is of instrument '" + symbol + "'"));
                }
            }
            return chosen;
        }
    }

    /**
     * The journal's inputs on their way back into the pipeline: counts them, the replay feed's rows among them
     * (what it skips), and remembers each instrument's last feed status.
     */
    private static final class Recovery implements FeedSink {
        final Publisher publisher;
        final int replayInstruments;
        final boolean[] stale;
        long inputs;
        long replayRows;

        Recovery(Publisher publisher, int replayInstruments, int instruments) {
            this.publisher = publisher;
            this.replayInstruments = replayInstruments;
            this.stale = new boolean[instruments];
        }

        @Override
        public void trade(int instrument, long timeNanos, long price, long quantity) {
            count(instrument);
            publisher.trade(instrument, timeNanos, price, quantity);
        }

        @Override
        public void bar(int instrument, long openTimeNanos, long closeTimeNanos, long open, long high, long low,
                long close, long volume) {
            count(instrument);
            publisher.bar(instrument, openTimeNanos, closeTimeNanos, open, high, low, close, volume);
        }

        @Override
        public void quote(int instrument, long timeNanos, long bid, long bidQuantity, long ask, long askQuantity) {
            count(instrument);
            publisher.quote(instrument, timeNanos, bid, bidQuantity, ask, askQuantity);
        }

        @Override
        public void flush(int instrument) {
            inputs++;
            publisher.flush(instrument);
        }

        @Override
        public void control(long timeNanos, int command) {
            inputs++;
            publisher.control(timeNanos, command);
        }

        @Override
        public void feedStatus(int instrument, long timeNanos, int feedState) {
            inputs++;
            stale[instrument] = feedState == InputKind.FEED_STALE;
            publisher.feedStatus(instrument, timeNanos, feedState);
        }

        private void count(int instrument) {
            inputs++;
            if (instrument < replayInstruments) {
                replayRows++;
            }
        }
    }
}
