package dev.formcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of this process's ended child processes (the OS commands desk mode runs), which the
 * JVM's own process CPU time leaves out: Linux's {@code /proc/self/stat} cutime and cstime, in
 * clock ticks of 1/100 s (USER_HZ, 100 on every mainstream Linux build). Zero elsewhere.
 */
final class ChildProcessCpu {
    private static final long NANOS_PER_TICK = 10_000_000L;

    private ChildProcessCpu() {
    }

    static long nanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // fields after the command name in parentheses, which may hold spaces: state is field 3
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * NANOS_PER_TICK; // fields 16 and 17
        } catch (IOException | NumberFormatException | IndexOutOfBoundsException e) {
            return 0;
        }
    }
}
