package dev.formcheck.feedback;

import dev.formcheck.analysis.Rep;
import dev.formcheck.analysis.exercise.Evidence;
import dev.formcheck.analysis.exercise.Flag;
import dev.formcheck.analysis.exercise.FlagKind;
import dev.formcheck.analysis.exercise.FormBreakdown;
import dev.formcheck.analysis.exercise.HoldResult;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.analysis.exercise.Severity;
import dev.formcheck.analysis.exercise.SideBalance;
import dev.formcheck.analysis.exercise.StillJudge;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.SpineMethod;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a person reads for each value FormCheck names: one display name per enum value, in this
 * one place, and a flag as a sentence with its units ("Rounded lower back — 24° past your neutral,
 * limit 15°"). Enum names and snake_case stay in the JSON; the window and the summaries use these.
 * Each value's sense is its threshold's, in docs/flags.md.
 */
public final class PlainWords {
    private PlainWords() {
    }

    public static String name(FlagKind kind) {
        return switch (kind) {
            case ROUNDED_BACK -> "Rounded lower back";
            case LUMBAR_HYPEREXTENSION -> "Arched lower back";
            case LOST_NEUTRAL_SPINE -> "Back away from your neutral";
            case HIPS_SAGGING -> "Hips sagging";
            case HIPS_PIKED -> "Hips too high";
            case SHALLOW_DEPTH -> "Squat not deep enough";
            case HEAD_DROP -> "Head dropped";
            case TORSO_LEAN -> "Leaning forward";
            case KNEE_CAVE -> "Knee caving in";
        };
    }

    /**
     * An engine note as a person reads it: the check's name it starts with ("ROUNDED_BACK not
     * judged ...", the engine's stable wording that JSON readers match on) said in words
     * ("Rounded lower back: not judged ...").
     */
    public static String note(String engineNote) {
        for (FlagKind kind : FlagKind.values()) {
            String prefix = kind.name() + " ";
            if (engineNote.startsWith(prefix)) {
                return name(kind) + ": " + engineNote.substring(prefix.length());
            }
        }
        return engineNote;
    }

    /** How far past its limit a flag went, in words with units: "24° past your neutral, limit 15°". */
    public static String measure(FlagKind kind, double value, double threshold) {
        String v = degrees(value);
        String t = degrees(threshold);
        return switch (kind) {
            case ROUNDED_BACK -> v + " past your neutral, limit " + t;
            case LUMBAR_HYPEREXTENSION -> v + " more arched than your neutral, limit " + t;
            case LOST_NEUTRAL_SPINE -> v + " away from your calibrated neutral, limit " + t;
            case HIPS_SAGGING -> v + " below a straight body line, limit " + t;
            case HIPS_PIKED -> v + " above a straight body line, limit " + t;
            case SHALLOW_DEPTH -> "thighs " + v + " above parallel at the bottom, aim for " + t + " or lower";
            case HEAD_DROP -> v + " below your usual head line, limit " + t;
            case TORSO_LEAN -> "trunk " + v + " forward of upright, limit " + t;
            case KNEE_CAVE -> "knee " + v + " inside the line from hip to ankle, limit " + t;
        };
    }

    /**
     * Where and how a set's form broke down: "Form broke down from rep 6: your back rounded more
     * rep after rep (reaching 20° past neutral, against 11° in your first reps)".
     */
    public static String breakdown(FormBreakdown.Breakdown b) {
        String how = switch (b.measure()) {
            case BACK_ROUNDING -> "your back rounded more rep after rep (reaching " + degrees(b.reachedDegrees())
                    + " past neutral, against " + degrees(b.levelDegrees()) + " in your first reps)";
            case RANGE_OF_MOTION -> "your reps got shallower (reaching a range of only " + degrees(b.reachedDegrees())
                    + ", against " + degrees(b.levelDegrees()) + " in your first reps)";
            case BODY_LINE -> "your body line sagged or piked more rep after rep (reaching " + degrees(b.reachedDegrees())
                    + " from straight, against " + degrees(b.levelDegrees()) + " in your first reps)";
        };
        return "Form broke down from rep " + b.fromRep() + ": " + how;
    }

    /** A flag as one line: name, measure. */
    public static String describe(Flag flag) {
        return name(flag.kind()) + " — " + measure(flag.kind(), flag.value(), flag.threshold());
    }

    public static String name(Severity severity) {
        return switch (severity) {
            case LOW -> "minor";
            case MODERATE -> "moderate";
            case HIGH -> "serious";
        };
    }

    public static String name(SpineMethod method) {
        return switch (method) {
            case KEYPOINT_HEAD_LINE_AND_HIP_RANGE -> "body points (head line and hip)";
            case KEYPOINT_HEAD_LINE -> "body points (head line)";
            case KEYPOINT_HIP_RANGE -> "body points (hip)";
            case SILHOUETTE -> "the outline of your back";
        };
    }

    public static String name(CameraView view) {
        return switch (view) {
            case SIDE -> "side-on";
            case FRONT -> "from the front";
            case OBLIQUE -> "at an angle";
            case UNKNOWN -> "not yet known";
        };
    }

    /** Where a photo's person was, as a person reads it. */
    public static String name(StillJudge.Position position) {
        return switch (position) {
            case WORKING -> "in the working position";
            case REST -> "resting";
            case OUT_OF_POSITION -> "out of position";
            case NOT_VISIBLE -> "not clearly visible";
        };
    }

    /**
     * A desk day's time key (the daily summary file's {@code UPRIGHT}, {@code LEANING_BACK},
     * {@code CAMERA_BUSY}) as a person reads it: "upright", "leaning back", "camera busy".
     * Keys are strings there (a file's words), so an unknown one is said in lower case, not refused.
     */
    public static String deskTime(String key) {
        return switch (key) {
            case "UPRIGHT" -> "upright";
            case "SLOUCHED" -> "slouched";
            case "FORWARD_HEAD" -> "head forward";
            case "AWAY" -> "away from the desk";
            case "CAMERA_BUSY" -> "camera busy";
            case "SNOOZED" -> "snoozed";
            default -> key.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /** An exercise's file name as a person reads it: "romanian-deadlift" -> "Romanian deadlift". */
    public static String exercise(String name) {
        if (name.equals("auto")) {
            return "Recognise it for me";
        }
        if (name.equals("push-up")) {
            return "Push-up"; // the hyphen belongs to the word
        }
        String words = name.replace('-', ' ').replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** Which estimate read a value: "the outline of your back, 70% sure" or "body points". */
    public static String name(Evidence evidence) {
        String what = switch (evidence.estimate()) {
            case OUTLINE -> "the outline of your back";
            case KEYPOINTS -> "body points";
            case AVERAGED_BODY_LINE -> "body points of two models, averaged";
        };
        return evidence.confidence().isPresent()
                ? what + ", " + Math.round(100 * evidence.confidence().getAsDouble()) + "% sure" : what;
    }

    /** Degrees rounded to whole ones: keypoints are not more precise than that. */
    /**
     * A rep's tempo: "1.2 s down, 0.8 s up" for a rep from rest (a squat); for a rep from the
     * floor through lockout and back (a deadlift) "pull 1.2 s, lower 1.8 s", with the time held at
     * lockout when it rounds to at least a tenth of a second (0.05 s or more; decision 0084).
     */
    public static String tempo(RepResult rep) {
        if (rep.lockout().isPresent()) {
            Rep.Lockout l = rep.lockout().get();
            String held = l.heldMicros() >= 50_000 ? String.format(Locale.ROOT, ", %.1f s at lockout", l.heldMicros() / 1e6) : "";
            return String.format(Locale.ROOT, "pull %.1f s, lower %.1f s", l.pullMicros() / 1e6, l.lowerMicros() / 1e6) + held;
        }
        return String.format(Locale.ROOT, "%.1f s down, %.1f s up", rep.downMicros() / 1e6, rep.upMicros() / 1e6);
    }

    public static String degrees(double value) {
        return Math.round(value) + "°";
    }

    /** A duration as "1:05" or "0:09". */
    public static String minutesSeconds(long micros) {
        long s = Math.max(0, micros / 1_000_000);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /**
     * Left against right in words: "left 3 reps, knee angle 92° at the bottom, 2.4 s each; right 3
     * reps, 97°, 2.2 s each: 5° apart at the bottom" (reps), or the time held on each side (holds).
     */
    public static String sideBalance(SideBalance b, String signalName) {
        StringBuilder s = new StringBuilder();
        boolean reps = b.left().reps() + b.right().reps() > 0;
        for (var side : List.of(Map.entry("left", b.left()), Map.entry("right", b.right()))) {
            SideBalance.SideFigures f = side.getValue();
            s.append(s.length() == 0 ? "" : "; ").append(side.getKey()).append(' ');
            if (reps) {
                s.append(f.reps()).append(f.reps() == 1 ? " rep" : " reps");
                if (f.meanDepthDegrees().isPresent()) {
                    // the first figure says what it is; the other side's follows the same order
                    boolean first = s.indexOf("°") < 0;
                    s.append(", ").append(first ? signalName + " " : "").append(degrees(f.meanDepthDegrees().getAsDouble()))
                            .append(first ? " at the bottom" : "")
                            .append(String.format(Locale.ROOT, ", %.1f s each", f.meanRepMicros().getAsDouble() / 1e6));
                }
            } else {
                s.append(String.format(Locale.ROOT, "%.1f s held in good form", f.heldMicros() / 1e6));
            }
        }
        if (reps && b.depthDifferenceDegrees().isPresent()) {
            s.append(": ").append(degrees(Math.abs(b.depthDifferenceDegrees().getAsDouble()))).append(" apart at the bottom");
        } else if (!reps) {
            s.append(String.format(Locale.ROOT, ": %.1f s apart", Math.abs(b.heldDifferenceMicros() / 1e6)));
        }
        return s.toString();
    }

    /** ", on your left side" for a hold held on one side (a side plank: the side resting on the floor), else nothing. */
    public static String holdSide(HoldResult hold) {
        return hold.side().map(s -> ", on your " + s.name().toLowerCase(Locale.ROOT) + " side").orElse("");
    }
}
