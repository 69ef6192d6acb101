package dev.formcheck.ui.model;

import dev.formcheck.analysis.calibration.CalibrationCriteria;
import dev.formcheck.analysis.calibration.CalibrationOutcome;
import dev.formcheck.analysis.calibration.CalibrationRun;
import dev.formcheck.analysis.calibration.CalibrationSample;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.SittingBaseline;
import dev.formcheck.analysis.thresholds.StanceNeutral;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.desk.CameraFrame;
import dev.formcheck.desk.DeskMetric;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.Kinematics;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.tracking.TrackedPose;
import dev.formcheck.session.CalibrationSession;
import dev.formcheck.session.DeskPositionCheck;
import dev.formcheck.session.PositionCheck;

import dev.formcheck.common.AtomicFiles;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The guided calibration, without a display: fed the camera's tracked frames, it checks that the
 * camera sees what the chosen posture needs ({@link PositionCheck} standing, {@link DeskPositionCheck}
 * sitting) and says what to fix, counts down while the person stays in position, records
 * {@link #RECORD_SECONDS}, and hands the recording to {@link CalibrationSession}, which refuses frames
 * that are not a still neutral posture. The result is said in plain words next to the defaults and
 * stored only when the user saves it. Time is the frames' own timestamps, so a video standing in for
 * the camera and a test see the same steps. One thread feeds it; {@link #screen()} may be read from
 * another.
 */
public final class CalibrationWizard {
    /** Seconds counted down once the person is in position: time to settle, hands down. */
    public static final double COUNTDOWN_SECONDS = 3;
    /** Seconds recorded: {@code calibrate}'s own default, enough frames for the stillness check at any webcam rate. */
    public static final double RECORD_SECONDS = 5;

    /** What is calibrated. */
    public enum Posture {
        STANCE("Exercise: standing side-on"), SITTING("Desk: sitting upright"),
        /** Standing at a standing desk, the camera where it is when the user sits: measured as sitting is. */
        DESK_STANDING("Desk: standing");

        private final String label;

        Posture(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where the wizard is. */
    public enum Step { POSITIONING, COUNTDOWN, RECORDING, REFUSED, MEASURED, SAVED }

    /** What the window shows: a headline in big type and the lines under it. */
    public record Screen(Step step, String headline, List<String> details) {
        public Screen {
            details = List.copyOf(details);
        }

        public boolean finished() {
            return step == Step.REFUSED || step == Step.MEASURED || step == Step.SAVED;
        }
    }

    private static final String ONCE_SAVED = "Once saved,";

    private final Posture posture;
    private final Thresholds thresholds;
    private final String source;
    private final Optional<String> model;
    private Kinematics kinematics = Kinematics.withDefaults();
    private final List<TrackedPose> recorded = new ArrayList<>();
    private Step step = Step.POSITIONING;
    private long stepStartedMicros;
    private long lastMicros = Long.MIN_VALUE;
    private CameraFrame frame;
    private Optional<StanceNeutral> stance = Optional.empty();
    private Optional<SittingBaseline> sitting = Optional.empty();
    private final java.util.function.Supplier<Optional<SittingBaseline>> storedSitting;
    private volatile Screen screen;

    /**
     * @param thresholds the thresholds in force (their calibration criteria apply)
     * @param source what the frames come from, stored with the result ("camera 0")
     * @param model the pose model's id, stored with the result
     */
    public CalibrationWizard(Posture posture, Thresholds thresholds, String source, Optional<String> model) {
        this(posture, thresholds, source, model, Optional::empty);
    }

    /**
     * @param storedSitting the user's stored sitting baseline, read when a standing one has been
     *                      measured (on the thread that feeds the wizard), to say whether desk mode
     *                      can tell the two apart
     */
    public CalibrationWizard(Posture posture, Thresholds thresholds, String source, Optional<String> model,
                             java.util.function.Supplier<Optional<SittingBaseline>> storedSitting) {
        this.storedSitting = storedSitting;
        this.posture = posture;
        this.thresholds = thresholds;
        this.source = source;
        this.model = model;
        this.screen = new Screen(Step.POSITIONING, "Getting the camera ready…", List.of(howTo()));
    }

    public Posture posture() {
        return posture;
    }

    public Screen screen() {
        return screen;
    }

    /** One frame from the camera, in order; returns what to show now. Frames after the end change nothing. */
    public Screen next(TrackedPose tracked, int frameWidth, int frameHeight) {
        if (screen.finished()) {
            return screen;
        }
        long t = tracked.timestampMicros();
        if (t <= lastMicros) { // the stand-in video started again, or a camera's clock jumped: measure afresh
            kinematics = Kinematics.withDefaults();
            restart(Step.POSITIONING, t);
        }
        lastMicros = t;
        frame = new CameraFrame(frameWidth, frameHeight);
        CameraView view = kinematics.next(tracked).view().view();
        Optional<Pose> pose = tracked instanceof TrackedPose.PersonFound found ? Optional.of(found.smoothed()) : Optional.empty();
        PositionCheck.Result position = posture == Posture.STANCE
                ? PositionCheck.check(pose, frameWidth, frameHeight, view)
                : DeskPositionCheck.check(pose, frameWidth, frameHeight);
        double elapsed = (t - stepStartedMicros) / 1e6;
        switch (step) {
            case POSITIONING -> {
                if (position.ready()) {
                    restart(Step.COUNTDOWN, t);
                    return show(Step.COUNTDOWN, countdown(COUNTDOWN_SECONDS), position.say());
                }
                return show(Step.POSITIONING, position.say(), howTo());
            }
            case COUNTDOWN -> {
                if (!position.ready()) {
                    restart(Step.POSITIONING, t);
                    return show(Step.POSITIONING, position.say(), "The countdown starts again when you are in position.");
                }
                if (elapsed >= COUNTDOWN_SECONDS) {
                    restart(Step.RECORDING, t);
                    recorded.add(tracked);
                    return recording(0);
                }
                return show(Step.COUNTDOWN, countdown(COUNTDOWN_SECONDS - elapsed), position.say());
            }
            case RECORDING -> {
                recorded.add(tracked);
                if (elapsed >= RECORD_SECONDS) {
                    return finish();
                }
                return recording(elapsed);
            }
            default -> {
                return screen;
            }
        }
    }

    /** Starts again from the position check, after a refusal or to measure again. */
    public Screen again() {
        kinematics = Kinematics.withDefaults();
        stance = Optional.empty();
        sitting = Optional.empty();
        restart(Step.POSITIONING, lastMicros);
        lastMicros = Long.MIN_VALUE;
        return show(Step.POSITIONING, "Getting the camera ready…", howTo());
    }

    /**
     * Stores the measured result in the calibration file {@code file} (atomically; the rest of the
     * file is kept). Throws {@link dev.formcheck.common.FormCheckException} with a message for the user
     * when it cannot.
     */
    public Screen save(Path file) {
        if (step != Step.MEASURED) {
            throw new IllegalStateException("nothing measured to save");
        }
        AtomicFiles.createFolder(file.toAbsolutePath().getParent(), "data directory");
        CalibrationFiles.checkStorable(file);
        stance.ifPresent(s -> CalibrationFiles.store(file, s));
        if (posture == Posture.DESK_STANDING) {
            sitting.ifPresent(s -> CalibrationFiles.storeStandingDesk(file, s));
        } else {
            sitting.ifPresent(s -> CalibrationFiles.store(file, s));
        }
        List<String> lines = new ArrayList<>(screen.details());
        lines.removeIf(l -> l.startsWith(ONCE_SAVED));
        lines.add("Saved in " + file + "; the next " + (posture == Posture.STANCE ? "workout" : "desk session") + " uses it.");
        return show(Step.SAVED, "Saved: " + measuredWhat(), lines);
    }

    private String measuredWhat() {
        return switch (posture) {
            case STANCE -> "your standing neutral";
            case SITTING -> "your upright sitting";
            case DESK_STANDING -> "your standing at the desk";
        };
    }

    private Screen finish() {
        List<CalibrationSample> samples = CalibrationSession.measure(recorded, false);
        CalibrationCriteria criteria = CalibrationCriteria.of(thresholds, false);
        Optional<String> restless = CalibrationSession.whyNotStill(samples, criteria);
        if (restless.isPresent()) {
            return refused("Not a still neutral posture: " + restless.get());
        }
        CalibrationRun run = new CalibrationRun(Instant.now().truncatedTo(ChronoUnit.SECONDS), source, model);
        if (posture == Posture.STANCE) {
            CalibrationOutcome<StanceNeutral> outcome = CalibrationSession.stance(samples, criteria, run);
            if (outcome instanceof CalibrationOutcome.Accepted<StanceNeutral> accepted) {
                stance = Optional.of(accepted.block());
                return show(Step.MEASURED, "Measured: your standing neutral", CalibrationWords.stance(accepted.block(),
                        accepted.framesSeen()));
            }
            return refused(((CalibrationOutcome.Rejected<StanceNeutral>) outcome).message());
        }
        CalibrationOutcome<SittingBaseline> outcome = CalibrationSession.sitting(samples, criteria, run, false, Optional.of(frame));
        if (outcome instanceof CalibrationOutcome.Accepted<SittingBaseline> accepted && posture == Posture.DESK_STANDING) {
            sitting = Optional.of(accepted.block());
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "Used %d of %d frames.", accepted.block().provenance().frames(),
                    accepted.framesSeen()));
            lines.add(dev.formcheck.desk.SittingBlocks.standingAgainstSitting(storedSitting.get(), accepted.block(), thresholds));
            lines.add(ONCE_SAVED + " desk mode judges your posture standing against how you stand now.");
            return show(Step.MEASURED, "Measured: " + measuredWhat(), lines);
        }
        if (outcome instanceof CalibrationOutcome.Accepted<SittingBaseline> accepted) {
            sitting = Optional.of(accepted.block());
            return show(Step.MEASURED, "Measured: your upright sitting", CalibrationWords.sitting(accepted.block(),
                    accepted.framesSeen()));
        }
        return refused(((CalibrationOutcome.Rejected<SittingBaseline>) outcome).message());
    }

    /** The session's refusal already ends with what to do ("Hold still in one place."): said once, not twice. */
    private Screen refused(String why) {
        return show(Step.REFUSED, "Not saved: try again", List.of(why, "Nothing was stored; your calibration is as it was."));
    }

    private Screen recording(double elapsed) {
        long left = (long) Math.ceil(RECORD_SECONDS - elapsed);
        return show(Step.RECORDING, String.format(Locale.ROOT, "Hold still… %d s", Math.max(1, left)),
                switch (posture) {
                    case STANCE -> "Stand as you naturally stand, arms by your sides.";
                    case SITTING -> "Sit upright as you mean to sit.";
                    case DESK_STANDING -> "Stand upright at your desk as you mean to stand.";
                });
    }

    private static String countdown(double secondsLeft) {
        return String.format(Locale.ROOT, "Good. Recording in %d…", Math.max(1, (long) Math.ceil(secondsLeft)));
    }

    private String howTo() {
        return switch (posture) {
            case STANCE -> "Stand side-on to the camera, your whole body in the picture, head to feet.";
            case SITTING -> "Sit as at your desk: the camera should see your head and shoulders, or your side down to the hip.";
            case DESK_STANDING -> "Stand at your desk raised, the camera where it is when you sit: it should see your head and"
                    + " shoulders, or your side down to the hip.";
        };
    }

    private void restart(Step next, long atMicros) {
        step = next;
        stepStartedMicros = atMicros;
        if (next != Step.RECORDING) {
            recorded.clear();
        }
    }

    private Screen show(Step s, String headline, String detail) {
        return show(s, headline, List.of(detail));
    }

    private Screen show(Step s, String headline, List<String> details) {
        step = s;
        screen = new Screen(s, headline, details);
        return screen;
    }

    /** The result in plain words, each measure next to the default it replaces. */
    static final class CalibrationWords {
        private CalibrationWords() {
        }

        static List<String> stance(StanceNeutral s, int framesSeen) {
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "Used %d of %d frames, seen %s.", s.provenance().frames(), framesSeen,
                    view(s.view())));
            lines.add(headLine(s.headLineDegrees()));
            lines.add(compare("Hip line (shoulder, hip, knee)", s.hipLineDegrees(), NeutralPosture.DEFAULT_HIP_LINE, "straight"));
            lines.add(lean(s.trunkInclinationDegrees()));
            lines.add(ONCE_SAVED + " your back is judged against your own neutral instead of the defaults.");
            return lines;
        }

        static List<String> sitting(SittingBaseline b, int framesSeen) {
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "Used %d of %d frames, seen %s.", b.provenance().frames(), framesSeen,
                    view(b.view())));
            b.metric(SittingBaseline.HEAD_LINE).ifPresent(v -> lines.add(headLine(v)));
            b.metric(SittingBaseline.TRUNK_INCLINATION).ifPresent(v -> lines.add(lean(v)));
            long desk = b.metrics().keySet().stream().filter(k -> k.startsWith(DeskMetric.FILE_PREFIX)).count();
            if (desk > 0) {
                lines.add(String.format(Locale.ROOT, "%d measures of your head and shoulders for desk mode: without them it "
                        + "takes the first seconds of every desk session as your upright, slouched or not.", desk));
            }
            lines.add(ONCE_SAVED + " desk mode judges slouching against how you sit now.");
            return lines;
        }

        private static String headLine(double degrees) {
            return compare("Head line (ear, shoulder, hip)", degrees, NeutralPosture.DEFAULT_HEAD_LINE, "ear in line with the trunk");
        }

        private static String compare(String what, double degrees, double fallback, String meaning) {
            double difference = degrees - fallback;
            String against = Math.abs(difference) < 0.05 ? "the same as the default"
                    : String.format(Locale.ROOT, "%.1f° %s than the default %.0f° (%s)", Math.abs(difference),
                    difference < 0 ? "less" : "more", fallback, meaning);
            return String.format(Locale.ROOT, "%s: %.1f°, %s.", what, degrees, against);
        }

        private static String lean(double degrees) {
            if (Math.abs(degrees) < 0.05) {
                return "Trunk: upright.";
            }
            return String.format(Locale.ROOT, "Trunk: leaning %.1f° %s of vertical.",
                    Math.abs(degrees), degrees > 0 ? "forward" : "back");
        }

        private static String view(CameraView view) {
            return switch (view) {
                case SIDE -> "side-on";
                case OBLIQUE -> "half side-on";
                case FRONT -> "from the front";
                case UNKNOWN -> "from an unclear angle";
            };
        }
    }
}
