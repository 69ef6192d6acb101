package dev.formcheck.session;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A stop asked of a desk session from another thread (the window's Stop button, the command
 * line's Ctrl-C hook). The session's own thread sees it within a frame, counts and saves the time,
 * says its closing words and then calls {@link #finished()}, which a waiting stopper may wait for.
 */
public interface DeskStop {
    /** Whether a stop was asked for. */
    boolean requested();

    /** Waits up to {@code d} (instead of sleeping), returning early with true when a stop is asked for. */
    boolean awaitRequest(Duration d);

    /** The session has saved and said what it had to. */
    void finished();

    /** A stop a caller asks for with {@link Signal#request()}. */
    static Signal signal() {
        return new Signal();
    }

    /** The plain stop: asked for by a call, its end awaited by a call. */
    final class Signal implements DeskStop {
        private final CountDownLatch requested = new CountDownLatch(1);
        private final CountDownLatch finished = new CountDownLatch(1);

        private Signal() {
        }

        /** Asks the session to stop; callable from any thread, returns at once. */
        public void request() {
            requested.countDown();
        }

        /** Waits up to {@code d} for the session to finish; true when it has. */
        public boolean awaitFinished(Duration d) {
            try {
                return finished.await(Math.max(0, d.toMillis()), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public boolean requested() {
            return requested.getCount() == 0;
        }

        @Override
        public boolean awaitRequest(Duration d) {
            try {
                return requested.await(Math.max(0, d.toMillis()), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }

        @Override
        public void finished() {
            finished.countDown();
        }
    }
}
