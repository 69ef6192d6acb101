package dev.formcheck.cli;

import dev.formcheck.session.DeskStop;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    /** @param onTimeout told if the run did not finish in time (the JVM then exits anyway) */
    private ShutdownStop(Consumer<String> onTimeout) {
        this.hook = new Thread(() -> {
            requested.countDown();
            try {
                if (!finished.await(FINISH_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                    onTimeout.accept("stopped before the run could finish within " + FINISH_WITHIN.toSeconds()
                            + " s; the last periodic save of the day's summary stands");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "formcheck-stop");
    }

    /** Registers the hook until {@link #close()}. */
    static ShutdownStop onShutdown(Consumer<String> onTimeout) {
        ShutdownStop stop = new ShutdownStop(onTimeout);
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** Whether a stop was asked for. */
    @Override
    public boolean requested() {
        return requested.getCount() == 0;
    }

    /** Waits up to {@code d} (instead of sleeping), returning early with true when a stop is asked for. */
    @Override
    public boolean awaitRequest(Duration d) {
        try {
            return requested.await(Math.max(0, d.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** The run has saved and said what it had to: a waiting hook may let the JVM go. */
    @Override
    public void finished() {
        finished.countDown();
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
