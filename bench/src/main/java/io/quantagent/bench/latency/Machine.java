package io.quantagent.bench.latency;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The machine a report was measured on.
 *
 * @param cores available processors
 * @param cpu the CPU model (from {@code /proc/cpuinfo}, "unknown" elsewhere)
 * @param memoryGiB physical memory, GiB (0 when unknown)
 * @param os operating system, version and architecture
 * @param jvm the JVM's name and version
 * @param collectors the garbage collectors
 * @param maxHeapMiB the heap limit, MiB
 * @param loadAverage the one-minute load average when the benchmark started (-1 when unknown)
 */
public record Machine(int cores, String cpu, long memoryGiB, String os, String jvm, List<String> collectors,
        long maxHeapMiB, double loadAverage) {

    /** This machine. */
    static Machine current(int cores) {
        List<String> gcs = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs.add(gc.getName());
        }
        long memory = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
        }
        return new Machine(cores, cpuModel(), memory,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                List.copyOf(gcs), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
        return "unknown";
    }
}
