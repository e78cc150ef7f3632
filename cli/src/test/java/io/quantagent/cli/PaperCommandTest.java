package io.quantagent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code paper}'s refusals, before anything listens: a bad option, a bad configuration key, a missing recording,
 * and a state folder whose journal was written with another configuration (the daemon itself is tested in the
 * engine).
 */
class PaperCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = QuantAgentCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private Path config(String name, String feeBps, Path data) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, """
                data:
                  - path: %s
                    format: trades
                    instrument: BTC/USD
                    timestampFormat: epoch-s
                broker:
                  feeBps: %s
                paper:
                  replay:
                    speed: 1000000
                """.formatted(data, feeBps));
        return file;
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Run r = run("paper", "--port", "70000");
        assertThat(r.exit()).isEqualTo(QuantAgentCommand.EXIT_USAGE);
        assertThat(r.err()).contains("--port must be 1 to 65535, was 70000");
    }

    @Test
    void aBadKeyIsNamed() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "paper:\n  replay:\n    sped: 10\n");
        Run r = run("paper", "--config", file.toString(), "--state-dir", dir.resolve("state").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("paper.replay.sped: unknown key; did you mean 'speed'?");
    }

    @Test
    void aMissingRecordingIsNamed() throws Exception {
        Path missing = dir.resolve("missing.csv");
        Run r = run("paper", "--config", config("c.yaml", "10", missing).toString(), "--state-dir",
                dir.resolve("state").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(missing + ": no such file");
    }

    @Test
    void aJournalOfAnotherConfigurationIsRefusedWithTheDifferenceAndTheWayOut() throws Exception {
        Path data = dir.resolve("t.csv");
        Files.writeString(data, "timestamp,price,amount\n1000,1,1\n1001,2,1\n");
        Path state = dir.resolve("state");
        var first = io.quantagent.engine.config.EngineConfig.load(config("a.yaml", "10", data));
        io.quantagent.engine.daemon.PaperDaemon.start(first, state, null).stop();

        Run r = run("paper", "--config", config("b.yaml", "20", data).toString(), "--state-dir", state.toString());
        assertThat(r.exit()).as(r.out()).isEqualTo(1);
        assertThat(r.err()).contains("was written with another configuration").contains("broker.feeBps: journal 10, now 20")
                .contains("another --state-dir");
        assertThat(r.out()).doesNotContain("dashboard");
    }
}
