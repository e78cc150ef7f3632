package io.quantagent.engine.journal;

/**
 * What a run did, as counted by its stages and written in the END record.
 *
 * @param inputs input events published
 * @param bars bars closed
 * @param decisions fused decisions
 * @param ordersAccepted orders the broker accepted (a bracket is three)
 * @param ordersRejected orders the broker refused
 * @param fills fills
 * @param cancels cancellations
 * @param faults stage faults
 * @param refusedInputs inputs the bar stage could not place (a trade older than its bar, a bar off the grid or out
 *     of order); they are journaled but make no bar
 */
public record RunCounts(long inputs, long bars, long decisions, long ordersAccepted, long ordersRejected, long fills,
        long cancels, long faults, long refusedInputs) {
}
