package dev.formcheck.synthetic;

import java.util.EnumMap;
import java.util.Map;

/**
 * From joint angles to 3D positions. The chain, from the root: pelvis (tilt) → lumbar → thoracic
 * → neck and head; pelvis → hip (flexion, then abduction in the flexed frame) → knee → ankle;
 * thorax → shoulder (flexion, then abduction) → elbow. Every joint is a rotation of its segment's
 * frame, and segment lengths come from {@link Anthropometry}, so lengths never change with pose.
 *
 * <p>Sign conventions (body frame x forward, y up, z right): trunk flexion turns "up" towards
 * "forward", a rotation of -angle about z; hip and shoulder flexion turn a hanging limb forwards,
 * +angle about z; knee flexion swings the shank back, -angle; ankle dorsiflexion lifts the toes,
 * +angle; abduction turns a limb away from the midline about the forward axis.
 */
public final class ForwardKinematics {
    private ForwardKinematics() {
    }

    public static Skeleton solve(Anthropometry body, BodyPose pose) {
        Map<Landmark, Vec3> p = new EnumMap<>(Landmark.class);
        Map<Segment, Rotation> f = new EnumMap<>(Segment.class);

        Vec3 pelvis = pose.root().position();
        Rotation pelvisFrame = pose.root().orientation().then(trunkFlexion(pose.angle(Joint.PELVIS_TILT)));
        p.put(Landmark.PELVIS, pelvis);
        f.put(Segment.PELVIS, pelvisFrame);

        Vec3 lumbosacral = pelvis.plus(pelvisFrame.apply(0, body.pelvisSegment(), 0));
        Rotation lumbarFrame = pelvisFrame.then(trunkFlexion(pose.angle(Joint.LUMBAR_FLEXION)));
        Vec3 thoracolumbar = lumbosacral.plus(lumbarFrame.apply(0, body.lumbarSegment(), 0));
        Rotation thoraxFrame = lumbarFrame.then(trunkFlexion(pose.angle(Joint.THORACIC_FLEXION)));
        Vec3 neckBase = thoracolumbar.plus(thoraxFrame.apply(0, body.thoracicSegment(), 0));
        Rotation headFrame = thoraxFrame.then(trunkFlexion(pose.angle(Joint.NECK_FLEXION)));
        Vec3 headPivot = neckBase.plus(headFrame.apply(0, body.neckSegment(), 0));
        Vec3 headCentre = headPivot.plus(headFrame.apply(body.headCentreFromPivot()));
        p.put(Landmark.LUMBOSACRAL, lumbosacral);
        p.put(Landmark.THORACOLUMBAR, thoracolumbar);
        p.put(Landmark.NECK_BASE, neckBase);
        p.put(Landmark.HEAD_PIVOT, headPivot);
        p.put(Landmark.HEAD_CENTRE, headCentre);
        p.put(Landmark.NOSE, headCentre.plus(headFrame.apply(body.noseFromHeadCentre())));
        f.put(Segment.LUMBAR, lumbarFrame);
        f.put(Segment.THORAX, thoraxFrame);
        f.put(Segment.HEAD, headFrame);

        for (Side side : Side.values()) {
            int s = side.lateralSign();
            Vec3 eye = body.rightEyeFromHeadCentre();
            Vec3 ear = body.rightEarFromHeadCentre();
            p.put(Landmark.RIGHT_EYE.on(side), headCentre.plus(headFrame.apply(eye.x(), eye.y(), s * eye.z())));
            p.put(Landmark.RIGHT_EAR.on(side), headCentre.plus(headFrame.apply(ear.x(), ear.y(), s * ear.z())));

            // Leg
            Vec3 hip = pelvis.plus(pelvisFrame.apply(0, 0, s * body.hipJointSpacing() / 2));
            Rotation thigh = pelvisFrame.then(Rotation.aboutZ(pose.angle(Joint.RIGHT_HIP_FLEXION.on(side))))
                    .then(abduction(pose.angle(Joint.RIGHT_HIP_ABDUCTION.on(side)), side));
            Vec3 knee = hip.plus(thigh.apply(0, -body.thigh(), 0));
            Rotation shank = thigh.then(Rotation.aboutZ(-pose.angle(Joint.RIGHT_KNEE_FLEXION.on(side))))
                    .then(abduction(pose.angle(Joint.RIGHT_KNEE_VALGUS.on(side)), side));
            Vec3 ankle = knee.plus(shank.apply(0, -body.shank(), 0));
            Rotation foot = shank.then(Rotation.aboutZ(pose.angle(Joint.RIGHT_ANKLE_DORSIFLEXION.on(side))));
            p.put(Landmark.RIGHT_HIP.on(side), hip);
            p.put(Landmark.RIGHT_KNEE.on(side), knee);
            p.put(Landmark.RIGHT_ANKLE.on(side), ankle);
            p.put(Landmark.RIGHT_HEEL.on(side), ankle.plus(foot.apply(-body.heelBehindAnkle(), -body.ankleHeight(), 0)));
            p.put(Landmark.RIGHT_TOE.on(side),
                    ankle.plus(foot.apply(body.footLength() - body.heelBehindAnkle(), -body.ankleHeight(), 0)));
            f.put(Segment.thigh(side), thigh);
            f.put(Segment.shank(side), shank);
            f.put(Segment.foot(side), foot);

            // Arm
            Vec3 shoulder = neckBase.plus(thoraxFrame.apply(0, -body.shoulderBelowNeckBase(),
                    s * body.shoulderJointSpacing() / 2));
            Rotation upperArm = thoraxFrame.then(Rotation.aboutZ(pose.angle(Joint.RIGHT_SHOULDER_FLEXION.on(side))))
                    .then(abduction(pose.angle(Joint.RIGHT_SHOULDER_ABDUCTION.on(side)), side));
            Vec3 elbow = shoulder.plus(upperArm.apply(0, -body.upperArm(), 0));
            Rotation forearm = upperArm.then(Rotation.aboutZ(pose.angle(Joint.RIGHT_ELBOW_FLEXION.on(side))));
            Vec3 wrist = elbow.plus(forearm.apply(0, -body.forearm(), 0));
            p.put(Landmark.RIGHT_SHOULDER.on(side), shoulder);
            p.put(Landmark.RIGHT_ELBOW.on(side), elbow);
            p.put(Landmark.RIGHT_WRIST.on(side), wrist);
            p.put(Landmark.RIGHT_FINGERTIPS.on(side), wrist.plus(forearm.apply(0, -body.hand(), 0)));
            f.put(Segment.upperArm(side), upperArm);
            f.put(Segment.forearm(side), forearm);
        }
        return new Skeleton(body, pose, p, f);
    }

