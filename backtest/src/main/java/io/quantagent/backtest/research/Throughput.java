package io.quantagent.backtest.research;

import io.quantagent.backtest.baseline.Ta4jClassic;
import io.quantagent.backtest.metrics.InstrumentBars;
import io.quantagent.engine.config.BarsConfig;
import io.quantagent.engine.config.EngineConfig;
import io.quantagent.engine.feed.Feed;
import io.quantagent.engine.pipeline.EngineRunner;
import io.quantagent.engine.pipeline.RunOptions;
import io.quantagent.engine.pipeline.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.ta4j.core.TradingRecord;

/**
 * The figures of {@code quantagent speed}: how fast the engine runs a whole backtest (events per second, from the
 * engine's own clock: start of the pipeline to the last event processed and journaled), and how fast it goes
 * through bars next to ta4j's {@code BarSeriesManager} running the classic MACD strategy on the same bars. Each run
 * journals into a temporary folder that is deleted afterwards.
 */
public final class Throughput {

    private Throughput() {
    }

    /**
     * One measured line.
     *
     * @param items events or bars per run
     * @param runs timed runs
     * @param nanos wall-clock time of the timed runs together
     * @param detail how it ran (pipeline, what was timed)
     */
    public record Measurement(long items, int runs, long nanos, String detail) {

        /** Items per second over the timed runs. */
        public double rate() {
            return nanos > 0 ? items * (double) runs * 1e9 / nanos : 0.0;
        }
    }

    /**
     * An engine run over a feed, timed by the engine (events per second as {@code quantagent backtest} reports
     * them), after {@code warmUps} untimed runs over the same events.
     */
    public static Measurement engineRun(EngineConfig config, Supplier<Feed> feed, int warmUps) throws IOException {
        for (int w = 0; w < warmUps; w++) {
            runOnce(config, feed.get());
        }
        RunSummary s = runOnce(config, feed.get());
        return new Measurement(s.eventsIn(), 1, s.elapsedNanos(), String.format(Locale.ROOT,
                "%s, %s wait; %,d bars, %,d fills, %,d records journaled%s", s.topology().key(), s.waitStrategy().key(),
                s.bars(), s.fills(), s.journalRecords(), warmUps > 0 ? "; after " + warmUps + " warm-up run" : ""));
    }

    /**
     * The engine fed the tape's bars (with the configuration's bar length set to the tape's): one warm-up run, then
     * {@code runs} timed runs, each timed from the call to the end of the run (start-up of the pipeline and the
     * journal included).
     */
    public static Measurement engineOnBars(EngineConfig config, BarTape tape, int runs) throws IOException {
        EngineConfig onBars = config.withBars(new BarsConfig(tape.timeFrame().duration(), config.bars().zone(),
                config.bars().sessionOffset()));
        RunSummary s = runOnce(onBars, tape.feed());
        long total = 0;
        long idle = 0;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            s = runOnce(onBars, tape.feed());
            total += System.nanoTime() - start;
            start = System.nanoTime();
            runOnce(onBars, tape.empty());
            idle += System.nanoTime() - start;
        }
        return new Measurement(tape.size(), runs, total, String.format(Locale.ROOT, "four agents, fusion, broker and"
                + " journal on every bar; %s, %s wait; of each run, start-up and finish alone take %.2f s (a run with"
                + " no events)", s.topology().key(), s.waitStrategy().key(), idle / 1e9 / runs));
    }

    /**
     * ta4j's {@code BarSeriesManager} running {@link Ta4jClassic}'s MACD crossover on the same bars: one warm-up,
     * then {@code runs} timed runs, each building the series and the strategy and running it.
     */
    public static Measurement ta4jOnBars(InstrumentBars bars, double feeBps, int runs) {
        Supplier<TradingRecord> once = () -> Ta4jClassic.tradingRecord(bars, feeBps);
        TradingRecord record = once.get();
        long total = 0;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            record = once.get();
            total += System.nanoTime() - start;
        }
        return new Measurement(bars.size(), runs, total, "series + MACD(12, 26, 9) crossover, "
                + record.getPositionCount() + " positions; nothing journaled");
    }

    private static RunSummary runOnce(EngineConfig config, Feed feed) throws IOException {
        Path dir = Files.createTempDirectory("quantagent-speed-");
        try {
            return EngineRunner.run(config, feed, dir, RunOptions.defaults());
        } finally {
            PointRunner.deleteTree(dir);
        }
    }
}
