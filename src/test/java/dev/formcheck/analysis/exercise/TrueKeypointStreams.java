package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Kinematics;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.synthetic.Anthropometry;
import dev.formcheck.synthetic.Camera;
import dev.formcheck.synthetic.ExerciseMotion;
import dev.formcheck.synthetic.ExerciseScenario;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.ImagePoint;
import dev.formcheck.synthetic.Skeleton;

import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic scenario's true keypoints, projected (not rendered) and measured as one stream: what
 * is asserted is the engine's rule, not the pose model. Of a left-right pair the one farther from
 * the camera scores lower, as MoveNet's hidden keypoints do, so kinematics takes the near side.
 */
final class TrueKeypointStreams {
    static final Anthropometry BODY = Anthropometry.adult();
    private static final double SCORE = 0.8;
    private static final double HIDDEN_SCORE = 0.6;
    private static final double NEAR_FAR_METRES = 0.05;

    private TrueKeypointStreams() {
    }

    static List<KinematicFrame> frames(ExerciseScenario scenario) {
        ExerciseMotion motion = scenario.motion(BODY);
        return frames(scenario, scenario.camera(640, 480), 0, motion.durationSeconds());
    }

    static List<KinematicFrame> frames(ExerciseScenario scenario, Camera camera, double fromSeconds, double toSeconds) {
        ExerciseMotion motion = scenario.motion(BODY);
        Kinematics kinematics = Kinematics.withDefaults();
        List<KinematicFrame> out = new ArrayList<>();
        for (double t = fromSeconds; t <= Math.min(toSeconds, motion.durationSeconds()); t += 1 / scenario.fps()) {
            Skeleton skeleton = ForwardKinematics.solve(BODY, motion.poseAt(t));
            List<Keypoint> keypoints = new ArrayList<>();
            for (BodyPart part : BodyPart.values()) {
                ImagePoint p = camera.project(skeleton.point(part));
                BodyPart twin = twin(part);
                double twinDepth = twin == part ? p.depth() : camera.project(skeleton.point(twin)).depth();
                double score = !p.inFrontOfCamera() || !camera.inFrame(p) ? 0
                        : p.depth() > twinDepth + NEAR_FAR_METRES ? HIDDEN_SCORE : SCORE;
                keypoints.add(new Keypoint(part, score == 0 ? 0 : p.x(), score == 0 ? 0 : p.y(), score));
            }
            out.add(kinematics.measure(new Pose(Math.round(t * 1e6), keypoints)));
        }
        return out;
    }

    private static BodyPart twin(BodyPart part) {
        String name = part.name();
        if (name.startsWith("LEFT_")) {
            return BodyPart.valueOf("RIGHT_" + name.substring(5));
        }
        return name.startsWith("RIGHT_") ? BodyPart.valueOf("LEFT_" + name.substring(6)) : part;
    }
}
