package dev.formcheck.report;

import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.SignalContext;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.tracking.TrackedPose;

import java.util.List;
import java.util.Optional;

/**
 * Everything a recording's report is made from: the judgement, the sets, and per frame the tracked
 * pose, the back's outline (when read) and the kinematics the judgement measured. Lists are per
 * analysed frame, in order, all the same length.
 *
 * @param videoName the file's name as the reader knows it
 * @param result the exercise's judgement; empty when auto recognised nothing
 * @param signals how the engine reads a fault's size (neutral, spine confidence gate), so the charts show its numbers
 */
public record RecordingEvidence(String videoName, long durationMicros, Optional<ExerciseResult> result, List<SetSpan> sets,
                                List<TrackedPose> poses, List<BackOutline> outlines, List<KinematicFrame> kinematics,
                                Thresholds thresholds, SignalContext signals) {
    public RecordingEvidence {
        sets = List.copyOf(sets);
        poses = List.copyOf(poses);
        outlines = List.copyOf(outlines);
        kinematics = List.copyOf(kinematics);
        if (kinematics.size() != poses.size() || !outlines.isEmpty() && outlines.size() != poses.size()) {
            throw new IllegalArgumentException("one kinematic frame and one outline (or none) per pose: " + poses.size()
                    + " poses, " + kinematics.size() + " kinematic frames, " + outlines.size() + " outlines");
        }
    }

    /** The outline read for frame {@code i}, if one was. */
    public Optional<BackOutline> outline(int i) {
        return outlines.isEmpty() ? Optional.empty() : Optional.of(outlines.get(i));
    }

    /** The frame at or just after {@code micros} (the last one past the end); -1 when there are none. */
    public int frameAt(long micros) {
        for (int i = 0; i < poses.size(); i++) {
            if (poses.get(i).timestampMicros() >= micros) {
                return i;
            }
        }
        return poses.size() - 1;
    }
}
