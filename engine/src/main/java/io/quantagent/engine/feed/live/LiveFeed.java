package io.quantagent.engine.feed.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.SystemNanoClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Public trades of one exchange connection, for any number of its symbols, as an Agrona {@link Agent}: run it
 * under an {@link org.agrona.concurrent.AgentRunner} with an idle strategy that sleeps a little when there is
 * nothing to do (a feed waits on a socket: {@code new BackoffIdleStrategy(10, 10, 1_000, 1_000_000)} or
 * {@code new SleepingMillisIdleStrategy(1)}).
 *
 * <p>The JDK's WebSocket client reads the socket on its own threads and queues whole messages (see
 * {@link Connection} for the flow control); {@link #doWork()} drains the queue on the agent's thread, parses
 * each message straight into fixed-point trades at the instruments' scales and hands them to the
 * {@link LiveTradeHandler} in trade-time order, skipping trades already delivered (the snapshot Coinbase sends
 * after a reconnect) and reporting sequence gaps. The same loop watches the connection: silent for
 * {@code staleAfter} makes the feed {@link LiveFeedState#STALE}; silent for {@code reconnectAfterSilence},
 * closed, failed, or told by the exchange that the server is going away, and a new connection is opened after
 * an exponential back-off with full jitter, and subscribed again. Malformed messages are counted per
 * {@link MalformedKind} and logged once per kind; nothing an exchange sends stops the feed.
 *
 * <p>Times delivered are the exchange's trade times. The local clock (an injectable {@link NanoClock}) serves
 * only to judge silence and to time reconnects. Allocation: each message costs its {@code String}, a queue
 * entry and a JSON parser; the feed thread is bound by the network, not by this. All state belongs to the
 * agent's thread except {@link #state()} and the counters, which any thread may read.
 */
public final class LiveFeed implements Agent {

    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
    private static final int DRAIN_LIMIT = 64;
    private static final long CLOSE_TIMEOUT_MILLIS = 1_000;
    private static final long NEVER = Long.MAX_VALUE;
    private static final int MAX_ATTEMPT = 64;
    private static final int LOGGED_CHARS = 300;

    private final LiveExchange exchange;
    private final List<LiveInstrument> instruments;
    private final int[] instrumentIds;
    private final String name;
    private final ExchangeProtocol protocol;
    private final URI endpoint;
    private final LiveFeedSettings settings;
    private final LiveTradeHandler handler;
    private final FeedStatusListener listener;
    private final NanoClock clock;
    private final Backoff backoff;
    private final HttpClient httpClient;
    private final boolean ownsHttpClient;
    private final long staleAfterNanos;
    private final long reconnectAfterSilenceNanos;
    private final long backoffResetAfterNanos;
    private final ManyToOneConcurrentArrayQueue<Connection.Inbound> queue;
    private final Consumer<Connection.Inbound> drainer = this::onInbound;
    private final TradeBatch batch = new TradeBatch();
    private final long[] lastTradeId;
    private final AtomicLongArray malformed = new AtomicLongArray(MalformedKind.count());
    private final boolean[] malformedLogged = new boolean[MalformedKind.count()];

    private volatile LiveFeedState state = LiveFeedState.CONNECTING;
    private Connection connection;
    private long generation;
    private boolean opened;
    private long nowNanos;
    private long lastMessageNanos;
    private long liveSinceNanos;
    private long reconnectAtNanos = NEVER;
    private int attempt;
    private long lastConnectionSequence = LiveTradeHandler.NO_SEQUENCE;

    private volatile long messages;
    private volatile long trades;
    private volatile long gaps;
    private volatile long duplicates;
    private volatile long outOfOrder;
    private volatile long connects;
    private volatile long late;

    /**
     * A feed with the system's clock, a randomly seeded jitter and an HTTP client of its own.
     *
     * @see #LiveFeed(LiveExchange, List, LiveFeedSettings, LiveTradeHandler, FeedStatusListener, NanoClock,
     *     RandomGenerator, HttpClient)
     */
    public static LiveFeed create(LiveExchange exchange, List<LiveInstrument> instruments, LiveFeedSettings settings,
            LiveTradeHandler handler, FeedStatusListener listener) {
        return new LiveFeed(exchange, instruments, settings, handler, listener, SystemNanoClock.INSTANCE,
                new SplittableRandom(), null);
    }

    /**
     * A feed; it connects when its agent starts.
     *
     * @param instruments the symbols to subscribe to, with the engine's ids and scales; at least one, no symbol twice
     * @param clock the local clock for silence and reconnect timing (never for trade times)
     * @param random the source of back-off jitter
     * @param httpClient the client to open WebSockets with, or {@code null} to make one (shut down on close)
     * @throws IllegalArgumentException when a symbol does not suit the exchange or appears twice
     */
    public LiveFeed(LiveExchange exchange, List<LiveInstrument> instruments, LiveFeedSettings settings,
            LiveTradeHandler handler, FeedStatusListener listener, NanoClock clock, RandomGenerator random,
            HttpClient httpClient) {
        this.exchange = Objects.requireNonNull(exchange, "exchange");
        this.instruments = List.copyOf(instruments);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        if (this.instruments.isEmpty()) {
            throw new IllegalArgumentException("a live feed needs at least one instrument");
        }
        Set<String> seen = new HashSet<>();
        List<String> symbols = new ArrayList<>();
        instrumentIds = new int[this.instruments.size()];
        for (int i = 0; i < instrumentIds.length; i++) {
            LiveInstrument instrument = this.instruments.get(i);
            String symbol = instrument.symbol().toUpperCase(Locale.ROOT);
            if (!seen.add(symbol)) {
                throw new IllegalArgumentException("symbol " + symbol + " is listed twice");
            }
            symbols.add(symbol);
            instrumentIds[i] = instrument.id();
        }
        this.protocol = exchange.protocol(this.instruments);
        this.endpoint = protocol.endpoint(settings.endpoint());
        this.name = exchange.key() + "[" + String.join(",", symbols) + "]";
        this.backoff = new Backoff(settings.backoffBase().toNanos(), settings.backoffCap().toNanos(), random);
        this.ownsHttpClient = httpClient == null;
        this.httpClient = httpClient == null ? HttpClient.newHttpClient() : httpClient;
        this.staleAfterNanos = settings.staleAfter().toNanos();
        this.reconnectAfterSilenceNanos = settings.reconnectAfterSilence().toNanos();
        this.backoffResetAfterNanos = settings.backoffResetAfter().toNanos();
        this.queue = new ManyToOneConcurrentArrayQueue<>(settings.queueCapacity());
        this.lastTradeId = new long[instrumentIds.length];
        Arrays.fill(lastTradeId, LiveTradeHandler.NO_SEQUENCE);
    }

    /** Opens the first connection (called by the agent runner on the agent's thread). */
    @Override
    public void onStart() {
        nowNanos = clock.nanoTime();
        LOG.info("{} connecting to {}", name, endpoint);
        listener.onStatus(this, LiveFeedState.CONNECTING, "connecting to " + endpoint);
        connect();
    }

    /** Drains received messages into trades, watches for silence and reconnects when due. */
    @Override
    public int doWork() {
        long now = clock.nanoTime();
        nowNanos = now;
        Connection current = connection;
        if (current == null) {
            int work = queue.drain(drainer, DRAIN_LIMIT);
            if (state != LiveFeedState.CLOSED && now >= reconnectAtNanos) {
                connect();
                work++;
            }
            return work;
        }
        // Read the end first: a connection ends only after queuing everything it received.
        String endReason = current.endReason();
        int work = 0;
        if (!opened && current.opened()) {
            onOpened();
            work++;
        }
        work += queue.drain(drainer, DRAIN_LIMIT);
        if (connection != current) {
            return work + 1;
        }
        current.resume();
        if (endReason != null) {
            if (queue.isEmpty()) {
                Connection.Inbound waiting = current.takePending();
                if (waiting != null) {
                    onInbound(waiting);
                }
                if (connection == current) {
                    lose(endReason);
                }
                work++;
            }
            return work;
        }
        return work + watchSilence(now);
    }

    /** Closes the connection (with a closing handshake, waiting up to a second) and reports {@link LiveFeedState#CLOSED}. */
    @Override
    public void onClose() {
        Connection current = connection;
        connection = null;
        reconnectAtNanos = NEVER;
        if (current != null) {
            current.close(CLOSE_TIMEOUT_MILLIS);
        }
        if (ownsHttpClient) {
            httpClient.shutdownNow();
        }
        setState(LiveFeedState.CLOSED, "stopped");
    }

    /** {@code live-feed-binance} or {@code live-feed-coinbase}: the agent's thread name. */
    @Override
    public String roleName() {
        return "live-feed-" + exchange.key();
    }

    /** The exchange and symbols, such as {@code binance[BTCUSDT,ETHUSDT]}, for logs and the dashboard. */
    public String name() {
        return name;
    }

    /** The exchange. */
    public LiveExchange exchange() {
        return exchange;
    }

    /** The instruments subscribed to. */
    public List<LiveInstrument> instruments() {
        return instruments;
    }

    /** The address connected to, with the symbols' streams in it for Binance. */
    public URI endpoint() {
        return endpoint;
    }

    /** The settings the feed was made with. */
    public LiveFeedSettings settings() {
        return settings;
    }

    /** The current health; new entries are safe only while {@link LiveFeedState#acceptsEntries()}. Any thread. */
    public LiveFeedState state() {
        return state;
    }

    /** Messages received (well-formed or not) on the connections in use. */
    public long messagesReceived() {
        return messages;
    }

    /** Trades handed to the {@link LiveTradeHandler}. */
    public long tradesDelivered() {
        return trades;
    }

    /** Messages (or single trades in a message) of one kind that were not used. */
    public long malformedCount(MalformedKind kind) {
        return malformed.get(kind.ordinal());
    }

    /** Messages or trades not used, of every kind. */
    public long malformedCount() {
        long total = 0;
        for (int k = 0; k < malformed.length(); k++) {
            total += malformed.get(k);
        }
        return total;
    }

    /** Sequence gaps reported through {@link LiveTradeHandler#onGap}. */
    public long sequenceGaps() {
        return gaps;
    }

    /** Trades skipped because their trade id was delivered already (a snapshot repeating recent trades). */
    public long duplicateTrades() {
        return duplicates;
    }

    /** Messages whose connection sequence number went backwards (used, but not counted as a gap). */
    public long outOfOrderMessages() {
        return outOfOrder;
    }

    /** Connections opened or attempted, the first one included. */
    public long connectionAttempts() {
        return connects;
    }

    /** Messages that arrived from a connection after it had been replaced, and were not used. */
    public long lateMessages() {
        return late;
    }

    @Override
    public String toString() {
        return name + " " + state;
    }

    private void connect() {
        generation++;
        Connection next = new Connection(generation, queue, settings.maxMessageChars(), protocol.subscriptions());
        connection = next;
        opened = false;
        reconnectAtNanos = NEVER;
        lastConnectionSequence = LiveTradeHandler.NO_SEQUENCE;
        connects++;
        try {
            CompletableFuture<WebSocket> opening = httpClient.newWebSocketBuilder()
                    .connectTimeout(settings.connectTimeout())
                    .buildAsync(endpoint, next);
            next.opening(opening);
        } catch (RuntimeException e) {
            next.abort("cannot connect: " + e);
        }
    }

    private void onOpened() {
        opened = true;
        lastMessageNanos = nowNanos;
        LOG.info("{} connected to {}", name, endpoint);
    }

    private void onInbound(Connection.Inbound message) {
        Connection current = connection;
        if (current == null || message.generation() != current.generation) {
            late++;
            return;
        }
        if (!opened) {
            onOpened();
        }
        messages++;
        if (message.kind() == Connection.Inbound.BINARY) {
            countMalformed(MalformedKind.BINARY, 1, "the exchanges send text frames", null);
            return;
        }
        if (message.kind() == Connection.Inbound.OVERSIZED) {
            countMalformed(MalformedKind.OVERSIZED, 1, "more than " + settings.maxMessageChars() + " characters", null);
            return;
        }
        String text = message.text();
        TradeBatch.Outcome outcome = protocol.parse(text, batch);
        checkConnectionSequence();
        if (outcome == TradeBatch.Outcome.MALFORMED) {
            countMalformed(batch.failure, 1, batch.failureDetail, text);
            return;
        }
        for (int k = 0; k < batch.rejections.length; k++) {
            if (batch.rejections[k] > 0) {
                countMalformed(MalformedKind.of(k), batch.rejections[k], batch.rejectionDetail[k], text);
            }
        }
        if (outcome == TradeBatch.Outcome.RECONNECT) {
            current.abort("server shutdown notice");
            connection = null;
            opened = false;
            reconnectAtNanos = nowNanos;
            setState(LiveFeedState.RECONNECTING, "the exchange announced a server shutdown; connecting again now");
            return;
        }
        heard();
        deliverTrades();
    }

    private void heard() {
        long silence = nowNanos - lastMessageNanos;
        lastMessageNanos = nowNanos;
        if (state != LiveFeedState.LIVE) {
            liveSinceNanos = nowNanos;
            setState(LiveFeedState.LIVE, state == LiveFeedState.STALE
                    ? "messages again after " + silence / 1_000_000 + " ms of silence"
                    : "receiving from " + endpoint);
        }
    }

    private void deliverTrades() {
        int[] order = batch.timeOrder();
        boolean contiguous = protocol.contiguousTradeIds();
        for (int k = 0; k < batch.size; k++) {
            int i = order[k];
            int index = batch.instrument[i];
            long sequence = batch.sequence[i];
            if (sequence != LiveTradeHandler.NO_SEQUENCE) {
                long last = lastTradeId[index];
                if (last != LiveTradeHandler.NO_SEQUENCE) {
                    if (sequence <= last) {
                        duplicates++;
                        continue;
                    }
                    if (contiguous && sequence != last + 1) {
                        reportGap(instrumentIds[index], last + 1, sequence);
                    }
                }
                lastTradeId[index] = sequence;
            }
            trades++;
            handler.onTrade(instrumentIds[index], batch.timeNanos[i], batch.price[i], batch.quantity[i], sequence);
        }
    }

    private void checkConnectionSequence() {
        long sequence = batch.connectionSequence;
        if (sequence == LiveTradeHandler.NO_SEQUENCE) {
            return;
        }
        long last = lastConnectionSequence;
        if (last != LiveTradeHandler.NO_SEQUENCE) {
            if (sequence <= last) {
                outOfOrder++;
                return;
            }
            if (sequence != last + 1) {
                reportGap(LiveTradeHandler.ALL_INSTRUMENTS, last + 1, sequence);
            }
        }
        lastConnectionSequence = sequence;
    }

    private void reportGap(int instrument, long expected, long received) {
        gaps++;
        if (gaps == 1) {
            LOG.warn("{}: sequence gap on {}: expected {}, received {} (further gaps are counted, logged at debug)",
                    name, instrument == LiveTradeHandler.ALL_INSTRUMENTS ? "the connection" : "instrument " + instrument,
                    expected, received);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("{}: sequence gap on instrument {}: expected {}, received {}", name, instrument, expected,
                    received);
        }
        handler.onGap(instrument, expected, received);
    }

    private int watchSilence(long now) {
        if (!opened) {
            return 0;
        }
        long silence = now - lastMessageNanos;
        if (silence >= reconnectAfterSilenceNanos) {
            lose("silent for " + silence / 1_000_000 + " ms");
            return 1;
        }
        if (silence >= staleAfterNanos && state != LiveFeedState.STALE) {
            setState(LiveFeedState.STALE, "no message for " + silence / 1_000_000 + " ms");
            return 1;
        }
        if (attempt > 0 && state == LiveFeedState.LIVE && now - liveSinceNanos >= backoffResetAfterNanos) {
            attempt = 0;
        }
        return 0;
    }

    /** Gives the connection up and schedules the next one after a back-off. */
    private void lose(String reason) {
        Connection current = connection;
        connection = null;
        opened = false;
        if (current != null) {
            current.abort(reason);
        }
        attempt = Math.min(attempt + 1, MAX_ATTEMPT);
        long delay = backoff.delayNanos(attempt);
        reconnectAtNanos = nowNanos + delay;
        listener.onReconnectScheduled(this, attempt, delay);
        setState(LiveFeedState.RECONNECTING, reason + "; connecting again in " + delay / 1_000_000 + " ms (attempt "
                + attempt + ")");
    }

    private void setState(LiveFeedState next, String reason) {
        if (state == next) {
            return;
        }
        state = next;
        if (next == LiveFeedState.LIVE || next == LiveFeedState.CLOSED) {
            LOG.info("{} is {}: {}", name, next, reason);
        } else {
            LOG.warn("{} is {}: {}", name, next, reason);
        }
        listener.onStatus(this, next, reason);
    }

    private void countMalformed(MalformedKind kind, long count, String detail, String text) {
        int k = kind.ordinal();
        malformed.addAndGet(k, count);
        if (!malformedLogged[k]) {
            malformedLogged[k] = true;
            LOG.warn("{}: ignored {} ({}); further ones are counted, not logged: {}", name, kind.description(), detail,
                    text == null ? "-" : text.length() <= LOGGED_CHARS ? text : text.substring(0, LOGGED_CHARS) + "...");
        }
    }
}
