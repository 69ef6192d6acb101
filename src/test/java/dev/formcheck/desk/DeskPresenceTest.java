package dev.formcheck.desk;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.CropRegion;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.StageTimings;
import dev.formcheck.pose.tracking.TrackedPose;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Presence at a desk is decided on evidence of absence, not on the tracker's whole-body score. */
class DeskPresenceTest {
    private static final Set<BodyPart> HEAD_AND_SHOULDERS = Set.of(BodyPart.NOSE, BodyPart.LEFT_EYE, BodyPart.RIGHT_EYE,
            BodyPart.LEFT_EAR, BodyPart.RIGHT_EAR, BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER);

    @Test
    void aFrontWebcamUserTheTrackerScoredAsNobodyIsStillMeasuredFromHeadAndShoulders() {
        // close to a front webcam: head and shoulders clear, the rest of the body out of the frame
        Pose raw = frontPose(0.6, 0.05);
        assertThat(raw.meanScore()).isLessThan(0.3); // the tracker's whole-body threshold

        DeskMeasurement m = new DeskMeasurer().measure(new TrackedPose.NoPerson(1000, raw, CropRegion.fullFrame(640, 480), StageTimings.NONE));

        assertThat(m.personFound()).isTrue();
        assertThat(m.view()).isEqualTo(DeskView.FRONT);
        assertThat(m.get(DeskMetric.SHOULDER_WIDTH)).hasValue(200.0);
    }

    @Test
    void anEmptyChairIsNobody() {
        Pose raw = frontPose(0.2, 0.05); // what a model guesses on an empty chair: nothing clear

        DeskMeasurement m = new DeskMeasurer().measure(new TrackedPose.NoPerson(1000, raw, CropRegion.fullFrame(640, 480), StageTimings.NONE));

        assertThat(m.personFound()).isFalse();
    }

    @Test
    void oneShoulderAloneIsNoEvidenceOfTheUser() {
        Pose raw = frontPose(0.6, 0.05);
        List<Keypoint> kps = raw.keypoints().stream()
                .map(k -> k.part() == BodyPart.RIGHT_SHOULDER ? new Keypoint(k.part(), k.x(), k.y(), 0.1) : k).toList();

        DeskMeasurement m = new DeskMeasurer().measure(new TrackedPose.NoPerson(1000, new Pose(1000, kps),
                CropRegion.fullFrame(640, 480), StageTimings.NONE));

        assertThat(m.personFound()).isFalse();
    }

    /** A head above two shoulders 200 px apart; head and shoulders at {@code upper}, everything else at {@code rest}. */
    private static Pose frontPose(double upper, double rest) {
        List<Keypoint> kps = java.util.Arrays.stream(BodyPart.values()).map(p -> {
            double x = switch (p) {
                case LEFT_SHOULDER -> 420;
                case RIGHT_SHOULDER -> 220;
                case LEFT_EYE -> 340;
                case RIGHT_EYE -> 300;
                case LEFT_EAR -> 370;
                case RIGHT_EAR -> 270;
                default -> 320;
            };
            double y = switch (p) {
                case LEFT_SHOULDER, RIGHT_SHOULDER -> 400;
                case LEFT_EYE, RIGHT_EYE -> 200;
                case LEFT_EAR, RIGHT_EAR, NOSE -> 220;
                default -> 470;
            };
            return new Keypoint(p, x, y, HEAD_AND_SHOULDERS.contains(p) ? upper : rest);
        }).toList();
        return new Pose(1000, kps);
    }
}
