package io.quantagent.bench.latency;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bytes allocated by a set of threads ({@code com.sun.management.ThreadMXBean}) and the garbage collectors'
 * counts and times ({@link GarbageCollectorMXBean}), read at the start and the end of a run's measured part.
 */
final class ResourceMeter {

    private static final com.sun.management.ThreadMXBean THREADS = threadBean();

    private final long[] threadIds;
    private final long[] startBytes;
    private final Map<String, long[]> startGc = new LinkedHashMap<>();

    private ResourceMeter(List<Thread> threads) {
        threadIds = new long[threads.size()];
        for (int i = 0; i < threadIds.length; i++) {
            threadIds[i] = threads.get(i).threadId();
        }
        startBytes = allocated(threadIds);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            startGc.put(gc.getName(), new long[] {gc.getCollectionCount(), gc.getCollectionTime()});
        }
    }

    /** Starts measuring these threads (all alive) and the collectors. */
    static ResourceMeter start(List<Thread> threads) {
        return new ResourceMeter(threads);
    }

    /** What was allocated and collected since the start; the threads must still be alive. */
    Usage stop() {
        long[] end = allocated(threadIds);
        long bytes = 0;
        boolean known = THREADS != null;
        for (int i = 0; i < end.length; i++) {
            if (end[i] < 0 || startBytes[i] < 0) {
                known = false;
            } else {
                bytes += end[i] - startBytes[i];
            }
        }
        List<Collector> collectors = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            long[] before = startGc.getOrDefault(gc.getName(), new long[2]);
            collectors.add(new Collector(gc.getName(), gc.getCollectionCount() - before[0],
                    gc.getCollectionTime() - before[1], pauses(gc.getName())));
        }
        return new Usage(known ? bytes : -1, threadIds.length, collectors);
    }

    /** Whether a collector's time is pause time (G1's and Parallel's young and old collections, ZGC's pauses). */
    private static boolean pauses(String name) {
        return !name.contains("Concurrent") && !name.contains("Cycles");
    }

    private static long[] allocated(long[] ids) {
        if (THREADS == null) {
            long[] unknown = new long[ids.length];
            java.util.Arrays.fill(unknown, -1);
            return unknown;
        }
        return THREADS.getThreadAllocatedBytes(ids);
    }

    private static com.sun.management.ThreadMXBean threadBean() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported()) {
            bean.setThreadAllocatedMemoryEnabled(true);
            return bean;
        }
        return null;
    }

    /**
     * What a measured part cost.
     *
     * @param allocatedBytes bytes the measured threads allocated, -1 when the JVM cannot tell
     * @param threads how many threads were measured
     * @param collectors each collector's collections and milliseconds
     */
    record Usage(long allocatedBytes, int threads, List<Collector> collectors) {

        /** Collections by collectors that pause the application. */
        long pauseCount() {
            long n = 0;
            for (Collector c : collectors) {
                n += c.pauses() ? c.count() : 0;
            }
            return n;
        }

        /** Milliseconds of those collections. */
        long pauseMillis() {
            long n = 0;
            for (Collector c : collectors) {
                n += c.pauses() ? c.millis() : 0;
            }
            return n;
        }
    }

    /**
     * One garbage collector's activity.
     *
     * @param name the collector's name
     * @param count collections
     * @param millis their accumulated time
     * @param pauses whether that time pauses the application (not a concurrent cycle)
     */
    record Collector(String name, long count, long millis, boolean pauses) {
    }
}
