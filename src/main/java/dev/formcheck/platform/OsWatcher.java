package dev.formcheck.platform;

import java.util.Set;

/** One way of hearing the OS (a command polled, a bus listened to): it reports readings of its signals. */
public interface OsWatcher extends AutoCloseable {
    /** The signals this watcher reports. */
    Set<Signal> signals();

    /** Starts reporting to {@code to}, from any thread; the first reading of each signal comes soon after. */
    void start(OsSignals to);

    /** Stops; ends any process it started. */
    @Override
    void close();
}
