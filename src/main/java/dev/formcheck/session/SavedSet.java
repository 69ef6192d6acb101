package dev.formcheck.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.formcheck.common.AtomicFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * "Save the set as a review": one set of a workout written as a small versioned JSON file
 * ({@code formcheck-set}, schema {@link #SCHEMA_VERSION}) in the user's {@code workouts} folder,
 * naming the video it was seen in when there is one. A camera's pictures are never kept (nothing
 * is stored unless asked), so only a video standing in for the camera can be opened for review.
 * The records issue folds these into the workout journal.
 */
public final class SavedSet {
    public static final String FORMAT = "formcheck-set";
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss", Locale.ROOT);

    /** What was saved and whether there is a video to review it in. */
    public record Saved(Path file, Optional<Path> video) {
    }

    private SavedSet() {
    }

    /**
     * Writes {@code set} of {@code exercise} into {@code folder} (made when missing), atomically.
     *
     * @param video the file that stood in for the camera, empty for a live camera
     */
    public static Saved write(Path folder, String exercise, SetRecord set, Optional<Path> video, LocalDateTime at) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("schema_version", SCHEMA_VERSION);
        root.put("saved_at", at.toString());
        root.put("exercise", exercise);
        video.ifPresent(v -> root.put("video", v.toAbsolutePath().toString()));
        ObjectNode s = root.putObject("set");
        s.put("index", set.index());
        s.put("start_micros", set.startMicros());
        s.put("end_micros", set.endMicros());
        s.put("reps", set.reps());
        s.put("hold_micros", set.holdMicros());
        s.put("rest_before_micros", set.restBeforeMicros());
        var faults = s.putArray("faults");
        for (SetRecord.Fault f : set.faults()) {
            ObjectNode n = faults.addObject();
            n.put("kind", f.kind().name());
            n.put("rep", f.rep());
            n.put("at_micros", f.atMicros());
        }
        set.worstSpine().ifPresent(w -> {
            ObjectNode n = s.putObject("worst_spine");
            n.put("flexion_degrees", w.flexionDegrees());
            n.put("method", w.method().name());
            n.put("at_micros", w.atMicros());
        });
        set.formBreakdown().ifPresent(b -> {
            ObjectNode n = s.putObject("form_breakdown");
            n.put("from_rep", b.fromRep());
            n.put("measure", b.measure().name());
            n.put("level_degrees", b.levelDegrees());
            n.put("reached_degrees", b.reachedDegrees());
        });
        AtomicFiles.createFolder(folder, "folder");
        Path file = folder.resolve(NAME.format(at) + "-set-" + set.index() + ".json");
        AtomicFiles.write(file, out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, root));
        return new Saved(file, video.filter(Files::isRegularFile));
    }

    /** Where saved sets go: {@code workouts} in the user's data folder. */
    public static Path folder() {
        return dev.formcheck.common.UserDataDirectory.resolve().resolve("workouts");
    }
}
