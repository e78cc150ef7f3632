package io.quantagent.engine.feed.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.config.BarsConfig;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.config.FeedConfig;
import io.quantagent.engine.config.FusionConfig;
import io.quantagent.engine.config.PaperConfig;
import io.quantagent.engine.config.PipelineConfig;
import io.quantagent.engine.config.ReplayConfig;
import io.quantagent.engine.daemon.DaemonSnapshot;
import io.quantagent.engine.daemon.PaperDaemon;
import io.quantagent.engine.journal.JournalReader;
import io.quantagent.engine.journal.JournalRecord;
import io.quantagent.engine.journal.RecordType;
import io.quantagent.engine.replay.ReplayVerifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paper daemon on a live Binance feed served by the loopback WebSocket server: its trades go through the
 * engine; when the feed goes silent it is stale and the Risk agent vetoes the entry on the bar that closes across
 * the silence (the journal shows it, and a replay vetoes the same bar); garbage is counted; a dropped connection
 * comes back.
 */
class LiveFeedDaemonTest {

    private static final long T0 = 1_700_000_000_000L;
    private static final long STEP_MILLIS = 10_000;

    @TempDir
    Path dir;

    private LoopbackWebSocketServer server;
    private PaperDaemon daemon;
    private final SplittableRandom random = new SplittableRandom(5);
    private BigDecimal price = new BigDecimal("100.00");
    private long id;
    private long time = T0;

    @AfterEach
    void close() throws Exception {
        if (daemon != null) {
            daemon.stop();
        }
        if (server != null) {
            server.close();
        }
    }

    private EngineConfig config() {
        FeedConfig binance = new FeedConfig(FeedConfig.Kind.BINANCE, List.of("BTCUSDT"), server.uri("").toString(),
                Duration.ofSeconds(1), Duration.ofSeconds(20), Duration.ofMillis(20), Duration.ofMillis(100),
                Duration.ofMinutes(1), Duration.ofSeconds(5), 1024);
        EngineConfig defaults = EngineConfig.defaults();
        var agents = defaults.agents();
        return defaults.withBars(new BarsConfig(Duration.ofMinutes(1), ZoneId.of("UTC"), Duration.ZERO))
                .withAgents(new io.quantagent.engine.config.AgentsConfig(agents.indicator(), agents.pattern(),
                        agents.trend(), agents.risk(), new FusionConfig(FusionConfig.Mode.BENCHMARK, 0.5)))
                .withPipeline(new PipelineConfig(PipelineConfig.Topology.SEQUENTIAL,
                        PipelineConfig.WaitStrategy.BLOCKING, 1024))
                .withPaper(new PaperConfig(defaults.paper().http(), ReplayConfig.defaults(), List.of(binance)));
    }

