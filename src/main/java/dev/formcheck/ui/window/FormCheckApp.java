package dev.formcheck.ui.window;

import dev.formcheck.feedback.Speech;
import dev.formcheck.session.ExerciseChoices;
import dev.formcheck.ui.model.SettingsStore;

import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Opens the window: settings read, theme set and the window shown on the event dispatch thread;
 * then, off it, the models load (ONNX Runtime's natives and JavaCV's come with them).
 */
public final class FormCheckApp {
    private FormCheckApp() {
    }

    /** Whether a window can be shown here at all (a display, a toolkit that is not headless). */
    public static boolean canShowWindow() {
        return !GraphicsEnvironment.isHeadless();
    }

    /**
     * Shows the main window and starts loading the models; returns once it is visible.
     *
     * @param timings told "window shown after N ms" (from the JVM's start), for a benchmark or a log
     */
    public static MainWindow open(SettingsStore store, Consumer<String> timings) throws InterruptedException {
        timings.accept("started opening the window " + sinceJvmStart() + " ms after the JVM started");
        SettingsStore.Loaded loaded = store.load();
        // what reads files or looks for programs is done here, not on the event thread
        ExerciseChoices.all();
        Optional<Speech> speech = Speech.find();
        CompletableFuture<Engines> engines = new CompletableFuture<>();
        MainWindow[] window = new MainWindow[1];
        try {
            SwingUtilities.invokeAndWait(() -> {
                timings.accept("event thread up at " + sinceJvmStart() + " ms");
                Themes.apply(loaded.settings().theme());
                timings.accept("theme set at " + sinceJvmStart() + " ms");
                window[0] = new MainWindow(store, loaded.settings(), loaded.note(), engines, speech);
                timings.accept("window built at " + sinceJvmStart() + " ms");
                window[0].setVisible(true);
            });
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        timings.accept("window shown " + sinceJvmStart() + " ms after the JVM started");
        Engines.loadInto(engines);
        return window[0];
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
