/**
 * The latency harness behind {@code quantagent bench latency}: {@link io.quantagent.bench.latency.LatencyHarness}
 * injects the same seeded ticks ({@link io.quantagent.bench.latency.TickTape}) at a fixed rate into each
 * configuration, one at a time: the engine on the Disruptor ring in each topology and each wait strategy that fits
 * the machine's cores, the same stage objects behind {@code ArrayBlockingQueue}s (the baseline), and empty
 * pipelines of each shape (the floor).
 *
 * <p>Latency is measured from each tick's intended send time (coordinated omission: a stall of the injector or of
 * the pipeline shows) by a {@link io.quantagent.engine.pipeline.StageDecorator}
 * ({@link io.quantagent.bench.latency.LatencyProbe}) that times every stage and records tick-to-signal after the
 * aggregator, tick-to-order after the execution stage and the whole pipeline after the journal, in HdrHistograms.
 * Allocation over the pipeline's threads and garbage collection are read for the measured part. Every run's
 * counts are checked (ticks sent = ticks received, orders counted = the execution stage's counter = the journal's
 * ORDER records, the same orders in every configuration); the report is a terminal table
 * ({@link io.quantagent.bench.latency.ReportText}), JSON ({@link io.quantagent.bench.latency.ReportJson}),
 * {@code .hgrm} files and an HTML percentile plot ({@link io.quantagent.bench.latency.ReportFiles}).
 */
package io.quantagent.bench.latency;
