package dev.formcheck.session;

import dev.formcheck.analysis.exercise.ExerciseDefinition;
import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.HoldResult;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.analysis.exercise.SignalContext;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.common.FormCheckException;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Kinematics;
import dev.formcheck.pipeline.TrackedRecording;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.report.HtmlReport;
import dev.formcheck.report.KeyMoments;
import dev.formcheck.report.RecordingEvidence;
import dev.formcheck.report.SetSpan;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The HTML report of a judged recording ({@code analyze --report}, the review's export): the
 * recording's kinematics measured again as the judgement measured them, its reps and holds split
 * into sets by the workout's pause rule, and the key frames decoded again from the video (only
 * those frames; nothing else of the video is kept).
 */
public final class RecordingReports {
    private RecordingReports() {
    }

    /**
     * Writes the report atomically; returns why it was not written, if it was not.
     *
     * @param stride the stride the recording was analysed with (one frame in {@code stride})
     */
    public static Optional<String> write(RecordingJudgement.Judged judged, ExerciseJudging judging, int stride,
                                         Path target) {
        return write(judged, judging, stride, target, WorkoutSettings.defaults());
    }

    /** As {@link #write(RecordingJudgement.Judged, ExerciseJudging, int, Path)}, with sets split by {@code sets}' pause. */
    public static Optional<String> write(RecordingJudgement.Judged judged, ExerciseJudging judging, int stride,
                                         Path target, WorkoutSettings sets) {
        RecordingEvidence evidence = evidence(judged, judging, sets);
        try {
            Map<Integer, RgbImage> stills = stills(judged, stride, KeyMoments.of(evidence).stream()
                    .map(KeyMoments.KeyMoment::frame).collect(TreeSet::new, Set::add, Set::addAll));
            HtmlReport.write(target, evidence, stills);
            return Optional.empty();
        } catch (FormCheckException e) {
            return Optional.of(target + ": report not written; " + e.getMessage());
        }
    }

    /** What the report is made of. */
    public static RecordingEvidence evidence(RecordingJudgement.Judged judged, ExerciseJudging judging) {
        return evidence(judged, judging, WorkoutSettings.defaults());
    }

    /** What the report is made of, its sets split where a pause of {@code settings}' length falls. */
    public static RecordingEvidence evidence(RecordingJudgement.Judged judged, ExerciseJudging judging, WorkoutSettings settings) {
        TrackedRecording recording = judged.recording();
        // As the exercise judged them: lying on the back, the outline read is the belly's (issue 14)
        Optional<ExerciseDefinition> exercise = judged.result().map(r -> judging.definition(r.exercise()));
        UnaryOperator<BackOutline> asJudged = o -> exercise.map(d -> d.judgedOutline(o)).orElse(o);
        List<BackOutline> outlines = recording.outlines().stream().map(asJudged).toList();
        Kinematics kinematics = judging.newKinematics();
        List<KinematicFrame> frames = new ArrayList<>(recording.frames().size());
        for (int i = 0; i < recording.frames().size(); i++) {
            KinematicFrame frame = outlines.isEmpty() ? kinematics.next(recording.frames().get(i))
                    : kinematics.next(recording.frames().get(i), outlines.get(i));
            frames.add(exercise.map(d -> d.judgedFrame(frame)).orElse(frame));
        }
        SignalContext signals = exercise.map(d -> judging.signalContext().forExercise(d)).orElse(judging.signalContext());
        long lastFrame = recording.frames().isEmpty() ? 0 : recording.frames().get(recording.frames().size() - 1).timestampMicros();
        long duration = Math.max(recording.source().durationMicros(), lastFrame);
        List<SetSpan> sets = judged.result().map(r -> sets(r, settings)).orElse(List.of());
        return new RecordingEvidence(judged.video().getFileName().toString(), duration, judged.result(), sets,
                recording.frames(), outlines, frames, judging.thresholds(), signals);
    }

    /**
     * The result's reps and holds in sets: a pause of {@link WorkoutSettings#setEndsAfterMicros()}
     * with no rep or hold ends a set, as in a live workout.
     */
    public static List<SetSpan> sets(ExerciseResult result, WorkoutSettings settings) {
        record Activity(long start, long end, int rep) {
        }
        List<Activity> activity = new ArrayList<>();
        for (RepResult rep : result.reps()) {
            activity.add(new Activity(rep.startMicros(), rep.endMicros(), rep.index()));
        }
        for (HoldResult hold : result.holds()) {
            activity.add(new Activity(hold.startMicros(), hold.endMicros(), 0));
        }
        activity.sort(Comparator.comparingLong(Activity::start));
        List<SetSpan> sets = new ArrayList<>();
        List<Integer> reps = new ArrayList<>();
        long start = 0;
        long end = 0;
        long previousEnd = -1;
        for (int i = 0; i < activity.size(); i++) {
            Activity a = activity.get(i);
            boolean newSet = i == 0 || a.start() - end >= settings.setEndsAfterMicros();
            if (newSet && i > 0) {
                sets.add(new SetSpan(sets.size() + 1, start, end, reps, previousEnd < 0 ? 0 : start - previousEnd));
                previousEnd = end;
                reps = new ArrayList<>();
            }
            if (newSet) {
                start = a.start();
            }
            end = Math.max(end, a.end());
            if (a.rep() > 0) {
                reps.add(a.rep());
            }
        }
        if (!activity.isEmpty()) {
            sets.add(new SetSpan(sets.size() + 1, start, end, reps, previousEnd < 0 ? 0 : start - previousEnd));
        }
        return List.copyOf(sets);
    }

    /** The frames at {@code wanted} (indexes of analysed frames), decoded again and copied; the rest are dropped as read. */
    private static Map<Integer, RgbImage> stills(RecordingJudgement.Judged judged, int stride, TreeSet<Integer> wanted) {
        Map<Integer, RgbImage> stills = new HashMap<>();
        if (wanted.isEmpty()) {
            return stills;
        }
        TrackedRecording recording = judged.recording();
        if (!Files.isDirectory(judged.video())) {
            // A handful of frames: seeking to each costs far less than decoding the video again
            java.util.SortedSet<Long> times = new TreeSet<>();
            Map<Long, Integer> index = new HashMap<>();
            for (int i : wanted) {
                long t = recording.frames().get(i).timestampMicros();
                times.add(t);
                index.put(t, i);
            }
            try (VideoFileSource video = VideoFileSource.open(judged.video())) {
                video.framesAt(times).forEach((t, image) -> stills.put(index.get(t), image));
            }
            return stills;
        }
        try (FrameSource source = RecordingJudgement.open(judged.video(),
                recording.source().fps() > 0 ? recording.source().fps() : 30, stride)) {
            for (int i = 0; i <= wanted.last(); i++) {
                Optional<RgbImage> frame = source.next();
                if (frame.isEmpty()) {
                    break;
                }
                try {
                    if (wanted.contains(i)) {
                        RgbImage f = frame.get();
                        byte[] rgb = new byte[f.width() * f.height() * 3];
                        ByteBuffer pixels = f.pixels();
                        pixels.get(0, rgb);
                        stills.put(i, RgbImage.copyOf(f.width(), f.height(), rgb, f.timestampMicros()));
                    }
                } finally {
                    frame.get().release();
                }
            }
        }
        return stills;
    }
}
