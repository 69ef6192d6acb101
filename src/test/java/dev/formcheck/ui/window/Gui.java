package dev.formcheck.ui.window;

import javax.imageio.ImageIO;
import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Small helpers for the window's tests: read on the EDT, poll with a limit, screenshot what the display shows. */
final class Gui {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration POLL = Duration.ofMillis(100);

    private Gui() {
    }

    static <T> T onEdt(Supplier<T> query) throws InterruptedException, InvocationTargetException {
        AtomicReference<T> result = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> result.set(query.get()));
        return result.get();
    }

    static void run(Runnable action) throws InterruptedException, InvocationTargetException {
        EventQueue.invokeAndWait(action);
    }

    /** Polls {@code condition} on the EDT until it holds or {@code limit} passes; returns whether it held. */
    static boolean await(BooleanSupplier condition, Duration limit) throws InterruptedException, InvocationTargetException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (onEdt(condition::getAsBoolean)) {
                return true;
            }
            Thread.sleep(POLL.toMillis());
        }
        return onEdt(condition::getAsBoolean);
    }

    /** What the display shows inside {@code window}'s bounds, saved as target/screenshots/NAME.png. */
    static Path screenshot(java.awt.Window window, String name) throws InterruptedException, InvocationTargetException {
        EventQueue.invokeAndWait(() -> { }); // let pending paints run
        Thread.sleep(300);
        Rectangle bounds = onEdt(window::getBounds);
        try {
            BufferedImage shot = new Robot().createScreenCapture(bounds);
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            ImageIO.write(shot, "png", file.toFile());
            return file;
        } catch (AWTException e) {
            throw new IllegalStateException("no screen to capture: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
