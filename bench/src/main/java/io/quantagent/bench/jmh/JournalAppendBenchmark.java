package io.quantagent.bench.jmh;

import io.quantagent.engine.journal.JournalStage;
import io.quantagent.engine.journal.JournalWriter;
import io.quantagent.engine.pipeline.EventInputs;
import io.quantagent.engine.pipeline.MarketEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One journal append: the journal stage writing a tick that closed no bar and traded nothing, which is one INPUT
 * record (Chronicle Queue {@code writingDocument}, no fsync) into a fresh journal per iteration (deleted after
 * it). Run with {@code -prof gc}: the append allocates nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JournalAppendBenchmark {

    private static final long START = 1_704_067_200_000_000_000L;

    private Path dir;
    private JournalWriter writer;
    private JournalStage stage;
    private final MarketEvent event = new MarketEvent();
    private long sequence;

    @Setup(Level.Iteration)
    public void openJournal() throws IOException {
        dir = Files.createTempDirectory("qa-jmh-journal");
        writer = JournalWriter.create(dir.resolve("journal"), false);
        stage = new JournalStage(writer);
        stage.onStart();
    }

    @TearDown(Level.Iteration)
    public void closeJournal() throws IOException {
        stage.onShutdown();
        writer.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** One INPUT record appended. */
    @Benchmark
    public long appendOneRecord() {
        long s = sequence++;
        EventInputs.trade(event, s, 0, START + s * 1_000_000L, 10_000_000_000L + (s & 1023), 1_000_000L);
        stage.onEvent(event);
        return writer.recordCount();
    }
}
