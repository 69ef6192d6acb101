package dev.formcheck.analysis.thresholds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.NeutralPosture;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code "neutral"} object of a user's calibration, read and written: {@code "stance"}
 * ({@link StanceNeutral}), {@code "sitting"} ({@link SittingBaseline}) and {@code "standing_desk"}
 * (the same kind of block, standing at a standing desk), each optional. Each
 * block stands alone: one that cannot be used gives a warning naming the file and the field, and
 * the other is still read.
 */
final class NeutralBlocks {
    static final String FIELD = "neutral";
    static final String STANCE = "stance";
    static final String SITTING = "sitting";
    static final String STANDING_DESK = "standing_desk";

    static final String WITHOUT_STANCE = "; using the default neutral posture";
    static final String WITHOUT_SITTING = "; using no sitting baseline";
    static final String WITHOUT_STANDING_DESK = "; using no standing-desk baseline";

    private static final String MEASURED_AT = "measured_at";
    private static final String SOURCE = "source";
    private static final String FRAMES = "frames";
    private static final String VIEW = "view";
    private static final String MODEL = "model";
    private static final String HEAD_LINE = "head_line_deg";
    private static final String HIP_LINE = "hip_line_deg";
    private static final String TRUNK = "trunk_inclination_deg";
    private static final String SEGMENTS = "segments";
    private static final String METRICS = "metrics";

    private static final Set<String> STANCE_FIELDS =
            Set.of(MEASURED_AT, SOURCE, FRAMES, MODEL, VIEW, HEAD_LINE, HIP_LINE, TRUNK, SEGMENTS);
    private static final Set<String> SITTING_FIELDS = Set.of(MEASURED_AT, SOURCE, FRAMES, MODEL, VIEW, METRICS);
    private static final Set<String> SEGMENT_FIELDS = Set.of(SegmentProportions.TORSO, SegmentProportions.THIGH,
            SegmentProportions.SHANK, SegmentProportions.UPPER_ARM, SegmentProportions.FOREARM);
    /** Stored figures keep two decimals: far finer than a keypoint's pixel, and a file a person can read. */
    private static final double STORED_STEP = 100;

    private NeutralBlocks() {
    }

    /** What was read from a file's "neutral", and a warning for each part that could not be used. */
    record Read(Optional<StanceNeutral> stance, Optional<SittingBaseline> sitting, Optional<SittingBaseline> standingDesk,
                List<String> warnings) {
    }

