package dev.formcheck.ui.window;

import dev.formcheck.common.FormCheckException;
import dev.formcheck.session.ExerciseJudging;
import dev.formcheck.ui.model.RunEndings;

import javax.swing.SwingUtilities;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * A run of the models on a thread of its own, as the workout and the review both start one: it
 * waits for the models (never on the EDT), judges the chosen exercise against the user's
 * calibration, and hands its last words to the EDT, whatever stopped it.
 */
final class ModelRun {
    /** The work itself, on the run's thread; returns what the status bar says at its end. */
    interface Body {
        String run(Engines engines, ExerciseJudging judging) throws InterruptedException;
    }

    private ModelRun() {
    }

    static void start(String threadName, CompletableFuture<Engines> engines, String exercise, Body body,
                      Consumer<String> endedOnEdt) {
        Thread t = new Thread(() -> {
            String ending;
            try {
                Engines e = engines.get();
                ExerciseJudging judging = ExerciseJudging.forCurrentUser(exercise);
                ending = e.inTurn(() -> body.run(e, judging));
            } catch (ExecutionException ex) {
                ending = RunEndings.modelsNotLoaded(ex.getCause());
            } catch (FormCheckException ex) {
                ending = ex.getMessage();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                ending = RunEndings.stopped();
            } catch (RuntimeException ex) {
                throw ex;
            } catch (Exception ex) {
                throw new IllegalStateException(ex); // the body throws only what is caught above
            }
            String message = ending;
            SwingUtilities.invokeLater(() -> endedOnEdt.accept(message));
        }, threadName);
        t.setDaemon(true);
        t.start();
    }
}
