package dev.formcheck.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A model (or anything closeable) being opened on a background thread while the command does
 * other start-up work: ONNX Runtime's session creation and the JVM's class loading then share the
 * two cores instead of taking turns (docs/decisions/0075). {@link #get} hands it over or throws
 * what opening threw, as the same call on this thread would have; {@link #close} closes it when
 * it was opened but never handed over (the command failed on something else first).
 *
 * @param <T> what is opened
 */
final class Opening<T> implements AutoCloseable {
    private final CompletableFuture<T> future;
    private final Consumer<T> closer;
    private boolean taken;

    private Opening(CompletableFuture<T> future, Consumer<T> closer) {
        this.future = future;
        this.closer = closer;
    }

    /** Starts opening on a new daemon thread; {@code closer} closes it if it is never handed over. */
    static <T> Opening<T> start(String name, Supplier<T> open, Consumer<T> closer) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(open.get());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "formcheck-open-" + name);
        t.setDaemon(true);
        t.start();
        return new Opening<>(future, closer);
    }

    /** An opening that is not needed: {@link #get} gives null. */
    static <T> Opening<T> none() {
        return new Opening<>(CompletableFuture.completedFuture(null), opened -> { });
    }

    /** Waits for it and hands it over: the caller closes it from now on. */
    T get() {
        try {
            T opened = future.join();
            taken = true;
            return opened;
        } catch (CompletionException e) {
            taken = true;
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Closes what was opened and never handed over; waits for the opening to end first. */
    @Override
    public void close() {
        if (taken) {
            return;
        }
        taken = true;
        T opened;
        try {
            opened = future.join();
        } catch (CompletionException e) {
            return; // it failed; the failure that ended the command is the one to report
        }
        if (opened != null) {
            closer.accept(opened);
        }
    }
}
