package dev.formcheck.platform;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Asks the OS every {@code interval} on a daemon thread of its own and reports what it answered.
 * For signals the OS keeps as a state (a window's full-screen flag, a session's lock) that no
 * event announces to an ordinary program.
 */
final class PolledWatcher implements OsWatcher {
    private final String name;
    private final Duration interval;
    private final Set<Signal> signals;
    private final Supplier<Map<Signal, Reading>> ask;
    private ScheduledExecutorService thread;

    PolledWatcher(String name, Duration interval, Set<Signal> signals, Supplier<Map<Signal, Reading>> ask) {
        this.name = Objects.requireNonNull(name, "name");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.signals = Set.copyOf(signals);
        this.ask = Objects.requireNonNull(ask, "ask");
    }

    @Override
    public Set<Signal> signals() {
        return signals;
    }

    @Override
    public synchronized void start(OsSignals to) {
        if (thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "formcheck-os-" + name);
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        thread.scheduleWithFixedDelay(() -> ask.get().forEach(to::report), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }
}
