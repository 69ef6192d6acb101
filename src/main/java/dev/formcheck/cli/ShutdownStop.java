package dev.formcheck.cli;

import dev.formcheck.session.DeskStop;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * A stop from outside a long run: Ctrl-C (SIGINT), SIGTERM and a closed terminal (SIGHUP) all
 * start the JVM's shutdown, which runs this hook. The hook only says "stop" and waits, at most
 * {@link #FINISH_WITHIN}, for the run's own thread to finish (count the time, save, print the
 * closing summary): the monitor is never touched from two threads, and the hook never waits for
 * something the run's thread could be waiting for, so the two cannot deadlock. A kill -9 runs no
 * hook: the last periodic save stands.
 */
final class ShutdownStop implements DeskStop, AutoCloseable {
    /** Far more than a stop takes (the run sees it within a frame and saves in milliseconds; a save may wait 2 s for another monitor's). */
    static final Duration FINISH_WITHIN = Duration.ofSeconds(5);

    /** The stop itself; this class only adds the JVM's shutdown hook that asks for it and waits. */
    private final DeskStop.Signal signal = DeskStop.signal();
    private final Thread hook;

    /** @param onTimeout told if the run did not finish in time (the JVM then exits anyway) */
    private ShutdownStop(Consumer<String> onTimeout) {
        this.hook = new Thread(() -> {
            signal.request();
            if (!signal.awaitFinished(FINISH_WITHIN)) {
                onTimeout.accept("stopped before the run could finish within " + FINISH_WITHIN.toSeconds()
                        + " s; the last periodic save of the day's summary stands");
            }
        }, "formcheck-stop");
    }

    /** Registers the hook until {@link #close()}. */
    static ShutdownStop onShutdown(Consumer<String> onTimeout) {
        ShutdownStop stop = new ShutdownStop(onTimeout);
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    @Override
    public boolean requested() {
        return signal.requested();
    }

    @Override
    public boolean awaitRequest(Duration d) {
        return signal.awaitRequest(d);
    }

    /** The run has saved and said what it had to: a waiting hook may let the JVM go. */
    @Override
    public void finished() {
        signal.finished();
    }

    /** Finished, and the hook removed (unless the JVM is already stopping, when it has run or is running). */
    @Override
    public void close() {
        finished();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook has been started: it returns at once now that the run is finished
        }
    }
}
