package dev.formcheck.ui.model;

import java.util.Optional;

/**
 * What the status bar says when a workout or an analysis stops, in one place for both screens:
 * a problem with the models, an input that ended early (what was recorded is kept), or an
 * ordinary end.
 */
public final class RunEndings {
    private RunEndings() {
    }

    public static String modelsNotLoaded(Throwable cause) {
        return "The models could not be loaded: " + cause.getMessage();
    }

    public static String stopped() {
        return "Stopped.";
    }

    /**
     * A live workout's end. {@code camera} is true for a real camera: "unplugged" is then the likely
     * reason, and the sets seen so far are kept either way.
     */
    public static String workoutEnded(Optional<String> problem, boolean camera) {
        if (problem.isEmpty()) {
            return camera ? "The camera stopped. The last set is on the card." : "The video ended. The last set is on the card.";
        }
        return (camera ? "The camera stopped: " : "The video stopped early: ") + problem.get() + ". What was recorded is kept.";
    }

    /** Appended to a workout's end when its session record could not be kept (the workout itself went on). */
    public static String notKept(Optional<String> recordProblem) {
        return recordProblem.map(p -> " It was not (fully) kept in your history: " + p + ".").orElse("");
    }

    /** An analysis' end: cancelled, read to its end, or not. */
    public static String analysisEnded(boolean cancelled, Optional<String> problem, String fileName) {
        if (cancelled) {
            return "Cancelled.";
        }
        return problem.map(p -> "The video could not be read to its end: " + p).orElse("Analysed " + fileName + ".");
    }

    /** After "Save set as review": where it went, and whether the review opens. */
    public static String setSaved(dev.formcheck.session.SavedSet.Saved saved) {
        return "Set saved to " + saved.file() + (saved.video().isPresent() ? "; reviewing " + saved.video().get().getFileName() + "…"
                : "; no video of a camera is kept, so there is nothing to replay");
    }
}
