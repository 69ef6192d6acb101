package dev.formcheck.ui.model;

import dev.formcheck.feedback.JointClarity;
import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.Flag;
import dev.formcheck.analysis.exercise.FlagKind;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.feedback.PlainWords;
import dev.formcheck.pose.tracking.TrackedPose;
import dev.formcheck.session.RecordingJudgement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The review screen's content from a judged recording: the timeline's marks (one per flag, a
 * colour per kind from a colour-blind-safe palette, with a legend), the per-rep table, the summary,
 * and where a click on a mark or a row seeks to. Headless: the player only draws these.
 */
public final class ReviewViewModel {
    /**
     * Okabe and Ito's palette ("Color Universal Design", 2002), distinguishable with the common
     * colour-vision deficiencies; one colour per flag kind, in the enum's order. RGB, 0xRRGGBB.
     * The palette has eight; the ninth kind (KNEE_CAVE) takes a mid grey, told apart by its
     * lightness and its name in the legend.
     */
    public static final int[] PALETTE = {0xD55E00, 0xCC79A7, 0x0072B2, 0xE69F00, 0x009E73, 0x56B4E9, 0xF0E442, 0x000000,
        0x808080};

    /** One flag on the timeline, as fractions of the video's length. */
    public record Mark(double startFraction, double endFraction, FlagKind kind, int rgb, String tooltip, long seekMicros) {
    }

    /** A legend entry. */
    public record LegendEntry(String name, int rgb) {
    }

    /** One row of the per-rep table, every cell in words with units. */
    public record RepRow(int rep, String depth, String range, String tempo, String worstSpine, String flags, long seekMicros) {
    }

    private final RecordingJudgement.Judged judged;
    private final long durationMicros;

    private final JointClarity clarity;

    /** Judged with the shipped thresholds. */
    public ReviewViewModel(RecordingJudgement.Judged judged) {
        this(judged, dev.formcheck.analysis.thresholds.CalibrationFiles.defaults());
    }

    /** @param thresholds the thresholds the recording was judged with (what is shown as "not seen", among them) */
    public ReviewViewModel(RecordingJudgement.Judged judged, dev.formcheck.analysis.thresholds.Thresholds thresholds) {
        this.judged = judged;
        this.durationMicros = Math.max(1, Math.round(judged.document().video().durationS() * 1e6));
        this.clarity = new JointClarity(thresholds);
    }

    public long durationMicros() {
        return durationMicros;
    }

    public static int colourOf(FlagKind kind) {
        return PALETTE[kind.ordinal() % PALETTE.length];
    }

    public List<Mark> marks() {
        return flags().stream().map(f -> new Mark(fraction(f.startMicros()), fraction(Math.max(f.endMicros(), f.startMicros())),
                f.kind(), colourOf(f.kind()), PlainWords.describe(f) + at(f), f.startMicros())).toList();
    }

    /** The kinds that appear, in the enum's order. */
    public List<LegendEntry> legend() {
        Map<FlagKind, Boolean> seen = new EnumMap<>(FlagKind.class);
        flags().forEach(f -> seen.put(f.kind(), true));
        return seen.keySet().stream().map(k -> new LegendEntry(PlainWords.name(k), colourOf(k))).toList();
    }

    public List<RepRow> reps() {
        Optional<ExerciseResult> r = judged.result();
        if (r.isEmpty()) {
            return List.of();
        }
        List<RepRow> rows = new ArrayList<>();
        for (RepResult rep : r.get().reps()) {
            String flags = r.get().flags().stream().filter(f -> f.rep().equals(OptionalInt.of(rep.index())))
                    .map(f -> PlainWords.name(f.kind())).distinct().collect(Collectors.joining(", "));
            boolean seen = clarity.bottomSeen(rep, judged.recording().frames());
            rows.add(new RepRow(rep.index(),
                    !seen ? rep.signalName() + " " + JointClarity.NOT_SEEN
                            : rep.signalName().startsWith("thigh") ? thigh(rep.depthDegrees())
                            : rep.signalName() + " " + PlainWords.degrees(rep.depthDegrees()),
                    seen ? PlainWords.degrees(rep.rangeOfMotionDegrees()) : JointClarity.NOT_SEEN,
                    PlainWords.tempo(rep),
                    rep.worstSpineFlexionDegrees().isPresent() ? spine(rep.worstSpineFlexionDegrees().getAsDouble())
                            : "not readable",
                    flags.isEmpty() ? "none" : flags, rep.startMicros()));
        }
        return rows;
    }


    /**
     * The thigh at the bottom, from its inclination (+90 standing, 0 parallel, negative below):
     * "thighs 37° short of parallel", "thighs 3° past parallel", "thighs parallel".
     */
    static String thigh(double inclination) {
        long rounded = Math.round(inclination);
        if (rounded == 0) {
            return "thighs parallel";
        }
        return "thighs " + PlainWords.degrees(Math.abs(inclination)) + (rounded > 0 ? " short of parallel" : " past parallel");
    }

    /** The back at its worst in the rep: "12° rounded", "5° arched", from the user's neutral. */
    static String spine(double flexion) {
        return PlainWords.degrees(Math.abs(flexion)) + (flexion >= 0 ? " rounded" : " arched") + " from neutral";
    }

    /** Where the player starts: the first rep's deepest point, or the first flag, or the start. */
    public long firstInterestingMicros() {
        Optional<ExerciseResult> r = judged.result();
        if (r.isPresent() && !r.get().flags().isEmpty()) {
            return r.get().flags().get(0).startMicros();
        }
        if (r.isPresent() && !r.get().reps().isEmpty()) {
            return r.get().reps().get(0).bottomMicros();
        }
        return 0;
    }

    /** The judgement's headline and lines, as the summary above the player shows them. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        Optional<ExerciseResult> r = judged.result();
        if (r.isEmpty()) {
            lines.add("No exercise recognised: no reps or holds of a known exercise. Choose the exercise and analyse again.");
            return lines;
        }
        ExerciseResult e = r.get();
        lines.add(PlainWords.exercise(e.exercise()) + (e.recognized() ? " (recognised)" : "") + ", filmed "
                + PlainWords.name(e.view()) + ": " + e.reps().size() + (e.reps().size() == 1 ? " rep" : " reps")
                + (e.holds().isEmpty() ? "" : ", " + e.holds().size() + (e.holds().size() == 1 ? " hold" : " holds")));
        if (e.flags().isEmpty()) {
            lines.add("No form faults found.");
        }
        e.flags().forEach(f -> lines.add(PlainWords.describe(f) + at(f)));
        return lines;
    }

    private List<Flag> flags() {
        return judged.result().map(ExerciseResult::flags).orElse(List.of());
    }

    private static String at(Flag f) {
        return String.format(Locale.ROOT, " (%s%.1f s)", f.rep().isPresent() ? "rep " + f.rep().getAsInt() + ", " : "",
                f.startMicros() / 1e6);
    }

    private double fraction(long micros) {
        return Math.max(0, Math.min(1, micros / (double) durationMicros));
    }

    /** The video time a click at {@code fraction} of the timeline's width seeks to. */
    public long seekMicrosAt(double fraction) {
        return Math.round(Math.max(0, Math.min(1, fraction)) * durationMicros);
    }

    public RecordingJudgement.Judged judged() {
        return judged;
    }
}
