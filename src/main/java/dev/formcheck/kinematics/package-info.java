/**
 * Stage 3, kinematics: from one person's 17 keypoints per frame to the angles and estimates the
 * analysis judges, one immutable {@link dev.formcheck.kinematics.KinematicFrame} per frame, made by
 * one {@link dev.formcheck.kinematics.Kinematics} per stream.
 *
 * <ul>
 *   <li>Angle calculators ({@link dev.formcheck.kinematics.Angles}), in degrees, image y down, signed
 *       through which way the body faces ({@link dev.formcheck.kinematics.Facing}).</li>
 *   <li>Visibility: a keypoint below {@link dev.formcheck.kinematics.KeypointVisibility#MIN_SCORE}
 *       never yields a value; a {@link dev.formcheck.kinematics.Measurement} is a value or says
 *       why not ("I can't see your hips", "Turn side-on so I can see your back").</li>
 *   <li>Camera view ({@link dev.formcheck.kinematics.ViewDetector}, held steady per stream by
 *       {@link dev.formcheck.kinematics.ViewTracker}) and what a quantity needs of it
 *       ({@link dev.formcheck.kinematics.ViewRequirement}); the near side with hysteresis
 *       ({@link dev.formcheck.kinematics.SideSelector}); left/right swaps repaired
 *       ({@link dev.formcheck.kinematics.SwapRepair}).</li>
 *   <li>The back: {@link dev.formcheck.kinematics.SpineEstimate}, from keypoints by
 *       {@link dev.formcheck.kinematics.KeypointSpineEstimator}, against the user's
 *       {@link dev.formcheck.kinematics.NeutralPosture}, or from the back's outline
 *       ({@code pose.silhouette}) by {@link dev.formcheck.kinematics.SilhouetteSpineEstimator}
 *       when that is surer.</li>
 * </ul>
 *
 * <p>It may use {@code pose} (with {@code pose.tracking} and the outline records of
 * {@code pose.silhouette}) and {@code common} and nothing else of
 * ours: no frames from {@code capture}, no UI toolkit, no native library. Everything here runs on
 * plain records, so it is tested with synthetic keypoints and works the same live and on files.
 * Definitions, conventions and measured results: {@code docs/kinematics.md}.
 */
package dev.formcheck.kinematics;
