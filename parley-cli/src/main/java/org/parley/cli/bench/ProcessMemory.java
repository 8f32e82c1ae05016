package org.parley.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the process has used: peak resident set size from {@code /proc/self/status} (Linux; -1 elsewhere), the
 * peak of the Java heap as the JVM's memory pools track it, and CPU time.
 */
public final class ProcessMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMemory() {
    }

    /** The peak resident set size in bytes ({@code VmHWM}), or -1 when the system does not say. */
    public static long peakRssBytes() {
        return bytes(statusKilobytes("VmHWM:"));
    }

    /** The current resident set size in bytes ({@code VmRSS}), or -1 when the system does not say. */
    public static long rssBytes() {
        return bytes(statusKilobytes("VmRSS:"));
    }

    /**
     * The peak heap use in bytes: the sum of each heap pool's peak. Pools peak at different moments, so this is an
     * upper bound of the true peak, which is the safe side for a memory claim.
     */
    public static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The CPU time the whole process has used, in nanoseconds, or -1 when the JVM does not say. */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static long bytes(long kilobytes) {
        return kilobytes < 0 ? -1 : kilobytes * 1024;
    }

    private static long statusKilobytes(String field) {
        try {
            List<String> lines = Files.readAllLines(STATUS);
            for (String line : lines) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or /proc is hidden: the report says "n/a" instead of failing the run.
            return -1;
        }
        return -1;
    }
}
