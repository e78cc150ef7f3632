package io.quantagent.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.config.DataInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.agrona.concurrent.CachedNanoClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accelerated replay: paced on an injected clock, event times untouched, laps shifted, rows skipped. */
class ReplayFeedTest {

    private static final long S = 1_000_000_000L;
    private static final long MS = 1_000_000L;
    private static final long UNIT = 100_000_000L;

    @TempDir
    Path dir;

    private final CachedNanoClock clock = new CachedNanoClock();
    private final RecordingSink sink = new RecordingSink();
    private ReplayFeed feed;

    @AfterEach
    void close() {
        if (feed != null) {
            feed.onClose();
        }
    }

    /** Trades at 0, 1, 2 and 10 seconds after 1000 s, prices 1 to 4. */
    private FileFeed recording() throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "timestamp,price,amount\n1000,1,1\n1001,2,1\n1002,3,1\n1010,4,1\n");
        return new FileFeed(List.of(new DataInput(file, DataInput.Format.TRADES, "BTC/USD", ZoneId.of("UTC"),
                "epoch-s", DataInput.BadRows.FAIL, 8, 8)));
    }

    private ReplayFeed start(double speed, boolean loop, long skip) throws Exception {
        feed = new ReplayFeed(recording(), speed, loop, skip, sink, clock);
        feed.onStart();
        return feed;
    }

    /** Runs the agent until it has delivered {@code count} events or has nothing more to do at this clock. */
    private void workUntil(int count) throws InterruptedException {
        for (int spins = 0; spins < 20_000 && sink.events.size() < count; spins++) {
            if (feed.doWork() == 0) {
                Thread.sleep(0, 100_000);
            }
        }
    }

    /** Lets the agent work a while without moving the clock (the reader thread has the whole file by then). */
    private void idle() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            feed.doWork();
            Thread.sleep(0, 50_000);
        }
    }

    private static String trade(long seconds, long price) {
        return "T 0 " + seconds * S + " " + price * UNIT + " " + UNIT;
    }

    @Test
    void eachEventIsPlayedWhenItsEventTimeOverTheSpeedHasPassedOnTheClock() throws Exception {
        clock.update(5 * S);
        start(2, false, 0);
        workUntil(1);
        idle();
        assertThat(sink.events).containsExactly(trade(1000, 1));

        clock.update(5 * S + 499 * MS);
        idle();
        assertThat(sink.events).hasSize(1);

        clock.update(5 * S + 500 * MS);
        workUntil(2);
        idle();
        assertThat(sink.events).containsExactly(trade(1000, 1), trade(1001, 2));

        clock.update(5 * S + 4_999 * MS);
        workUntil(3);
        idle();
        assertThat(sink.events).hasSize(3);

        clock.update(10 * S);
        workUntil(4);
        idle();
        assertThat(sink.events).containsExactly(trade(1000, 1), trade(1001, 2), trade(1002, 3), trade(1010, 4));
        assertThat(feed.state()).isEqualTo(ReplayFeed.State.ENDED);
        assertThat(feed.failure()).isNull();
        assertThat(feed.rows()).isEqualTo(4);
    }

    @Test
    void aLateClockPlaysEverythingDueAtOnceWithoutChangingEventTimes() throws Exception {
        start(1, false, 0);
        workUntil(1);
        clock.update(60 * S);
        workUntil(4);
        assertThat(sink.events).containsExactly(trade(1000, 1), trade(1001, 2), trade(1002, 3), trade(1010, 4));
    }

    @Test
    void loopingShiftsEachLapByTheRecordingsLengthPlusItsFirstInterval() throws Exception {
        start(1_000_000, true, 0);
        clock.update(0);
        workUntil(1);
        clock.update(Long.MAX_VALUE / 2);
        workUntil(10);
        // length 10 s + first interval 1 s: lap 1 is 11 s later, lap 2 22 s later
        assertThat(sink.events.subList(0, 10)).containsExactly(trade(1000, 1), trade(1001, 2), trade(1002, 3),
                trade(1010, 4), trade(1011, 1), trade(1012, 2), trade(1013, 3), trade(1021, 4), trade(1022, 1),
                trade(1023, 2));
        assertThat(feed.state()).isEqualTo(ReplayFeed.State.PLAYING);
    }

    @Test
    void skippedRowsAreNotPlayedAndThePacingStartsFromTheFirstRowPlayed() throws Exception {
        clock.update(0);
        start(1, true, 6);
        workUntil(1);
        idle();
        // rows 0-3 are lap 0, rows 4 and 5 the start of lap 1: the first played is row 6, lap 1's third
        assertThat(sink.events).containsExactly(trade(1013, 3));
        clock.update(7 * S);
        workUntil(2);
        idle();
        assertThat(sink.events).containsExactly(trade(1013, 3));
        clock.update(8 * S);
        workUntil(2);
        assertThat(sink.events).containsExactly(trade(1013, 3), trade(1021, 4));
        assertThat(feed.rows()).isEqualTo(8);
    }

    @Test
    void closingFromAnotherThreadStopsTheReader() throws Exception {
        start(1, true, 0);
        workUntil(1);
        Thread closer = new Thread(feed::onClose);
        closer.start();
        closer.join(10_000);
        assertThat(closer.isAlive()).isFalse();
        assertThat(feed.state()).isEqualTo(ReplayFeed.State.CLOSED);
        assertThat(feed.doWork()).isZero();
        feed = null;
    }

    @Test
    void aBadRowEndsTheReplayWithTheFileAndLine() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "timestamp,price,amount\n1000,1,1\n1001,abc,1\n");
        feed = new ReplayFeed(new FileFeed(List.of(new DataInput(file, DataInput.Format.TRADES, "BTC/USD",
                ZoneId.of("UTC"), "epoch-s", DataInput.BadRows.FAIL, 8, 8))), 1, false, 0, sink, clock);
        feed.onStart();
        workUntil(1);
        for (int i = 0; i < 2_000 && feed.state() == ReplayFeed.State.PLAYING; i++) {
            feed.doWork();
            Thread.sleep(1);
        }
        assertThat(feed.state()).isEqualTo(ReplayFeed.State.ENDED);
        assertThat(feed.failure()).hasMessageContaining("bad.csv:3");
        assertThat(sink.events).containsExactly(trade(1000, 1));
    }
}
