package dev.formcheck.ui;

import java.awt.EventQueue;
import java.awt.Toolkit;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Test helpers that read AWT state on the event dispatch thread, where it is consistent. */
final class Edt {
    private static final Duration POLL = Duration.ofMillis(25);

    private Edt() {
    }

    static <T> T get(Supplier<T> query) throws InterruptedException, InvocationTargetException {
        AtomicReference<T> result = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> result.set(query.get()));
        return result.get();
    }

    /**
     * Lets what is already on its way arrive: a round trip to the X server, then the event queue
     * emptied twice (events posted while handling the first batch land in the second).
     */
    static void settle() throws InterruptedException, InvocationTargetException {
        Toolkit.getDefaultToolkit().sync();
        EventQueue.invokeAndWait(() -> { });
        EventQueue.invokeAndWait(() -> { });
    }

    /** Polls {@code condition} on the event thread until it holds or {@code limit} passes; returns whether it held. */
    static boolean awaitTrue(BooleanSupplier condition, Duration limit) throws InterruptedException, InvocationTargetException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!get(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
        return true;
    }
}
