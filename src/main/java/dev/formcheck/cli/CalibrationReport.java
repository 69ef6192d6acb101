package dev.formcheck.cli;

import dev.formcheck.analysis.thresholds.Provenance;
import dev.formcheck.analysis.thresholds.SegmentProportions;
import dev.formcheck.analysis.thresholds.SittingBaseline;
import dev.formcheck.analysis.thresholds.StanceNeutral;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What calibrate stored, in plain words. */
final class CalibrationReport {
    private static final Map<String, String> SEGMENT_WORDS = Map.of(SegmentProportions.THIGH, "thigh",
            SegmentProportions.SHANK, "shin", SegmentProportions.UPPER_ARM, "upper arm", SegmentProportions.FOREARM, "forearm");

    private CalibrationReport() {
    }

    static void stance(PrintWriter out, Path file, StanceNeutral s, int framesSeen) {
        out.printf(Locale.ROOT, "Stored your standing neutral in %s (%d of %d %s, %s view).%n", file,
                s.provenance().frames(), framesSeen, framesSeen == 1 ? "frame" : "frames", s.view().name().toLowerCase(Locale.ROOT));
        out.printf(Locale.ROOT, "  head line (ear-shoulder-hip):  %.1f°  (180 = ear in line with the trunk)%n", s.headLineDegrees());
        out.printf(Locale.ROOT, "  hip line (shoulder-hip-knee):  %.1f°  (180 = straight)%n", s.hipLineDegrees());
        out.printf(Locale.ROOT, "  trunk from vertical:           %+.1f°  (+ forward)%n", s.trunkInclinationDegrees());
        String ratios = s.segments().ratios().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.2f", SEGMENT_WORDS.get(e.getKey()), e.getValue()))
                .collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "  torso %.0f px%s%n", s.segments().torsoPixels(),
                ratios.isEmpty() ? "" : "; " + ratios + " torso lengths");
        model(out, s.provenance());
        out.println("Your back is now measured against this neutral; the rest of the file is unchanged.");
        out.flush();
    }

    private static void model(PrintWriter out, Provenance p) {
        p.model().ifPresent(m -> out.printf(Locale.ROOT, "Measured with MoveNet %s: analyse with the same --model, "
                + "since the models place the ear and the hip differently.%n", m));
    }

    static void sitting(PrintWriter out, Path file, SittingBaseline b, int framesSeen) {
        out.printf(Locale.ROOT, "Stored your upright sitting baseline in %s (%d of %d %s, %s view).%n", file,
                b.provenance().frames(), framesSeen, framesSeen == 1 ? "frame" : "frames", b.view().name().toLowerCase(Locale.ROOT));
        b.metric(SittingBaseline.HEAD_LINE).ifPresent(v ->
                out.printf(Locale.ROOT, "  head line (ear-shoulder-hip):  %.1f°  (180 = ear in line with the trunk)%n", v));
        b.metric(SittingBaseline.TRUNK_INCLINATION).ifPresent(v ->
                out.printf(Locale.ROOT, "  trunk from vertical:           %+.1f°  (+ forward, - reclined)%n", v));
        long desk = b.metrics().keySet().stream().filter(k -> k.startsWith(dev.formcheck.desk.DeskMetric.FILE_PREFIX)).count();
        if (desk > 0) {
            out.printf(Locale.ROOT, "  and %d desk monitor measures (posture judges against them)%n", desk);
        }
        if (b.metric(SittingBaseline.HEAD_LINE).isEmpty() && b.metric(SittingBaseline.TRUNK_INCLINATION).isEmpty()) {
            out.println("  (seen from the front: side-on angles need a side view)");
        }
        model(out, b.provenance());
        out.println("The rest of the file is unchanged.");
        out.flush();
    }

    /** A standing-desk baseline stored, and whether desk mode can tell it from the sitting one ({@code against}). */
    static void deskStanding(PrintWriter out, Path file, SittingBaseline b, int framesSeen, String against) {
        out.printf(Locale.ROOT, "Stored your standing-desk baseline in %s (%d of %d %s, %s view).%n", file,
                b.provenance().frames(), framesSeen, framesSeen == 1 ? "frame" : "frames", b.view().name().toLowerCase(Locale.ROOT));
        out.println("  " + against);
        model(out, b.provenance());
        out.println("The rest of the file is unchanged.");
        out.flush();
    }
}
