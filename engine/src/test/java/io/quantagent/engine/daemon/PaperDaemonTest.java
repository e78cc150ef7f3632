package io.quantagent.engine.daemon;

import static io.quantagent.engine.daemon.DaemonFixtures.config;
import static io.quantagent.engine.daemon.DaemonFixtures.contentsWithoutStopMarks;
import static io.quantagent.engine.daemon.DaemonFixtures.records;
import static io.quantagent.engine.daemon.DaemonFixtures.slice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quantagent.engine.config.BrokerConfig;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.journal.JournalRecord;
import io.quantagent.engine.journal.RecordType;
import io.quantagent.engine.pipeline.RunSummary;
import io.quantagent.engine.replay.ReplayResult;
import io.quantagent.engine.replay.ReplayVerifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon in this JVM: plays the recording through the engine, shows itself in snapshots, takes operator
 * commands as journaled inputs, continues its journal after a stop, and refuses a journal of another
 * configuration.
 */
class PaperDaemonTest {

    private static final int ROWS = 6_000;

    @TempDir
    Path dir;

    private Path data;

    @BeforeEach
    void data() throws Exception {
        data = slice(dir, ROWS);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(10);
        }
    }

    private static void awaitEnd(PaperDaemon daemon) throws InterruptedException {
        await("the recording has been played", () -> daemon.replayEnded() && daemon.backlog() == 0);
    }

    @Test
    void playsTheRecordingShowsItAndAfterAStopContinuesWithoutPlayingAnyRowTwice() throws Exception {
        EngineConfig config = config(data, 1_000_000, false);
        Path state = dir.resolve("state");
        PaperDaemon daemon = PaperDaemon.start(config, state, null);
        assertThat(daemon.startLine()).startsWith("new journal in");
        awaitEnd(daemon);
        await("the snapshot has every event", () -> daemon.view().snapshot().counters().events() == ROWS);
        DaemonSnapshot snapshot = daemon.view().snapshot();
        assertThat(snapshot.instruments()).hasSize(1);
        DaemonSnapshot.InstrumentState btc = snapshot.instruments().get(0);
        assertThat(btc.name()).isEqualTo("BTC/USD");
        assertThat(btc.candles()).isNotEmpty().hasSizeLessThanOrEqualTo(DaemonState.CANDLES);
        assertThat(btc.candles().get(btc.candles().size() - 1).closeTimeMillis())
                .isLessThanOrEqualTo(snapshot.eventTimeMillis());
        assertThat(btc.orders()).isNotEmpty();
        assertThat(btc.signals()).extracting(DaemonSnapshot.Signal::agent)
                .containsExactly("INDICATOR", "PATTERN", "TREND", "RISK", "DECISION");
        assertThat(btc.signals().get(0).detail()).matches("RSI \\d+\\.\\d \\(\\w+\\), MACD crossing -?\\d, vote -?\\d");
        assertThat(btc.signals().get(3).detail()).matches("veto: \\w+, stop distance (\\d+\\.\\d\\d|n/a), size .*");
        assertThat(snapshot.counters().orders()).isPositive();
        assertThat(snapshot.counters().ringSize()).isEqualTo(4096);
        assertThat(snapshot.feeds()).singleElement().satisfies(feed -> {
            assertThat(feed.kind()).isEqualTo("replay");
            assertThat(feed.state()).isEqualTo("ENDED");
            assertThat(feed.messages()).isEqualTo(ROWS);
            assertThat(feed.lastMessageAgeMillis()).isNotNegative();
        });
        assertThat(daemon.view().health().healthy()).isFalse();
        assertThat(daemon.view().health().problems()).anyMatch(p -> p.contains("played the whole recording"));
        assertThat(snapshot.latency().count()).isPositive();
        assertThat(daemon.view().tickToOrderNanos().getTotalCount()).isEqualTo(snapshot.latency().count());
        RunSummary first = daemon.stop();
        assertThat(daemon.finalStateLine()).startsWith("final state: equity ");
        assertThat(first.eventsIn()).isEqualTo(ROWS);
        // the view's account, booked from the journal, is the engine's; its counts are the journal's
        assertThat(daemon.view().snapshot().counters().events()).isEqualTo(ROWS);
        assertThat(daemon.view().snapshot().counters().orders()).isEqualTo(first.orders());
        assertThat(daemon.view().snapshot().counters().fills()).isEqualTo(first.fills());
        assertThat(daemon.view().snapshot().account().equity())
                .isCloseTo(first.portfolio().equity() / 1e8, org.assertj.core.data.Offset.offset(1e-6));

        Path journal = state.resolve("journal");
        List<JournalRecord> afterFirst = records(journal);
        assertThat(afterFirst.get(afterFirst.size() - 1).type()).isEqualTo(RecordType.END);

        PaperDaemon again = PaperDaemon.start(config, state, null);
        assertThat(again.startLine()).contains("recovered").contains(String.format("%,d inputs", ROWS))
                .contains(String.format("after row %,d", ROWS));
        awaitEnd(again);
        RunSummary second = again.stop();
        assertThat(second.eventsIn()).isEqualTo(ROWS);
        assertThat(second.portfolio()).isEqualTo(first.portfolio());

        Path reference = dir.resolve("reference");
        DaemonFixtures.reference(config, reference);
        assertThat(contentsWithoutStopMarks(journal)).isEqualTo(contentsWithoutStopMarks(reference));
        ReplayResult replay = ReplayVerifier.verify(journal);
        assertThat(replay.difference()).isEmpty();
        assertThat(replay.compared(RecordType.INPUT)).isEqualTo(ROWS);
    }

    @Test
    void haltResumeAndFlattenAreJournaledInputsThatAReplayRepeats() throws Exception {
        EngineConfig config = config(data, 2_000, true);
        Path state = dir.resolve("state");
        try (PaperDaemon daemon = PaperDaemon.start(config, state, "secret")) {
            DaemonView view = daemon.view();
            assertThat(view.snapshot().controlEnabled()).isTrue();
            await("some events", () -> view.snapshot().counters().events() > 100);
            assertThat(view.control().halt("test").accepted()).isTrue();
            await("halted", () -> view.snapshot().halted());
            assertThat(view.control().resume().accepted()).isTrue();
            await("resumed", () -> !view.snapshot().halted());
            assertThat(view.control().flatten().accepted()).isTrue();
            await("the flatten is journaled", () -> records(state.resolve("journal")).stream()
                    .anyMatch(r -> "FLATTEN".equals(r.value("command"))));
        }
        Path journal = state.resolve("journal");
        List<JournalRecord> all = records(journal);
        assertThat(all.stream().filter(r -> r.type() == RecordType.INPUT && "CONTROL".equals(r.value("kind")))
                .map(r -> r.value("command"))).containsExactly("HALT", "RESUME", "FLATTEN");
        assertThat(all).anyMatch(r -> r.type() == RecordType.RISK && "INSTRUMENT_HALTED".equals(r.value("event")));
        assertThat(all).anyMatch(r -> r.type() == RecordType.RISK && "INSTRUMENT_RESUMED".equals(r.value("event")));
        assertThat(ReplayVerifier.verify(journal).difference()).isEmpty();
    }

    @Test
    void aJournalOfAnotherConfigurationIsRefusedNamingTheKeyAndTheWayOut() throws Exception {
        EngineConfig config = config(data, 1_000_000, false);
        Path state = dir.resolve("state");
        PaperDaemon.start(config, state, null).stop();
        BrokerConfig broker = config.broker();
        EngineConfig other = config.withBroker(new BrokerConfig(broker.startingCash(), broker.currency(),
                new BigDecimal(25), broker.slippageBps(), broker.slippageTicks(), broker.latency()));
        assertThatThrownBy(() -> PaperDaemon.start(other, state, null)).isInstanceOf(DaemonException.class)
                .hasMessageContaining("broker.feeBps: journal 10, now 25")
                .hasMessageContaining("another --state-dir");
        // the journal is untouched: the right configuration continues it
        PaperDaemon daemon = PaperDaemon.start(config, state, null);
        assertThat(daemon.startLine()).contains("recovered");
        daemon.stop();
    }

    @Test
    void aSecondDaemonOnTheSameStateFolderIsRefusedUntilTheFirstStops() throws Exception {
        EngineConfig config = config(data, 1, false);
        Path state = dir.resolve("shared");
        PaperDaemon first = PaperDaemon.start(config, state, null);
        try {
            assertThatThrownBy(() -> PaperDaemon.start(config, state, null)).isInstanceOf(DaemonException.class)
                    .hasMessageContaining(state + " is in use by another paper daemon (pid "
                            + ProcessHandle.current().pid())
                    .hasMessageContaining("another --state-dir");
        } finally {
            first.stop();
        }
        PaperDaemon second = PaperDaemon.start(config, state, null);
        assertThat(second.startLine()).contains("recovered");
        second.stop();
    }

    @Test
    void aJournalKilledBeforeItsHeaderWasCompleteIsAFreshStart() throws Exception {
        EngineConfig config = config(data, 1_000_000, false);
        Path state = dir.resolve("killed-at-birth");
        Path journal = state.resolve("journal");
        try (var queue = net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder.single(journal.toFile())
                .rollCycle(net.openhft.chronicle.queue.RollCycles.FAST_DAILY).timeProvider(() -> 0L).build();
                var appender = queue.createAppender();
                var document = appender.writingDocument()) {
            document.wire().bytes().writeLong(42);
            document.rollbackOnClose();
        }
        assertThat(io.quantagent.engine.journal.JournalFiles.isJournal(journal)).isTrue();
        assertThat(io.quantagent.engine.journal.JournalFiles.hasRecords(journal)).isFalse();
        PaperDaemon daemon = PaperDaemon.start(config, state, null);
        assertThat(daemon.startLine()).doesNotContain("recovered");
        daemon.stop();
        assertThat(ReplayVerifier.verify(journal).difference()).isEmpty();
    }

    @Test
    void aRestartMayChangeThePortTheSpeedAndTheStallTimeButNotTheRest() throws Exception {
        EngineConfig config = config(data, 1_000_000, false);
        Path state = dir.resolve("operational");
        PaperDaemon.start(config, state, null).stop();
        var paper = config.paper();
        EngineConfig moved = config.withPaper(new io.quantagent.engine.config.PaperConfig(
                new io.quantagent.engine.config.HttpConfig("127.0.0.1", paper.http().port() + 1, false,
                        paper.http().controlTokenEnv()),
                new io.quantagent.engine.config.ReplayConfig(paper.replay().speed() / 2, paper.replay().loop()),
                paper.feeds(), paper.stallAfter().plusSeconds(5)));
        PaperDaemon daemon = PaperDaemon.start(moved, state, null);
        assertThat(daemon.startLine()).contains("recovered");
        daemon.stop();
        assertThat(ReplayVerifier.verify(state.resolve("journal")).difference()).isEmpty();
        EngineConfig looping = config.withPaper(new io.quantagent.engine.config.PaperConfig(paper.http(),
                new io.quantagent.engine.config.ReplayConfig(paper.replay().speed(), !paper.replay().loop()),
                paper.feeds(), paper.stallAfter()));
        assertThatThrownBy(() -> PaperDaemon.start(looping, state, null)).isInstanceOf(DaemonException.class)
                .hasMessageContaining("paper.replay.loop: journal false, now true");
    }
}
