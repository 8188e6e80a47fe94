package org.gan4j.core.device;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** How much memory the machine can still give this process, for checks before long work starts. */
public final class MachineMemory {

    private static final Path MEMINFO = Path.of("/proc/meminfo");

    private MachineMemory() {}

    /**
     * @return the kernel's {@code MemAvailable} (memory obtainable without swapping) on Linux,
     *     else the free physical memory the JVM reports
     */
    public static long availableBytes() {
        try {
            for (String line : Files.readAllLines(MEMINFO)) {
                if (line.startsWith("MemAvailable:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or an unreadable /proc: use the JVM's figure below
        }
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getFreeMemorySize();
    }

    /**
     * @param bytes a size
     * @return it in GB or MB with one decimal, e.g. {@code 19.3 GB}
     */
    public static String describe(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }
}
