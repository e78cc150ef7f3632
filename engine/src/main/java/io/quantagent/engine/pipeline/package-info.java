/**
 * The Disruptor pipeline: the ring of pre-allocated {@link io.quantagent.engine.pipeline.MarketEvent} slots, the
 * stages that fill its sections, the two topologies, and the {@link io.quantagent.engine.pipeline.Engine} and
 * {@link io.quantagent.engine.pipeline.EngineRunner} that run it.
 *
 * <p>An event passes: {@link io.quantagent.engine.pipeline.BarStage} (ticks to bars) &rarr; the Indicator,
 * Pattern, Trend and Risk agent stages (run on a bar close; every trade also reaches the Risk agent) &rarr;
 * {@link io.quantagent.engine.pipeline.AggregatorStage} (fusion and the order intent) &rarr;
 * {@link io.quantagent.engine.pipeline.ExecutionStage} (paper broker and portfolio) &rarr; the journal stage.
 * Each section of a slot is written by one stage and read only after it.
 *
 * <p>Where pre-trade risk lives (this refines DESIGN.md's picture, where it sits with the aggregator): the
 * aggregator decides and writes an order <em>intent</em> (direction, entry, stop-loss, take-profit); the
 * execution stage, which owns the portfolio, sizes it from its own equity (risk fraction over the stop distance,
 * capped by the exposure left and the position limit, in whole quantity units), applies the maximum drawdown,
 * and submits the bracket to the paper broker, which runs {@link io.quantagent.engine.risk.PreTradeRisk} on the
 * same thread. Rejections are journaled. The Risk agent keeps the starting account (see
 * {@link io.quantagent.engine.pipeline.RiskStage}): the live account never crosses threads, so decisions do
 * not depend on thread timing.
 *
 * <p>Faults: a stage that throws is caught by its guard; the fault is journaled, the instrument is halted
 * reduce-only, the stage skips that instrument from then on, and every other instrument goes on. A full ring
 * makes the producer wait; no input is dropped. Per tick (a trade that closes no bar) nothing is allocated on any
 * pipeline thread.
 */
package io.quantagent.engine.pipeline;
