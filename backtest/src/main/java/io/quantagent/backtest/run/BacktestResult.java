package io.quantagent.backtest.run;

import io.quantagent.engine.pipeline.RunSummary;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything one {@code quantagent backtest} produced: our run and the baselines with their metrics, what the engine
 * counted and how fast it went, the configuration, and where the files are.
 *
 * @param ours the run of the configured strategy
 * @param baselines buy-and-hold, random entries and the ta4j MACD strategy, in that order
 * @param summary the engine's summary of our run (counts, final account, speed)
 * @param configurationYaml the configuration the run used, as YAML
 * @param outDir the run folder: {@code journal/}, {@code summary.json}, {@code trades.csv}, {@code equity.csv},
 *     {@code report.html}, {@code baselines/random/journal/}
 */
public record BacktestResult(NamedRun ours, List<NamedRun> baselines, RunSummary summary, String configurationYaml,
        Path outDir) {

    /** Copies the list. */
    public BacktestResult {
        baselines = List.copyOf(baselines);
    }

    /** Ours, then the baselines. */
    public List<NamedRun> all() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(ours), baselines.stream()).toList();
    }

    /** The journal folder of our run. */
    public Path journal() {
        return outDir.resolve(Backtest.JOURNAL);
    }

    /** The HTML report. */
    public Path report() {
        return outDir.resolve(BacktestFiles.REPORT);
    }
}
