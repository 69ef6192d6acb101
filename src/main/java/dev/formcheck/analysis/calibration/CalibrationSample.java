package dev.formcheck.analysis.calibration;

import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.pose.Pose;

import java.util.Optional;

/**
 * One frame to calibrate from: what kinematics measured, and the keypoints it measured them on
 * (for segment lengths, which no angle carries); no keypoints when no person was found.
 */
public record CalibrationSample(KinematicFrame frame, Optional<Pose> pose) {
    public CalibrationSample {
        if (frame == null || pose == null) {
            throw new IllegalArgumentException("a calibration sample needs its frame and, if a person was found, its pose");
        }
        if (frame.personFound() != pose.isPresent()) {
            throw new IllegalArgumentException("a sample has keypoints exactly when its frame found a person");
        }
    }

    public static CalibrationSample of(KinematicFrame frame, Pose pose) {
        return new CalibrationSample(frame, frame.personFound() ? Optional.of(pose) : Optional.empty());
    }
}
