package io.quantagent.engine.pipeline;

import io.quantagent.engine.config.PipelineConfig;
import io.quantagent.engine.feed.Instrument;
import io.quantagent.engine.journal.RunCounts;
import io.quantagent.engine.portfolio.PortfolioSnapshot;
import java.util.List;

/**
 * What a run did: the counts (as in the journal's END record), the final account, how the pipeline ran, and how
 * fast (wall-clock, for reporting only: nothing in the journal depends on it).
 *
 * @param instruments the instruments traded, by id
 * @param counts inputs, bars, decisions, orders, rejections, fills, cancellations and faults
 * @param portfolio the account after the last event
 * @param journalRecords records in the journal, header and end included
 * @param topology the topology that ran
 * @param waitStrategy the consumers' wait strategy
 * @param backPressureWaits inputs that found the ring full and waited for a slot
 * @param elapsedNanos wall-clock time from start to the end of the run
 */
public record RunSummary(List<Instrument> instruments, RunCounts counts, PortfolioSnapshot portfolio,
        long journalRecords, PipelineConfig.Topology topology, PipelineConfig.WaitStrategy waitStrategy,
        long backPressureWaits, long elapsedNanos) {

    public RunSummary {
        instruments = List.copyOf(instruments);
    }

    /** Input events. */
    public long eventsIn() {
        return counts.inputs();
    }

    /** Bars closed. */
    public long bars() {
        return counts.bars();
    }

    /** Decisions made. */
    public long decisions() {
        return counts.decisions();
    }

    /** Orders accepted by the broker. */
    public long orders() {
        return counts.ordersAccepted();
    }

    /** Fills. */
    public long fills() {
        return counts.fills();
    }

    /** Orders refused (by validation or pre-trade risk). */
    public long rejections() {
        return counts.ordersRejected();
    }

    /** Input events per second of wall-clock time. */
    public double eventsPerSecond() {
        return elapsedNanos > 0 ? counts.inputs() * 1e9 / elapsedNanos : 0.0;
    }
}