    static Read read(String label, JsonNode neutral) {
        List<String> warnings = new ArrayList<>();
        if (neutral.isMissingNode()) {
            return new Read(Optional.empty(), Optional.empty(), Optional.empty(), warnings);
        }
        if (!neutral.isObject()) {
            warnings.add(label + ": \"" + FIELD + "\" must be an object with \"" + STANCE + "\" and \"" + SITTING
                    + "\", found " + CalibrationFiles.shown(neutral) + WITHOUT_STANCE + " and no sitting baseline");
            return new Read(Optional.empty(), Optional.empty(), Optional.empty(), warnings);
        }
        for (Iterator<String> it = neutral.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals(STANCE) && !name.equals(SITTING) && !name.equals(STANDING_DESK)) {
                warnings.add(label + ": " + FIELD + ": unknown field \"" + name + "\" (allowed: " + SITTING + ", "
                        + STANCE + ", " + STANDING_DESK + "); ignored");
            }
        }
        Optional<StanceNeutral> stance = Optional.empty();
        if (neutral.has(STANCE)) {
            try {
                stance = Optional.of(stance(label, neutral.get(STANCE)));
            } catch (CalibrationException e) {
                warnings.add(e.getMessage() + WITHOUT_STANCE);
            }
        }
        Optional<SittingBaseline> sitting = Optional.empty();
        if (neutral.has(SITTING)) {
            try {
                sitting = Optional.of(sitting(label, SITTING, neutral.get(SITTING)));
            } catch (CalibrationException e) {
                warnings.add(e.getMessage() + WITHOUT_SITTING);
            }
        }
        Optional<SittingBaseline> standingDesk = Optional.empty();
        if (neutral.has(STANDING_DESK)) {
            try {
                standingDesk = Optional.of(sitting(label, STANDING_DESK, neutral.get(STANDING_DESK)));
            } catch (CalibrationException e) {
                warnings.add(e.getMessage() + WITHOUT_STANDING_DESK);
            }
        }
        return new Read(stance, sitting, standingDesk, warnings);
    }

    // ---- reading one block ----

    private static StanceNeutral stance(String label, JsonNode node) {
        String f = FIELD + "." + STANCE;
        fields(label, f, node, STANCE_FIELDS);
        Provenance provenance = provenance(label, f, node);
        CameraView view = view(label, f, node, StanceNeutral.VIEWS);
        double head = within(label, f + "." + HEAD_LINE, node, NeutralPosture.MIN_HEAD_LINE, NeutralPosture.MAX_HEAD_LINE);
        double hip = within(label, f + "." + HIP_LINE, node, NeutralPosture.MIN_HIP_LINE, NeutralPosture.MAX_HIP_LINE);
        double trunk = within(label, f + "." + TRUNK, node,
                -StanceNeutral.MAX_TRUNK_INCLINATION, StanceNeutral.MAX_TRUNK_INCLINATION);
        return new StanceNeutral(provenance, view, head, hip, trunk, segments(label, f + "." + SEGMENTS, node.path(SEGMENTS)));
    }

    private static SegmentProportions segments(String label, String f, JsonNode node) {
        if (node.isMissingNode()) {
            throw new CalibrationException(label + ": " + f + " is missing");
        }
        fields(label, f, node, SEGMENT_FIELDS);
        double torso = number(label, f + "." + SegmentProportions.TORSO, node.path(SegmentProportions.TORSO));
        if (!(torso > 0)) {
            throw new CalibrationException(label + ": " + f + "." + SegmentProportions.TORSO
                    + ": must be a positive number of pixels, found " + Threshold.format(torso));
        }
        return new SegmentProportions(torso, ratio(label, f, node, SegmentProportions.THIGH),
                ratio(label, f, node, SegmentProportions.SHANK), ratio(label, f, node, SegmentProportions.UPPER_ARM),
                ratio(label, f, node, SegmentProportions.FOREARM));
    }

    private static OptionalDouble ratio(String label, String f, JsonNode node, String name) {
        if (!node.has(name)) {
            return OptionalDouble.empty();
        }
        double v = number(label, f + "." + name, node.get(name));
        Threshold.outOfRange(v, Unit.RATIO, new Range(SegmentProportions.MIN_RATIO, SegmentProportions.MAX_RATIO))
                .ifPresent(p -> {
                    throw new CalibrationException(label + ": " + f + "." + name + ": " + p);
                });
        return OptionalDouble.of(v);
    }

    private static SittingBaseline sitting(String label, String block, JsonNode node) {
        String f = FIELD + "." + block;
        fields(label, f, node, SITTING_FIELDS);
        Provenance provenance = provenance(label, f, node);
        CameraView view = view(label, f, node, Set.of(CameraView.SIDE, CameraView.FRONT, CameraView.OBLIQUE));
        JsonNode metrics = node.path(METRICS);
        if (!metrics.isObject()) {
            throw new CalibrationException(label + ": " + f + "." + METRICS + (metrics.isMissingNode() ? " is missing"
                    : " must be an object of named numbers, found " + CalibrationFiles.shown(metrics)));
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = metrics.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            values.put(e.getKey(), number(label, f + "." + METRICS + "." + e.getKey(), e.getValue()));
        }
        try {
            return new SittingBaseline(provenance, view, values);
        } catch (IllegalArgumentException e) {
            throw new CalibrationException(label + ": " + f + "." + METRICS + ": " + e.getMessage());
        }
    }

    private static Provenance provenance(String label, String f, JsonNode node) {
        String at = text(label, f + "." + MEASURED_AT, node.path(MEASURED_AT));
        Instant measuredAt;
        try {
            measuredAt = Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new CalibrationException(label + ": " + f + "." + MEASURED_AT + ": \"" + at
                    + "\" is not a UTC time such as 2026-11-25T10:00:00Z", e);
        }
        String source = text(label, f + "." + SOURCE, node.path(SOURCE));
        JsonNode frames = node.path(FRAMES);
        if (!frames.isIntegralNumber() || frames.asLong() < 1 || frames.asLong() > Integer.MAX_VALUE) {
            throw new CalibrationException(label + ": " + f + "." + FRAMES + (frames.isMissingNode() ? " is missing"
                    : " must be a whole number of frames, at least 1, found " + CalibrationFiles.shown(frames)));
        }
        Optional<String> model = node.has(MODEL) ? Optional.of(text(label, f + "." + MODEL, node.get(MODEL)))
                : Optional.empty();
        return new Provenance(measuredAt, source, frames.intValue(), model);
    }

    private static CameraView view(String label, String f, JsonNode node, Set<CameraView> allowed) {
        String name = text(label, f + "." + VIEW, node.path(VIEW));
        String names = allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
        for (CameraView v : allowed) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        throw new CalibrationException(label + ": " + f + "." + VIEW + ": \"" + name + "\" is not one of " + names);
    }

    private static double within(String label, String f, JsonNode node, double min, double max) {
        double v = number(label, f, node.path(f.substring(f.lastIndexOf('.') + 1)));
        Threshold.outOfRange(v, Unit.DEGREES, new Range(min, max)).ifPresent(p -> {
            throw new CalibrationException(label + ": " + f + ": " + p);
        });
        return v;
    }

    private static void fields(String label, String f, JsonNode node, Set<String> allowed) {
        if (!node.isObject()) {
            throw new CalibrationException(label + ": " + f + " must be an object, found " + CalibrationFiles.shown(node));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new CalibrationException(label + ": " + f + ": unknown field \"" + key + "\" (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static double number(String label, String f, JsonNode n) {
        if (n.isMissingNode()) {
            throw new CalibrationException(label + ": " + f + " is missing");
        }
        if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
            throw new CalibrationException(label + ": " + f + " must be a finite number, found " + CalibrationFiles.shown(n));
        }
        return n.doubleValue();
    }

    private static String text(String label, String f, JsonNode n) {
        if (n.isMissingNode()) {
            throw new CalibrationException(label + ": " + f + " is missing");
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            throw new CalibrationException(label + ": " + f + " must be a non-empty string, found " + CalibrationFiles.shown(n));
        }
        return n.asText();
    }

    // ---- writing ----

    static ObjectNode toJson(StanceNeutral s) {
        ObjectNode o = provenanceJson(s.provenance(), s.view());
        o.put(HEAD_LINE, stored(s.headLineDegrees()));
        o.put(HIP_LINE, stored(s.hipLineDegrees()));
        o.put(TRUNK, stored(s.trunkInclinationDegrees()));
        ObjectNode segments = o.putObject(SEGMENTS);
        segments.put(SegmentProportions.TORSO, stored(s.segments().torsoPixels()));
        s.segments().ratios().forEach((name, v) -> segments.put(name, stored(v)));
        return o;
    }

    static ObjectNode toJson(SittingBaseline b) {
        ObjectNode o = provenanceJson(b.provenance(), b.view());
        ObjectNode metrics = o.putObject(METRICS);
        b.metrics().forEach((name, v) -> metrics.put(name, stored(v)));
        return o;
    }

    private static ObjectNode provenanceJson(Provenance p, CameraView view) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put(MEASURED_AT, p.measuredAt().toString());
        o.put(SOURCE, p.source());
        o.put(FRAMES, p.frames());
        p.model().ifPresent(m -> o.put(MODEL, m));
        o.put(VIEW, view.name().toUpperCase(Locale.ROOT));
        return o;
    }

    private static double stored(double v) {
        return Math.round(v * STORED_STEP) / STORED_STEP;
    }
}
