package io.quantagent.bench.latency;

import io.quantagent.engine.config.PipelineConfig;
import java.util.Locale;

/**
 * One configuration the harness measures.
 *
 * @param transport the Disruptor ring or {@code ArrayBlockingQueue}s
 * @param empty whether the stages are empty (the floor) rather than the real ones
 * @param topology sequential or parallel
 * @param waitStrategy the ring's wait strategy (null for the queues, whose consumers block in {@code take})
 */
public record RunSpec(Transport transport, boolean empty, PipelineConfig.Topology topology,
        PipelineConfig.WaitStrategy waitStrategy) {

    /** How events travel between stages. */
    public enum Transport {
        /** The engine's Disruptor ring buffer. */
        RING,
        /** One {@code ArrayBlockingQueue} per hop (the baseline). */
        QUEUE
    }

    /** Consumer threads of a topology: one, or one per stage. */
    public static int consumerThreads(PipelineConfig.Topology topology) {
        return topology == PipelineConfig.Topology.SEQUENTIAL ? 1 : 8;
    }

    /** A readable name: {@code ring sequential yielding}, {@code queue floor parallel}. */
    public String name() {
        StringBuilder sb = new StringBuilder(transport == Transport.RING ? "ring" : "queue");
        if (empty) {
            sb.append(" floor");
        }
        sb.append(' ').append(topology.key());
        if (waitStrategy != null) {
            sb.append(' ').append(waitStrategy.key());
        }
        return sb.toString();
    }

    /** The name as a file name: {@code ring-sequential-yielding}. */
    public String slug() {
        return name().replace(' ', '-').toLowerCase(Locale.ROOT);
    }
}
