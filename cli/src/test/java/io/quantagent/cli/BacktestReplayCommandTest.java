package io.quantagent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.journal.FolderLock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backtest}, {@code journal dump}, {@code replay} and {@code explain}, in-process, on the bundled trades; the
 * later three on the backtest's run folder and on the journal folder inside it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BacktestReplayCommandTest {

    private static final Path TRADES = Path.of(System.getProperty("qa.samples"), "bitstamp_trades_from_20131125_usd.csv");
    private static final String CONFIG = Path.of("..", "configs", "backtest.yaml").toString();

    @TempDir
    static Path dir;

    private Path runDir;
    private Path journal;
    private String backtestOut;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = QuantAgentCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    void backtestTheBundledTrades() {
        runDir = dir.resolve("run");
        journal = runDir.resolve("journal");
        Run r = run("backtest", "--config", CONFIG, "--data", TRADES.toString(), "--out", runDir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        backtestOut = r.out();
    }

    @Test
    void theBacktestReadsEveryTradeAndClosesEveryMinuteBar() {
        assertThat(backtestOut).contains("100,001 in, 9,399 bars").containsPattern("[1-9][0-9,]* fills");
        assertThat(Files.isDirectory(journal)).isTrue();
    }

    @Test
    void replayFindsTheJournalIdentical() {
        Run r = run("replay", journal.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("identical: ");
    }

    @Test
    void replayRefusesAJournalARunningDaemonIsWriting() {
        Run refused;
        FolderLock daemon = FolderLock.acquire(runDir, "daemon.lock", "paper daemon", "stop it");
        try {
            refused = run("replay", journal.toString());
        } finally {
            daemon.close();
        }
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains(journal + ": a running paper daemon is writing this journal",
                "pid " + ProcessHandle.current().pid(), "stop it (SIGTERM)");
        Run afterwards = run("replay", journal.toString());
        assertThat(afterwards.exit()).as(afterwards.err()).isZero();
    }

    @Test
    void replayDumpAndExplainTakeTheRunFolderToo() {
        Run replay = run("replay", runDir.toString());
        assertThat(replay.exit()).as(replay.err()).isZero();
        assertThat(replay.out()).startsWith("identical: ");
        Run dump = run("journal", "dump", runDir.toString(), "--type", "END");
        assertThat(dump.exit()).as(dump.err()).isZero();
        assertThat(dump.out()).contains("END").contains("inputs=100001");
        Run explain = run("explain", runDir.toString(), "1");
        assertThat(explain.exit()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("Order 1:");
    }

    @Test
    void dumpFiltersByTypeAndPrintsJsonLines() {
        Run r = run("journal", "dump", journal.toString(), "--type", "ORDER", "--json", "--limit", "3");
        assertThat(r.exit()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{").contains("\"type\":\"ORDER\""));
        Run other = run("journal", "dump", journal.toString(), "--instrument", "ETH/USD");
        assertThat(other.out()).isEmpty();
    }

    @Test
    void explainNamesEachAgentTheFusionStepAndTheRiskChecks() {
        Run r = run("explain", journal.toString(), "1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Order 1:", "Indicator agent:", "Pattern agent:", "Trend agent:", "Risk agent:",
                "Fusion:", "Pre-trade risk passed");
        Run unknown = run("explain", journal.toString(), "987654321");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no order 987654321").doesNotContain("\tat ");
    }

    @Test
    void aNonEmptyJournalFolderIsRefused() {
        Run r = run("backtest", "--config", CONFIG, "--data", TRADES.toString(), "--out", runDir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("not empty");
    }

    @Test
    void aBadRowStopsTheBacktestWithFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "timestamp,price,amount\n1385337600,800.01,0.1\n1385337601,-3,0.1\n");
        Run r = run("backtest", "--config", CONFIG, "--data", bad.toString(), "--out", dir.resolve("j-bad").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("bad.csv:3:").doesNotContain("\tat ");
    }

    @Test
    void replayOfAMissingFolderIsOneClearLine() {
        Run r = run("replay", dir.resolve("none").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("not a journal folder");
    }
}
