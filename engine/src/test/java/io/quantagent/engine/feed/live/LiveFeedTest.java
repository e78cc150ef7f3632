package io.quantagent.engine.feed.live;

import static io.quantagent.engine.feed.live.LiveFeedState.CLOSED;
import static io.quantagent.engine.feed.live.LiveFeedState.CONNECTING;
import static io.quantagent.engine.feed.live.LiveFeedState.LIVE;
import static io.quantagent.engine.feed.live.LiveFeedState.RECONNECTING;
import static io.quantagent.engine.feed.live.LiveFeedState.STALE;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantagent.engine.data.Scales;
import io.quantagent.engine.feed.live.LoopbackWebSocketServer.Peer;
import io.quantagent.engine.feed.live.Recorder.Gap;
import io.quantagent.engine.feed.live.Recorder.Reconnect;
import io.quantagent.engine.feed.live.Recorder.Trade;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.random.RandomGenerator;
import org.agrona.concurrent.AgentInvoker;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.SleepingMillisIdleStrategy;
import org.agrona.concurrent.SystemNanoClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The live feeds against a loopback WebSocket server speaking each exchange's protocol. */
class LiveFeedTest {

    private static final LiveInstrument BTCUSDT = new LiveInstrument(7, "BTCUSDT", new Scales(2, 8));
    private static final LiveInstrument ETHUSDT = new LiveInstrument(9, "ETHUSDT", Scales.DEFAULT);
    private static final LiveInstrument BTC_USD = new LiveInstrument(3, "BTC-USD", new Scales(2, 8));
    private static final LiveInstrument ETH_USD = new LiveInstrument(4, "ETH-USD", new Scales(2, 8));
    private static final long T0 = 1_700_000_000_000L;
    private static final long MS = 1_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Recorder recorder = new Recorder();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private LoopbackWebSocketServer server;
    private HttpClient http;
    private AgentRunner runner;
    private AgentInvoker invoker;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackWebSocketServer();
        http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
    }

    @AfterEach
    void stop() throws Exception {
        if (runner != null) {
            runner.close();
        }
        if (invoker != null) {
            invoker.close();
        }
        http.shutdownNow();
        server.close();
        assertThat(errors).as("errors thrown by the feed's doWork").isEmpty();
    }

    private LiveFeedSettings settings() {
        return LiveFeedSettings.defaults().withEndpoint(server.uri(""))
                .withBackoff(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMinutes(1));
    }

    private LiveFeed feed(LiveExchange exchange, LiveFeedSettings settings, NanoClock clock, RandomGenerator random,
            LiveInstrument... instruments) {
        return new LiveFeed(exchange, List.of(instruments), settings, recorder, recorder, clock, random, http);
    }

    private LiveFeed running(LiveFeed feed) {
        runner = new AgentRunner(new SleepingMillisIdleStrategy(1), errors::add, null, feed);
        AgentRunner.startOnThread(runner);
        return feed;
    }

    private LiveFeed invoked(LiveFeed feed) {
        invoker = new AgentInvoker(errors::add, null, feed);
        invoker.start();
        return feed;
    }

    private void invokeUntil(String description, java.util.function.BooleanSupplier condition) throws Exception {
        recorder.awaitWhile(description, condition, invoker::invoke);
    }

    private static String binance(String symbol, long id, String price, String quantity, long timeMillis) {
        return BinanceProtocolTest.combined(symbol, id, price, quantity, timeMillis);
    }

    private static String coinbaseTrade(long id, String product, String price, String size, String time) {
        return CoinbaseProtocolTest.trade(Long.toString(id), product, price, size, "BUY", time);
    }

    private static void assertSubscribed(Peer peer, String... expected) throws Exception {
        for (String message : expected) {
            assertThat(JSON.readTree(peer.nextText())).isEqualTo(JSON.readTree(message));
        }
    }

    private static final String[] COINBASE_SUBSCRIPTIONS = {
        "{\"type\":\"subscribe\",\"product_ids\":[\"BTC-USD\"],\"channel\":\"market_trades\"}",
        "{\"type\":\"subscribe\",\"channel\":\"heartbeats\"}"};

    @Test
    void binanceTradesArriveExactlyAndInOrder() throws Exception {
        LiveFeed feed = running(feed(LiveExchange.BINANCE, settings(), SystemNanoClock.INSTANCE,
                new SplittableRandom(1), BTCUSDT, ETHUSDT));
        Peer peer = server.nextPeer();
        assertThat(peer.requestTarget()).isEqualTo("/stream?streams=btcusdt@trade/ethusdt@trade");

        peer.sendText(binance("BTCUSDT", 100, "67000.01000000", "0.00150000", T0 + 123));
        peer.sendFragmented(binance("ETHUSDT", 5, "3500.12345678", "2.00000000", T0 + 124), 3);
        peer.sendText(binance("BTCUSDT", 101, "67000.02000000", "1.00000000", T0 + 125));

        assertThat(recorder.awaitTrades(3)).containsExactly(
                new Trade(7, (T0 + 123) * MS, 6_700_001L, 150_000L, 100),
                new Trade(9, (T0 + 124) * MS, 350_012_345_678L, 200_000_000L, 5),
                new Trade(7, (T0 + 125) * MS, 6_700_002L, 100_000_000L, 101));
        assertThat(recorder.states()).containsExactly(CONNECTING, LIVE);
        assertThat(feed.state()).isEqualTo(LIVE);
        assertThat(feed.malformedCount()).isZero();
        assertThat(feed.sequenceGaps()).isZero();
        assertThat(feed.messagesReceived()).isEqualTo(3);
    }

    @Test
    void serverPingsAreAnsweredWithPongs() throws Exception {
        running(feed(LiveExchange.BINANCE, settings(), SystemNanoClock.INSTANCE, new SplittableRandom(1), BTCUSDT));
        Peer peer = server.nextPeer();
        peer.sendPing("ping-20s".getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(peer.nextPong(), StandardCharsets.US_ASCII)).isEqualTo("ping-20s");
        peer.sendText(binance("BTCUSDT", 1, "1", "1", T0));
        assertThat(recorder.awaitTrades(1)).hasSize(1);
    }

    @Test
    void aJumpInBinanceTradeIdsIsAGapOfMissedTrades() throws Exception {
        LiveFeed feed = running(feed(LiveExchange.BINANCE, settings(), SystemNanoClock.INSTANCE,
                new SplittableRandom(1), BTCUSDT, ETHUSDT));
        Peer peer = server.nextPeer();
        peer.sendText(binance("BTCUSDT", 100, "1", "1", T0));
        peer.sendText(binance("ETHUSDT", 7, "1", "1", T0 + 1));
        peer.sendText(binance("BTCUSDT", 101, "1", "1", T0 + 2));
        peer.sendText(binance("BTCUSDT", 105, "1", "1", T0 + 3));
        peer.sendText(binance("ETHUSDT", 8, "1", "1", T0 + 4));

        assertThat(recorder.awaitTrades(5)).extracting(Trade::sequence).containsExactly(100L, 7L, 101L, 105L, 8L);
        assertThat(recorder.gaps()).containsExactly(new Gap(7, 102, 105));
        assertThat(feed.sequenceGaps()).isEqualTo(1);
    }

    @Test
    void afterTheServerClosesTheConnectionTheFeedReconnectsAndReportsTradesMissedMeanwhile() throws Exception {
        LiveFeed feed = running(feed(LiveExchange.BINANCE, settings(), SystemNanoClock.INSTANCE,
                new SplittableRandom(1), BTCUSDT));
        Peer first = server.nextPeer();
        first.sendText(binance("BTCUSDT", 100, "1", "1", T0));
        recorder.awaitTrades(1);
        first.sendClose(1000, "24h connection limit");

        Peer second = server.nextPeer();
        assertThat(second.requestTarget()).isEqualTo("/stream?streams=btcusdt@trade");
        second.sendText(binance("BTCUSDT", 103, "2", "1", T0 + 5_000));

        assertThat(recorder.awaitTrades(2)).extracting(Trade::sequence).containsExactly(100L, 103L);
        assertThat(recorder.gaps()).containsExactly(new Gap(7, 101, 103));
        assertThat(recorder.states()).containsExactly(CONNECTING, LIVE, RECONNECTING, LIVE);
        assertThat(recorder.statuses().get(2).reason()).contains("closed by the server (1000 24h connection limit)");
        assertThat(feed.connectionAttempts()).isEqualTo(2);
    }

    @Test
    void coinbaseSubscribesAndDeliversTradesInTimeOrder() throws Exception {
        LiveFeed feed = running(feed(LiveExchange.COINBASE, settings(), SystemNanoClock.INSTANCE,
                new SplittableRandom(1), BTC_USD, ETH_USD));
        Peer peer = server.nextPeer();
        assertThat(peer.requestTarget()).isEqualTo("/");
        assertSubscribed(peer,
                "{\"type\":\"subscribe\",\"product_ids\":[\"BTC-USD\",\"ETH-USD\"],\"channel\":\"market_trades\"}",
                "{\"type\":\"subscribe\",\"channel\":\"heartbeats\"}");

        peer.sendText(CoinbaseProtocolTest.subscriptions(0));
        peer.sendText(CoinbaseProtocolTest.trades(1, "snapshot",
                coinbaseTrade(12, "BTC-USD", "23000.03", "0.3", "2023-02-09T20:19:35.300Z"),
                coinbaseTrade(11, "BTC-USD", "23000.02", "0.2", "2023-02-09T20:19:35.200Z"),
                coinbaseTrade(10, "BTC-USD", "23000.01", "0.1", "2023-02-09T20:19:35.100Z")));
        peer.sendText(CoinbaseProtocolTest.heartbeat(2, 1));
        peer.sendFragmented(CoinbaseProtocolTest.trades(3, "update",
                coinbaseTrade(501, "ETH-USD", "1650.5", "2", "2023-02-09T20:19:36.5Z"),
                coinbaseTrade(13, "BTC-USD", "23001", "0.05", "2023-02-09T20:19:36.25Z")), 4);

        long second = 1_675_973_975L * 1_000_000_000L;
        assertThat(recorder.awaitTrades(5)).containsExactly(
                new Trade(3, second + 100 * MS, 2_300_001L, 10_000_000L, 10),
                new Trade(3, second + 200 * MS, 2_300_002L, 20_000_000L, 11),
                new Trade(3, second + 300 * MS, 2_300_003L, 30_000_000L, 12),
                new Trade(3, second + 1_250 * MS, 2_300_100L, 5_000_000L, 13),
                new Trade(4, second + 1_500 * MS, 165_050L, 200_000_000L, 501));
        assertThat(feed.sequenceGaps()).isZero();
        assertThat(feed.malformedCount()).isZero();
        assertThat(feed.messagesReceived()).isEqualTo(4);
        assertThat(feed.state()).isEqualTo(LIVE);
    }

    @Test
    void aJumpInCoinbaseSequenceNumbersIsAGapOnEveryInstrument() throws Exception {
        LiveFeed feed = running(feed(LiveExchange.COINBASE, settings(), SystemNanoClock.INSTANCE,
                new SplittableRandom(1), BTC_USD));
        Peer peer = server.nextPeer();
        assertSubscribed(peer, COINBASE_SUBSCRIPTIONS);
        peer.sendText(CoinbaseProtocolTest.subscriptions(0));
        peer.sendText(CoinbaseProtocolTest.heartbeat(1, 1));
        peer.sendText(CoinbaseProtocolTest.trades(4, "update",
                coinbaseTrade(10, "BTC-USD", "1", "1", "2023-02-09T20:19:35Z")));

        assertThat(recorder.awaitTrades(1)).extracting(Trade::sequence).containsExactly(10L);
        assertThat(recorder.gaps()).containsExactly(new Gap(LiveTradeHandler.ALL_INSTRUMENTS, 2, 4));
        assertThat(feed.sequenceGaps()).isEqualTo(1);
    }

    @Test
    void droppedConnectionsAreRetriedAfterAJitteredExponentialBackoffAndResubscribed() throws Exception {
        ManualNanoClock clock = new ManualNanoClock();
        LiveFeedSettings settings = settings().withSilence(Duration.ofSeconds(100), Duration.ofSeconds(200))
                .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(1));
        LiveFeed feed = invoked(feed(LiveExchange.COINBASE, settings, clock, new FixedRandom(0.5, 0.75, 0.1), BTC_USD));

        Peer first = server.nextPeer();
        assertSubscribed(first, COINBASE_SUBSCRIPTIONS);
        first.sendText(CoinbaseProtocolTest.trades(0, "snapshot",
                coinbaseTrade(10, "BTC-USD", "2", "1", "2023-02-09T20:19:35.2Z"),
                coinbaseTrade(9, "BTC-USD", "1", "1", "2023-02-09T20:19:35.1Z")));
        invokeUntil("the snapshot", () -> recorder.trades().size() == 2);
        first.drop();

        invokeUntil("a reconnect scheduled", () -> !recorder.reconnects().isEmpty());
        assertThat(recorder.reconnects()).containsExactly(new Reconnect(1, 500_000_000L));
        assertThat(feed.state()).isEqualTo(RECONNECTING);
        clock.advanceNanos(499_999_999L);
        for (int i = 0; i < 50; i++) {
            invoker.invoke();
        }
        assertThat(feed.connectionAttempts()).as("attempts before the delay is over").isEqualTo(1);
        clock.advanceNanos(1);
        invoker.invoke();
        assertThat(feed.connectionAttempts()).isEqualTo(2);

        Peer second = server.nextPeer();
        assertSubscribed(second, COINBASE_SUBSCRIPTIONS);
        second.sendText(CoinbaseProtocolTest.trades(0, "snapshot",
                coinbaseTrade(11, "BTC-USD", "3", "1", "2023-02-09T20:19:35.3Z"),
                coinbaseTrade(10, "BTC-USD", "2", "1", "2023-02-09T20:19:35.2Z"),
                coinbaseTrade(9, "BTC-USD", "1", "1", "2023-02-09T20:19:35.1Z")));
        invokeUntil("the new trade", () -> recorder.trades().size() == 3);
        assertThat(recorder.trades()).extracting(Trade::sequence).containsExactly(9L, 10L, 11L);
        assertThat(feed.duplicateTrades()).isEqualTo(2);
        assertThat(feed.sequenceGaps()).as("sequence numbers restart on each connection").isZero();

        second.drop();
        invokeUntil("a second reconnect", () -> recorder.reconnects().size() == 2);
        assertThat(recorder.reconnects().get(1)).isEqualTo(new Reconnect(2, 1_500_000_000L));
        clock.advanceNanos(1_500_000_000L);
        invokeUntil("a third connection", () -> feed.connectionAttempts() == 3);

        Peer third = server.nextPeer();
        assertSubscribed(third, COINBASE_SUBSCRIPTIONS);
        third.sendText(CoinbaseProtocolTest.heartbeat(0, 1));
        invokeUntil("live again", () -> feed.state() == LIVE);
        clock.advanceNanos(Duration.ofMinutes(1).toNanos());
        invoker.invoke();
        third.drop();
        invokeUntil("a third reconnect", () -> recorder.reconnects().size() == 3);
        assertThat(recorder.reconnects().get(2)).as("attempts count from 1 again after a minute live")
                .isEqualTo(new Reconnect(1, 100_000_000L));
        assertThat(recorder.states()).containsExactly(CONNECTING, LIVE, RECONNECTING, LIVE, RECONNECTING, LIVE,
                RECONNECTING);
    }

    @Test
    void failedConnectionAttemptsBackOffFurtherEachTime() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ManualNanoClock clock = new ManualNanoClock();
        LiveFeedSettings settings = settings().withEndpoint(URI.create("ws://127.0.0.1:" + closedPort))
                .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMinutes(1));
        LiveFeed feed = invoked(feed(LiveExchange.BINANCE, settings, clock, new FixedRandom(0.5), BTCUSDT));

        invokeUntil("the first failure", () -> recorder.reconnects().size() == 1);
        clock.advanceMillis(500);
        invokeUntil("the second failure", () -> recorder.reconnects().size() == 2);
        clock.advanceMillis(1_000);
        invokeUntil("the third failure", () -> recorder.reconnects().size() == 3);

        assertThat(recorder.reconnects()).containsExactly(new Reconnect(1, 500_000_000L),
                new Reconnect(2, 1_000_000_000L), new Reconnect(3, 1_500_000_000L));
        assertThat(recorder.states()).containsExactly(CONNECTING, RECONNECTING);
        assertThat(recorder.statuses().get(1).reason()).contains("cannot connect");
        assertThat(feed.state().acceptsEntries()).isFalse();
    }

    @Test
    void aSilentFeedTurnsStaleRecoversAndIsFinallyReplaced() throws Exception {
        LiveFeedSettings settings = settings().withSilence(Duration.ofMillis(200), Duration.ofMillis(800));
        LiveFeed feed = running(feed(LiveExchange.BINANCE, settings, SystemNanoClock.INSTANCE, new SplittableRandom(1),
                BTCUSDT));
        Peer first = server.nextPeer();
        first.sendText(binance("BTCUSDT", 1, "1", "1", T0));
        recorder.await("live", () -> recorder.states().contains(LIVE));

        recorder.await("stale", () -> recorder.states().contains(STALE));
        assertThat(feed.state().acceptsEntries()).isFalse();
        first.sendText(binance("BTCUSDT", 2, "1", "1", T0 + 1));
        recorder.await("live again", () -> recorder.states().size() >= 4);

        Peer second = server.nextPeer();
        assertThat(first.awaitClosed()).isTrue();
        assertThat(recorder.states().subList(0, 6)).containsExactly(CONNECTING, LIVE, STALE, LIVE, STALE, RECONNECTING);
        assertThat(recorder.statuses().get(3).reason()).contains("again after");
        assertThat(recorder.statuses().get(5).reason()).contains("silent for");
        assertThat(second.requestTarget()).isEqualTo("/stream?streams=btcusdt@trade");
        assertThat(recorder.trades()).hasSize(2);
    }

    @Test
    void garbageIsCountedPerKindLoggedOncePerKindAndNeverStopsTheFeed() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(LiveFeed.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            LiveFeedSettings settings = new LiveFeedSettings(server.uri(""), Duration.ofSeconds(10),
                    Duration.ofSeconds(30), Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMinutes(1),
                    Duration.ofSeconds(10), 64, 1024);
            LiveFeed feed = running(feed(LiveExchange.BINANCE, settings, SystemNanoClock.INSTANCE,
                    new SplittableRandom(1), BTCUSDT));
            Peer peer = server.nextPeer();
            String good = binance("BTCUSDT", 1, "1.5", "2", T0);
            peer.sendText("this is not json");
            peer.sendText("{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\"");
            peer.sendText(good.replace(",\"p\":\"1.5\"", ""));
            peer.sendText(good.replace("\"p\":\"1.5\"", "\"p\":\"1.5abc\""));
            peer.sendText(good.replace("\"p\":\"1.5\"", "\"p\":\"1.505\""));
            peer.sendText(good.replace("\"e\":\"trade\"", "\"e\":\"aggTrade\""));
            peer.sendText(good.replace("BTCUSDT", "BNBBTC"));
            peer.sendText(good.replace("\"T\":" + T0, "\"T\":\"noon\""));
            peer.sendBinary(new byte[] {1, 2, 3});
            peer.sendText("{\"stream\":\"" + "x".repeat(2_000) + "\"}");
            peer.sendText("{\"error\":{\"code\":1,\"msg\":\"Invalid value\"},\"id\":2}");
            peer.sendText("[]");
            peer.sendText("{\"result\":null,\"id\":1}");
            peer.sendText(good);

            assertThat(recorder.awaitTrades(1)).containsExactly(new Trade(7, T0 * MS, 150L, 200_000_000L, 1));
            assertThat(feed.malformedCount(MalformedKind.NOT_JSON)).isEqualTo(3);
            for (MalformedKind kind : List.of(MalformedKind.MISSING_FIELD, MalformedKind.BAD_NUMBER,
                    MalformedKind.TOO_PRECISE, MalformedKind.UNKNOWN_EVENT, MalformedKind.UNKNOWN_SYMBOL,
                    MalformedKind.BAD_TIME, MalformedKind.BINARY, MalformedKind.OVERSIZED,
                    MalformedKind.EXCHANGE_ERROR)) {
                assertThat(feed.malformedCount(kind)).as(kind.name()).isEqualTo(1);
            }
            assertThat(feed.malformedCount()).isEqualTo(12);
            assertThat(feed.messagesReceived()).isEqualTo(14);
            assertThat(recorder.states()).containsExactly(CONNECTING, LIVE);

            List<String> warnings = new ArrayList<>();
            for (ILoggingEvent event : List.copyOf(log.list)) {
                if (event.getLevel() == Level.WARN && event.getFormattedMessage().contains("ignored")) {
                    warnings.add(event.getFormattedMessage());
                }
            }
            assertThat(warnings).hasSize(MalformedKind.values().length);
            for (MalformedKind kind : MalformedKind.values()) {
                assertThat(warnings).filteredOn(w -> w.contains(kind.description())).as(kind.name()).hasSize(1);
            }
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void aSlowConsumerSlowsTheSocketInsteadOfDroppingMessages() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LiveTradeHandler slow = new LiveTradeHandler() {
            @Override
            public void onTrade(int instrument, long timeNanos, long price, long quantity, long exchangeSequence) {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                recorder.onTrade(instrument, timeNanos, price, quantity, exchangeSequence);
            }

            @Override
            public void onGap(int instrument, long expected, long received) {
                recorder.onGap(instrument, expected, received);
            }
        };
        LiveFeed feed = new LiveFeed(LiveExchange.BINANCE, List.of(BTCUSDT), settings().withQueueCapacity(4), slow,
                recorder, SystemNanoClock.INSTANCE, new SplittableRandom(1), http);
        running(feed);
        Peer peer = server.nextPeer();
        peer.sendText(binance("BTCUSDT", 1, "1", "1", T0));
        entered.await();
        for (int id = 2; id <= 300; id++) {
            peer.sendText(binance("BTCUSDT", id, "1", "1", T0 + id));
        }
        Thread.sleep(50);
        release.countDown();

        List<Trade> trades = recorder.awaitTrades(300);
        assertThat(trades).extracting(Trade::sequence).isSorted().doesNotHaveDuplicates().hasSize(300);
        assertThat(feed.sequenceGaps()).isZero();
        assertThat(feed.malformedCount()).isZero();
        assertThat(feed.lateMessages()).isZero();
    }

    @Test
    void aServerShutdownNoticeMovesToANewConnectionAtOnce() throws Exception {
        running(feed(LiveExchange.BINANCE, settings(), SystemNanoClock.INSTANCE, new SplittableRandom(1), BTCUSDT));
        Peer first = server.nextPeer();
        first.sendText(binance("BTCUSDT", 1, "1", "1", T0));
        recorder.awaitTrades(1);
        first.sendText("{\"e\":\"serverShutdown\",\"E\":1770123456789}");

        Peer second = server.nextPeer();
        assertThat(first.awaitClosed()).isTrue();
        second.sendText(binance("BTCUSDT", 2, "1", "1", T0 + 1));
        assertThat(recorder.awaitTrades(2)).extracting(Trade::sequence).containsExactly(1L, 2L);
        assertThat(recorder.reconnects()).as("no back-off for a planned move").isEmpty();
        assertThat(recorder.states()).containsExactly(CONNECTING, LIVE, RECONNECTING, LIVE);
        assertThat(recorder.statuses().get(2).reason()).contains("server shutdown");
    }

    @Test
    void closingTheFeedClosesTheConnectionCleanlyAndReportsClosed() throws Exception {
        LiveFeed feed = running(feed(LiveExchange.COINBASE, settings(), SystemNanoClock.INSTANCE,
                new SplittableRandom(1), BTC_USD));
        Peer peer = server.nextPeer();
        assertSubscribed(peer, COINBASE_SUBSCRIPTIONS);
        peer.sendText(CoinbaseProtocolTest.heartbeat(0, 1));
        recorder.await("live", () -> feed.state() == LIVE);

        runner.close();
        runner = null;

        assertThat(peer.awaitClosed()).isTrue();
        assertThat(peer.closeCodeReceived()).isEqualTo(1000);
        assertThat(feed.state()).isEqualTo(CLOSED);
        assertThat(recorder.states()).containsExactly(CONNECTING, LIVE, CLOSED);
        assertThat(server.connections()).isEqualTo(1);
    }
}