    /** The next trade, ten seconds of exchange time after the last, the price a random step away. */
    private String nextTrade() {
        price = price.add(BigDecimal.valueOf(random.nextInt(-30, 31), 2)).max(new BigDecimal("50"))
                .setScale(2, RoundingMode.UNNECESSARY);
        time += STEP_MILLIS;
        return BinanceProtocolTest.combined("BTCUSDT", ++id, price.toPlainString(), "0.5", time);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(5);
        }
    }

    private DaemonSnapshot.FeedState feed() {
        return daemon.view().snapshot().feeds().get(0);
    }

    private List<JournalRecord> journal() {
        List<JournalRecord> list = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(dir.resolve("state").resolve("journal"))) {
            for (JournalRecord r = reader.next(); r != null; r = reader.next()) {
                list.add(r);
            }
        }
        return list;
    }

    @Test
    void aStaleFeedVetoesTheEntryOnTheBarThatClosesAcrossTheSilenceGarbageIsCountedAndADropReconnects()
            throws Exception {
        server = new LoopbackWebSocketServer();
        daemon = PaperDaemon.start(config(), dir.resolve("state"), null);
        LoopbackWebSocketServer.Peer peer = server.nextPeer();
        // 40 minutes of trades, every 10 s: the Risk agent warms up; each message keeps the feed live
        for (int i = 0; i < 240; i++) {
            peer.sendText(nextTrade());
        }
        await("240 trades through the pipeline", () -> daemon.view().snapshot().counters().events() >= 241);
        assertThat(feed().state()).isEqualTo("LIVE");

        await("the feed is stale after a second of silence", () -> "STALE".equals(feed().state()));
        assertThat(daemon.view().health().healthy()).isFalse();
        assertThat(daemon.view().health().problems()).anyMatch(p -> p.contains("binance[BTCUSDT] is STALE"));
        // the next trade is in the next minute: it closes the bar that spans the silence
        time = (time / 60_000 + 1) * 60_000 + 5_000 - STEP_MILLIS;
        String closing = nextTrade();
        peer.sendText(closing);
        for (int i = 0; i < 12; i++) {
            peer.sendText(nextTrade());
        }
        peer.sendText("this is not JSON");
        peer.sendBinary("binary".getBytes(StandardCharsets.UTF_8));
        await("garbage counted", () -> daemon.view().snapshot().counters().malformedMessages() == 2);
        assertThat(feed().malformed()).isEqualTo(2);

        peer.drop();
        LoopbackWebSocketServer.Peer again = server.nextPeer();
        again.sendText(nextTrade());
        await("trades after the reconnect", () -> "LIVE".equals(feed().state()) && feed().reconnects() == 1);
        long events = daemon.view().snapshot().counters().events();
        daemon.stop();
        daemon = null;

        List<JournalRecord> all = journal();
        List<JournalRecord> statuses = all.stream().filter(r -> r.type() == RecordType.INPUT
                && "FEED_STATUS".equals(r.value("kind"))).toList();
        // connecting, live; silent, live; dropped, live; closed
        assertThat(statuses).extracting(r -> r.value("state"))
                .containsExactly("STALE", "LIVE", "STALE", "LIVE", "STALE", "LIVE", "STALE");
        JournalRecord staleInput = statuses.get(2);
        JournalRecord closingTrade = all.stream().filter(r -> r.type() == RecordType.INPUT
                && r.inputSequence() > staleInput.inputSequence()).findFirst().orElseThrow();
        assertThat(closingTrade.value("kind")).isEqualTo("TRADE");
        // inputs: STALE (connecting), trade 1, LIVE, trades 2 to 240, STALE (silence), the closing trade
        assertThat(staleInput.inputSequence()).isEqualTo(242);
        assertThat(closingTrade.inputSequence()).isEqualTo(243);
        // the bar closed by the first trade after the silence: the Risk agent vetoes it as stale data
        JournalRecord risk = riskSignal(all, closingTrade.inputSequence());
        assertThat(risk.value("veto")).isEqualTo("STALE_DATA");
        assertThat(all).anyMatch(r -> r.type() == RecordType.DECISION
                && r.inputSequence() == closingTrade.inputSequence() && "STALE_DATA".equals(r.value("veto")));
        // live again right after that trade: the bars before the silence and after it are judged on their data
        assertThat(statuses.get(3).inputSequence()).isEqualTo(closingTrade.inputSequence() + 1);
        List<JournalRecord> riskSignals = all.stream().filter(r -> r.type() == RecordType.SIGNAL
                && "RISK".equals(r.agent())).toList();
        assertThat(riskSignals).filteredOn(r -> "STALE_DATA".equals(r.value("veto")))
                .extracting(JournalRecord::inputSequence).containsExactly(closingTrade.inputSequence());
        assertThat(riskSignals.get(riskSignals.size() - 1).value("veto")).isNotEqualTo("NOT_WARMED_UP");
        // every input is journaled, and the only one after the last snapshot is the feed's STALE as it closed
        long inputs = all.stream().filter(r -> r.type() == RecordType.INPUT).count();
        assertThat(all.get(all.size() - 1).field("inputs").number()).isEqualTo(inputs).isEqualTo(events + 1);
        assertThat(ReplayVerifier.verify(dir.resolve("state").resolve("journal")).difference()).isEmpty();
    }

    private static JournalRecord riskSignal(List<JournalRecord> all, long input) {
        return all.stream().filter(r -> r.type() == RecordType.SIGNAL && "RISK".equals(r.agent())
                && r.inputSequence() == input).findFirst().orElseThrow(() -> new AssertionError(
                        "no risk signal on input " + input));
    }
}
