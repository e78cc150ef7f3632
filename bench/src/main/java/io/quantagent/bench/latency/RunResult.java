package io.quantagent.bench.latency;

import io.quantagent.engine.journal.RunCounts;
import io.quantagent.engine.pipeline.StageId;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one configuration measured.
 *
 * @param spec the configuration
 * @param rate the intended rate, ticks per second
 * @param achievedRate measured ticks actually sent per second
 * @param ticksSent ticks the injector sent (warm-up included)
 * @param ticksReceived ticks the last stage handled (warm-up included)
 * @param measuredTicks ticks after the warm-up
 * @param signals decisions the aggregator made on ticks (warm-up included)
 * @param ordersCounted orders accepted, counted from the execution sections (warm-up included)
 * @param orderTicks ticks on which orders were accepted (warm-up included)
 * @param counts the stages' own counters (null for an empty pipeline)
 * @param journalOrders ORDER records in the journal (-1 without one)
 * @param fullWaits times the producer found the ring or the slot pool full
 * @param tick tick latency through the whole pipeline
 * @param signal tick-to-signal latency (bar-closing ticks)
 * @param order tick-to-order latency (ticks with accepted orders)
 * @param sendLag how late the injector sent each tick
 * @param stages time inside each stage
 * @param usage allocation and garbage collection during the measured part
 * @param loadAverage the system's one-minute load average at the end of the run (-1 when unknown): other
 *     processes on the same cores show in the tails
 */
public record RunResult(RunSpec spec, int rate, double achievedRate, long ticksSent, long ticksReceived,
        long measuredTicks, long signals, long ordersCounted, long orderTicks, RunCounts counts, long journalOrders,
        long fullWaits, Histogram tick, Histogram signal, Histogram order, Histogram sendLag,
        Map<StageId, Histogram> stages, ResourceMeter.Usage usage, double loadAverage) {

    /** Bytes the pipeline's threads allocated per measured tick (-1 when unknown). */
    public double allocatedBytesPerTick() {
        return usage.allocatedBytes() < 0 || measuredTicks == 0 ? -1 : (double) usage.allocatedBytes() / measuredTicks;
    }
}