    /**
     * The pose moved (root translated, nothing else changed) so that the midpoint of {@code a} and
     * {@code b} lands on {@code target}: plant both ankles, both hands, or one heel where they belong.
     */
    public static BodyPose placeMidpoint(Anthropometry body, BodyPose pose, Landmark a, Landmark b, Vec3 target) {
        Skeleton s = solve(body, pose);
        Vec3 mid = s.point(a).lerp(s.point(b), 0.5);
        return pose.withRoot(pose.root().translated(target.minus(mid)));
    }

    /** The pose moved straight up or down so its lowest landmark touches the floor (y = 0). */
    public static BodyPose onFloor(Anthropometry body, BodyPose pose) {
        double lowest = solve(body, pose).lowestY();
        return pose.withRoot(pose.root().translated(new Vec3(0, -lowest, 0)));
    }

    /** Standing straight, every joint at 0, feet flat on the floor, facing +x above the origin. */
    public static BodyPose standing(Anthropometry body) {
        return BodyPose.neutral(new Vec3(0, body.standingHipHeight(), 0));
    }

    private static Rotation trunkFlexion(double degrees) {
        return Rotation.aboutZ(-degrees);
    }

    /** Away from the midline: towards +z for the right side, -z for the left. */
    private static Rotation abduction(double degrees, Side side) {
        return Rotation.aboutX(-side.lateralSign() * degrees);
    }
}
