package io.quantagent.engine.config;

/**
 * The Disruptor pipeline (section {@code pipeline}).
 *
 * @param topology {@code sequential} (all stages on one consumer thread), {@code parallel} (the four agents on
 *     their own threads, a diamond) or {@code auto} (default: sequential below 4 cores)
 * @param waitStrategy how idle consumer threads wait: {@code blocking}, {@code sleeping}, {@code yielding},
 *     {@code busy-spin} or {@code auto} (default: yielding when every consumer thread and the producer have a
 *     core of their own, blocking otherwise; never busy-spin)
 * @param ringSize slots in the ring buffer, a power of two from 64 to 4194304; default 65536
 */
public record PipelineConfig(Topology topology, WaitStrategy waitStrategy, int ringSize) {

    /** Below this many cores, {@code auto} runs the stages one after another on one thread. */
    public static final int PARALLEL_MIN_CORES = 4;

    private static final PipelineConfig DEFAULTS = new PipelineConfig(Topology.AUTO, WaitStrategy.AUTO, 65_536);

    public PipelineConfig {
        Checks checks = new Checks();
        checks.present("topology", topology);
        checks.present("waitStrategy", waitStrategy);
        checks.between("ringSize", ringSize, 64, 1 << 22);
        checks.require(Integer.bitCount(ringSize) == 1 || ringSize < 64 || ringSize > 1 << 22, "ringSize",
                "must be a power of two (such as 1024, 65536), was " + ringSize);
        checks.done();
    }

    /** Automatic topology and wait strategy, 65536 slots. */
    public static PipelineConfig defaults() {
        return DEFAULTS;
    }

    /** The topology to run on a machine with this many cores ({@code auto} resolved). */
    public Topology effectiveTopology(int cores) {
        if (topology != Topology.AUTO) {
            return topology;
        }
        return cores < PARALLEL_MIN_CORES ? Topology.SEQUENTIAL : Topology.PARALLEL;
    }

    /**
     * The wait strategy to use ({@code auto} resolved).
     *
     * @param cores the machine's cores
     * @param consumerThreads the pipeline's consumer threads (1 for the sequential topology)
     */
    public WaitStrategy effectiveWaitStrategy(int cores, int consumerThreads) {
        if (waitStrategy != WaitStrategy.AUTO) {
            return waitStrategy;
        }
        return consumerThreads + 1 <= cores ? WaitStrategy.YIELDING : WaitStrategy.BLOCKING;
    }

    /** How the agent stages are laid out on threads. */
    public enum Topology implements ConfigEnum {
        /** Every stage on one consumer thread, one after another: the fastest on few cores. */
        SEQUENTIAL("sequential"),
        /** The four agents on their own threads between the bar stage and the aggregator. */
        PARALLEL("parallel"),
        /** Sequential below {@link #PARALLEL_MIN_CORES} cores, parallel from there. */
        AUTO("auto");

        private final String key;

        Topology(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }

    /** How an idle consumer thread waits for the next event. */
    public enum WaitStrategy implements ConfigEnum {
        /** Parks on a lock: no CPU when idle, microseconds to wake. */
        BLOCKING("blocking"),
        /** Spins, then yields, then parks briefly: a compromise. */
        SLEEPING("sleeping"),
        /** Spins and yields: sub-microsecond, but keeps a core busy. */
        YIELDING("yielding"),
        /** Spins: the lowest latency, only with a core to spare per thread. */
        BUSY_SPIN("busy-spin"),
        /** Yielding when every thread has a core, blocking otherwise. */
        AUTO("auto");

        private final String key;

        WaitStrategy(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }
}
