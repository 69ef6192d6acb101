package dev.formcheck.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The hand-off from the user's thread (the tray's menu runs on the event dispatch thread) to the
 * one thread that drives the {@link DeskMonitor}, which is not thread-safe: requests wait here, in
 * order, until the runner takes them.
 */
public final class DeskRequests {
    private final ConcurrentLinkedQueue<DeskRequest> waiting = new ConcurrentLinkedQueue<>();

    /** Callable from any thread; returns at once. */
    public void submit(DeskRequest request) {
        waiting.add(Objects.requireNonNull(request, "request"));
    }

    /** The requests submitted since the last call, oldest first; for the runner's thread. */
    public List<DeskRequest> take() {
        List<DeskRequest> taken = new ArrayList<>();
        for (DeskRequest r = waiting.poll(); r != null; r = waiting.poll()) {
            taken.add(r);
        }
        return taken;
    }
}
