package dev.formcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.formcheck.common.AtomicFiles;
import dev.formcheck.synthetic.ExerciseScenario;
import dev.formcheck.synthetic.ScenarioTruth;

import java.nio.file.Path;
import java.util.List;

/**
 * The truth of a generated exercise video as JSON beside it ({@code generate-sample --truth}):
 * names and units as in {@code analyze}'s results ({@code start_s}, exercise and fault names in
 * lower case with hyphens), so a test can set the two side by side. Written atomically.
 */
final class ScenarioTruthJson {
    static final String FORMAT = "formcheck-scenario-truth";
    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScenarioTruthJson() {
    }

    static void write(Path target, Path video, long frames, ExerciseScenario scenario, ScenarioTruth truth) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("schema_version", SCHEMA_VERSION);
        root.put("name", truth.name());
        root.put("video", video.getFileName().toString());
        root.put("exercise", truth.exercise().id());
        root.put("fps", truth.fps());
        root.put("frames", frames);
        root.put("duration_s", truth.durationSeconds());
        root.put("camera_azimuth_deg", truth.cameraAzimuthDegrees());
        root.put("seed", scenario.seed());
        span(root.putObject("before"), truth.before());
        span(root.putObject("set"), truth.set());
        span(root.putObject("after"), truth.after());
        ArrayNode reps = root.putArray("reps");
        for (ScenarioTruth.RepTruth rep : truth.reps()) {
            ObjectNode r = reps.addObject();
            r.put("index", rep.index());
            r.put("start_s", rep.startSeconds());
            r.put("bottom_s", rep.bottomSeconds());
            r.put("end_s", rep.endSeconds());
            faults(r.putArray("faults"), rep.faults());
        }
        ArrayNode holds = root.putArray("holds");
        for (ScenarioTruth.HoldTruth hold : truth.holds()) {
            ObjectNode h = holds.addObject();
            h.put("start_s", hold.startSeconds());
            h.put("end_s", hold.endSeconds());
            faults(h.putArray("faults"), hold.faults());
        }
        AtomicFiles.write(target, out -> JSON.writeValue(out, root));
    }

    private static void span(ObjectNode node, ScenarioTruth.Span span) {
        node.put("start_s", span.startSeconds());
        node.put("end_s", span.endSeconds());
    }

    /** Each fault: kind, full size, when at least half of it shows, and a moment of full size. */
    private static void faults(ArrayNode array, List<ScenarioTruth.InjectedFault> faults) {
        for (ScenarioTruth.InjectedFault f : faults) {
            ObjectNode node = array.addObject();
            node.put("kind", f.kind().id());
            node.put("degrees", f.degrees());
            span(node, f.span());
            node.put("peak_s", f.peakSeconds());
        }
    }
}
