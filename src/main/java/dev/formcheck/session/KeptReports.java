package dev.formcheck.session;

import dev.formcheck.analysis.Rep;
import dev.formcheck.analysis.exercise.CheckCoverage;
import dev.formcheck.analysis.exercise.Evidence;
import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.Flag;
import dev.formcheck.analysis.exercise.FlagKind;
import dev.formcheck.analysis.exercise.HoldResult;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.analysis.exercise.Severity;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.common.FormCheckException;
import dev.formcheck.feedback.PlainWords;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.pose.CropRegion;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.PoseEstimator;
import dev.formcheck.pose.StageTimings;
import dev.formcheck.pose.tracking.TrackedPose;
import dev.formcheck.pose.tracking.TrackingSettings;
import dev.formcheck.records.SessionEvent;
import dev.formcheck.records.SessionRecord;
import dev.formcheck.records.SessionStore;
import dev.formcheck.report.HtmlReport;
import dev.formcheck.report.KeyMoments;
import dev.formcheck.report.RecordingEvidence;
import dev.formcheck.report.ReportContent;
import dev.formcheck.report.SetSpan;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * The HTML report of a kept session ({@code report SESSION}): the same report {@code analyze
 * --report} makes, from what the record kept. A record keeps each rep's and fault's numbers, not
 * every frame's, so its charts have a point per rep; its key frames are decoded again from the
 * analysed video when that file is still there (their pose found again), and left out with a
 * note when it is not, or when the session was a live workout (which keeps no video).
 */
public final class KeptReports {
    /** What {@code report} accepts for the most recently started session. */
    public static final String LAST = "last";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private KeptReports() {
    }

    /**
     * The session {@code which} names: an id as {@code history} lists it, or {@link #LAST}. Throws
     * with a message for the person when there is none, or when its file cannot be read.
     */
    public static SessionRecord find(SessionStore store, String which) {
        SessionStore.Contents contents = store.read();
        if (LAST.equals(which)) {
            return contents.records().stream().max(Comparator.comparing((SessionRecord r) -> r.header().startedAt()))
                    .orElseThrow(() -> new FormCheckException("No sessions kept yet in " + store.directory()
                            + (contents.skipped().isEmpty() ? "" : " that can be read (" + String.join("; ", contents.skipped()) + ")")
                            + ". Each 'analyze VIDEO --exercise NAME' and each workout in the window is kept there."));
        }
        Optional<SessionRecord> found = contents.records().stream().filter(r -> r.id().equals(which)).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        Optional<String> damaged = contents.skipped().stream().filter(s -> s.startsWith(which + ".")).findFirst();
        if (damaged.isPresent()) {
            throw new FormCheckException("Session " + which + " cannot be read: " + damaged.get());
        }
        throw new FormCheckException("No session '" + which + "' in " + store.directory()
                + ". 'formcheck history' lists the sessions kept (each id in brackets), or say 'last'.");
    }

    /** The analysed video a session's key frames can be decoded from, when it was a video and the file is still there. */
    public static Optional<Path> video(SessionRecord record) {
        if (!SessionRecording.VIDEO_KIND.equals(record.header().kind()) || record.header().source() == null) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(record.header().source());
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Opens the estimator that finds the body on key frames; throws a {@link FormCheckException} saying why it cannot. */
    @FunctionalInterface
    public interface PoseModel {
        PoseEstimator open();
    }

    /**
     * Writes the report of {@code record} to {@code target}, atomically. The pose model is opened
     * only when there are key frames to find the body on; when it cannot be opened the report is
     * still written, without key frames, and a note says why.
     *
     * @return notes about what the report could not include (key frames left out and why), empty when complete
     */
    public static List<String> write(SessionRecord record, Path target, PoseModel model, ZoneId zone) {
        if (KeyMoments.ofKept(result(record), sets(record)).isEmpty() || video(record).isEmpty()) {
            return write(record, target, Optional.empty(), zone);
        }
        PoseEstimator estimator;
        try {
            estimator = model.open();
        } catch (FormCheckException e) {
            return write(record, target, Optional.empty(), zone, "No key frames: the pose model that finds the body on them "
                    + "could not be opened (" + e.getMessage() + ").");
        }
        try (estimator) {
            return write(record, target, Optional.of(estimator), zone);
        }
    }

    /**
     * Writes the report of {@code record} to {@code target}, atomically.
     *
     * @param poses finds the pose on each key frame; used only when {@link #video} has the video
     * @return notes about what the report could not include (key frames left out and why), empty when complete
     */
    public static List<String> write(SessionRecord record, Path target, Optional<PoseEstimator> poses, ZoneId zone) {
        return write(record, target, poses, zone, "No key frames: no pose model was given to find the body on them.");
    }

    private static List<String> write(SessionRecord record, Path target, Optional<PoseEstimator> poses, ZoneId zone,
                                      String withoutPoses) {
        ExerciseJudging judging = judgingFor(record.exercise());
        ExerciseResult result = result(record);
        List<SetSpan> sets = sets(record);
        RecordingEvidence kept = new RecordingEvidence(sourceName(record), durationMicros(record, result), Optional.of(result),
                sets, List.of(), List.of(), List.of(), judging.thresholds(), judging.signalContext());

        List<KeyMoments.KeptMoment> wanted = KeyMoments.ofKept(result, sets);
        List<TrackedPose> framePoses = new ArrayList<>();
        List<KinematicFrame> frameKinematics = new ArrayList<>();
        List<KeyMoments.KeyMoment> moments = new ArrayList<>();
        Map<Integer, RgbImage> stills = new HashMap<>();
        List<String> missing = new ArrayList<>();
        Optional<Path> video = video(record);
        if (wanted.isEmpty()) {
            // nothing to show: no rep, hold or fault
        } else if (video.isEmpty()) {
            missing.add(noVideo(record));
        } else if (poses.isEmpty()) {
            missing.add(withoutPoses);
        } else {
            try (VideoFileSource source = VideoFileSource.open(video.get())) {
                Map<Long, RgbImage> frames = source.framesAt(new TreeSet<>(wanted.stream().map(KeyMoments.KeptMoment::micros).toList()));
                for (KeyMoments.KeptMoment m : wanted) {
                    RgbImage image = frames.get(m.micros());
                    if (image == null) {
                        continue; // past the end of a video changed since
                    }
                    int index = framePoses.size();
                    TrackedPose tracked = tracked(poses.get().estimate(image), image, m.micros());
                    framePoses.add(tracked);
                    frameKinematics.add(judging.newKinematics().next(tracked));
                    moments.add(new KeyMoments.KeyMoment(index, m.caption()));
                    stills.put(index, image);
                }
                if (frames.size() < wanted.size()) {
                    missing.add(String.format(Locale.ROOT, "%d of %d key frames are missing: %s ends before them (was it changed?).",
                            wanted.size() - frames.size(), wanted.size(), video.get()));
                }
            } catch (FormCheckException e) {
                missing.add("No key frames: " + video.get() + " could not be read again (" + e.getMessage() + ").");
            }
        }
        RecordingEvidence atKeyFrames = new RecordingEvidence(kept.videoName(), kept.durationMicros(), Optional.of(result), sets,
                framePoses, List.of(), frameKinematics, judging.thresholds(), judging.signalContext());
        HtmlReport.writeKept(target, kept, origin(record, zone, missing), atKeyFrames, moments, stills);
        return List.copyOf(missing);
    }

    private static String noVideo(SessionRecord record) {
        if (!SessionRecording.VIDEO_KIND.equals(record.header().kind())) {
            return "No key frames: a live workout keeps no video, only what was counted and cued.";
        }
        return "No key frames: the video it was made from (" + record.header().source() + ") is no longer there.";
    }

    /** The judging whose thresholds the charts draw: the exercise's, or any when this version no longer knows it. */
    private static ExerciseJudging judgingFor(String exercise) {
        return ExerciseChoices.problemWith(exercise).isEmpty() ? ExerciseJudging.forCurrentUser(exercise)
                : ExerciseJudging.forCurrentUser(ExerciseJudging.AUTO);
    }

    /** A pose found on one decoded frame, as a found person (its own smoothing) or none, as tracking would decide. */
    private static TrackedPose tracked(Pose pose, RgbImage image, long micros) {
        Pose at = new Pose(micros, pose.keypoints());
        CropRegion crop = CropRegion.fullFrame(image.width(), image.height());
        return at.meanScore() >= TrackingSettings.defaults().minPersonScore()
                ? new TrackedPose.PersonFound(micros, at, at, crop, StageTimings.NONE)
                : new TrackedPose.NoPerson(micros, at, crop, StageTimings.NONE);
    }

    private static ReportContent.Origin origin(SessionRecord r, ZoneId zone, List<String> missing) {
        SessionEvent.Started h = r.header();
        boolean live = !SessionRecording.VIDEO_KIND.equals(h.kind());
        String when = WHEN.format(h.startedAt().atZone(zone));
        List<String> about = new ArrayList<>();
        about.add(String.format(Locale.ROOT, "Made from the session kept on %s (%s): %s, judged with the %s pose model and %s, "
                        + "FormCheck %s.", when, r.id(), live ? "a live workout from " + h.source() : "an analysed video",
                h.model(), h.calibration().equals("shipped defaults") ? "the shipped defaults" : "the calibration in " + h.calibration(),
                h.appVersion()));
        about.add("A kept session has each rep's numbers, not every frame's: the charts show one point per rep.");
        if (live) {
            about.add("A live workout keeps the moment each fault was cued, not how large it was.");
        }
        if (!r.complete()) {
            about.add("This session stopped before it ended (the app was closed or killed): it is kept up to there.");
        }
        r.problem().ifPresent(p -> about.add("It stopped early: " + p + "."));
        about.addAll(missing);
        String howFilmed = live ? PlainWords.exercise(r.exercise()) + ", live workout on " + when
                : viewOf(r).map(v -> PlainWords.exercise(r.exercise()) + ", filmed " + PlainWords.name(v))
                .orElse(PlainWords.exercise(r.exercise())) + "; analysed on " + when;
        return new ReportContent.Origin(howFilmed, about, "Made by FormCheck from the session kept on " + when + " (" + r.id()
                + "). Everything in this file came from your computer; nothing was sent anywhere.");
    }

    private static String sourceName(SessionRecord r) {
        if (!SessionRecording.VIDEO_KIND.equals(r.header().kind()) || r.header().source() == null) {
            return r.header().source() == null ? "a live workout" : r.header().source();
        }
        try {
            Path name = Path.of(r.header().source()).getFileName();
            return name == null ? r.header().source() : name.toString();
        } catch (InvalidPathException e) {
            return r.header().source();
        }
    }

    private static Optional<CameraView> viewOf(SessionRecord r) {
        return namedEvent(r).map(SessionEvent.ExerciseNamed::view).flatMap(v -> Arrays.stream(CameraView.values())
                .filter(c -> c.name().equalsIgnoreCase(v)).findFirst());
    }

    private static Optional<SessionEvent.ExerciseNamed> namedEvent(SessionRecord r) {
        return r.named();
    }

    /** The record's judgement as the engine's result, for the report; what a record did not keep is left empty. */
    static ExerciseResult result(SessionRecord r) {
        List<RepResult> reps = r.reps().stream().map(KeptReports::rep).toList();
        List<HoldResult> holds = r.holds().stream().map(h -> new HoldResult(us(h.startS()), us(h.endS()), us(h.heldS()),
                us(h.goodFormS()), 0)).toList();
        List<Flag> flags = new ArrayList<>();
        for (SessionEvent.Fault f : r.faults()) {
            kind(f.kind()).ifPresent(kind -> flags.add(new Flag(kind, severity(f.severity()), us(f.startS()), us(Math.max(f.startS(), f.endS())),
                    f.rep() > 0 ? OptionalInt.of(f.rep()) : OptionalInt.empty(), f.value() == null ? Double.NaN : f.value(),
                    f.threshold() == null ? Double.NaN : f.threshold(), f.cue() == null ? "" : f.cue(), evidence(f.decidedBy()))));
        }
        flags.sort(Comparator.comparingLong(Flag::startMicros));
        boolean recognized = namedEvent(r).map(SessionEvent.ExerciseNamed::recognized).filter(b -> b != null)
                .orElse(ExerciseJudging.AUTO.equals(r.header().exercise()));
        List<CheckCoverage> checks = new ArrayList<>();
        namedEvent(r).map(SessionEvent.ExerciseNamed::checks).orElse(List.of()).forEach(c -> kind(c.kind()).ifPresent(kind ->
                checks.add(new CheckCoverage(kind, Math.max(0, c.applicableFrames()),
                        Math.max(0, Math.min(c.judgedFrames(), c.applicableFrames())), Optional.ofNullable(c.whyNotJudged())))));
        List<String> notes = namedEvent(r).map(SessionEvent.ExerciseNamed::notes).orElse(List.of());
        return new ExerciseResult(r.exercise(), recognized, viewOf(r).orElse(CameraView.SIDE), reps, holds, flags,
                notes == null ? List.of() : notes, checks, List.of());
    }

    static RepResult rep(SessionEvent.Rep r) {
        long bottom = us(r.bottomS());
        long start = r.startS() != null ? us(r.startS()) : bottom - us(r.tempoS() / 2);
        long end = r.endS() != null ? us(r.endS()) : bottom + us(r.tempoS() / 2);
        return new RepResult(r.rep(), Math.min(start, bottom), bottom, Math.max(end, bottom), r.signal() != null ? r.signal() : "depth",
                r.depthDegrees(), r.rangeDegrees(), r.worstSpineDegrees() == null ? OptionalDouble.empty() : OptionalDouble.of(r.worstSpineDegrees()),
                r.deepestThighDegrees() == null ? OptionalDouble.empty() : OptionalDouble.of(r.deepestThighDegrees()),
                evidence(r.decidedBy()), sideOf(r.side()), OptionalDouble.empty(), lockout(r));
    }

    /** A kept rep's pull and lowering (decision 0084); empty for a rep from rest, an older record or times out of order. */
    private static java.util.Optional<Rep.Lockout> lockout(SessionEvent.Rep r) {
        if (r.pullStartS() == null || r.lockoutStartS() == null || r.lockoutEndS() == null || r.floorReachedS() == null
                || r.startS() == null || r.endS() == null) {
            return java.util.Optional.empty();
        }
        long pull = us(r.pullStartS());
        long reached = us(r.lockoutStartS());
        long left = us(r.lockoutEndS());
        long end = us(r.floorReachedS());
        return us(r.startS()) <= pull && pull <= reached && reached <= left && left <= us(r.endS()) && left <= end
                ? java.util.Optional.of(new Rep.Lockout(pull, reached, left, end)) : java.util.Optional.empty();
    }

    /** A kept rep's side ("left", "right"), as the recording wrote it; empty for none or an unknown word. */
    private static java.util.Optional<dev.formcheck.kinematics.BodySide> sideOf(String side) {
        if (side == null) {
            return java.util.Optional.empty();
        }
        for (dev.formcheck.kinematics.BodySide s : dev.formcheck.kinematics.BodySide.values()) {
            if (s.name().equalsIgnoreCase(side)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    /** The sets as kept; a record cut short before its first set ended has its reps and holds in one set. */
    static List<SetSpan> sets(SessionRecord r) {
        List<SetSpan> spans = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        r.sets().forEach(s -> numbers.add(s.set()));
        r.reps().forEach(x -> {
            if (!numbers.contains(x.set())) {
                numbers.add(x.set());
            }
        });
        numbers.sort(Comparator.naturalOrder());
        long previousEnd = -1;
        for (int number : numbers) {
            Optional<SessionEvent.SetEnded> ended = r.sets().stream().filter(s -> s.set() == number).findFirst();
            List<SessionEvent.Rep> reps = r.reps().stream().filter(x -> x.set() == number).toList();
            long start = ended.map(s -> us(s.startS())).orElseGet(() -> reps.stream().mapToLong(x -> rep(x).startMicros()).min().orElse(0));
            long end = ended.map(s -> us(s.endS())).orElseGet(() -> reps.stream().mapToLong(x -> rep(x).endMicros()).max().orElse(start));
            long rest = ended.map(s -> us(s.restBeforeS())).orElse(previousEnd < 0 ? 0 : Math.max(0, start - previousEnd));
            spans.add(new SetSpan(spans.size() + 1, start, Math.max(start, end), reps.stream().map(SessionEvent.Rep::rep).toList(),
                    spans.isEmpty() ? 0 : rest));
            previousEnd = end;
        }
        if (spans.isEmpty() && !r.holds().isEmpty()) {
            long start = r.holds().stream().mapToLong(h -> us(h.startS())).min().orElse(0);
            long end = r.holds().stream().mapToLong(h -> us(h.endS())).max().orElse(start);
            spans.add(new SetSpan(1, start, end, List.of(), 0));
        }
        return spans;
    }

    private static long durationMicros(SessionRecord r, ExerciseResult result) {
        long end = 0;
        for (RepResult x : result.reps()) {
            end = Math.max(end, x.endMicros());
        }
        for (HoldResult h : result.holds()) {
            end = Math.max(end, h.endMicros());
        }
        for (Flag f : result.flags()) {
            end = Math.max(end, f.endMicros());
        }
        for (SessionEvent.SetEnded s : r.sets()) {
            end = Math.max(end, us(s.endS()));
        }
        return end + 1_000_000; // a second's margin, so the last mark is not on the edge
    }

    private static Optional<FlagKind> kind(String name) {
        return Arrays.stream(FlagKind.values()).filter(k -> k.name().equals(name)).findFirst();
    }

    /** A live cue keeps no severity, nor do records from before it was kept: the lowest, which the report does not show for a live cue. */
    private static Severity severity(String id) {
        return Arrays.stream(Severity.values()).filter(s -> s.id().equals(id)).findFirst().orElse(Severity.LOW);
    }

    private static Optional<Evidence> evidence(String words) {
        return words == null ? Optional.empty() : Arrays.stream(Evidence.Estimate.values()).filter(e -> e.words().equals(words))
                .findFirst().map(e -> new Evidence(e, OptionalDouble.empty()));
    }

    private static long us(double seconds) {
        return Math.round(seconds * 1e6);
    }
}
