/**
 * A synthetic person of our own, for tests and sample media: an articulated 3D body whose
 * proportions come from anthropometric tables ({@link dev.formcheck.synthetic.Anthropometry}),
 * posed by named joint angles with the spine as joints of its own
 * ({@link dev.formcheck.synthetic.BodyPose}), placed in 3D by
 * {@link dev.formcheck.synthetic.ForwardKinematics}, filmed by a
 * {@link dev.formcheck.synthetic.Camera} and drawn as a shaded, dressed mannequin in a room by
 * {@link dev.formcheck.synthetic.Renderer}, which also returns the true 2D COCO keypoints of every
 * frame. Motions such as {@link dev.formcheck.synthetic.SquatMotion} are poses over time; an
 * {@link dev.formcheck.synthetic.ExerciseScenario} makes any of seven exercises with form faults
 * injected on chosen reps, and its {@link dev.formcheck.synthetic.ScenarioTruth}.
 *
 * <p>It may use {@code capture} (frames are {@code RgbImage}s), {@code pose} (COCO body parts),
 * {@code media} and {@code common}; only {@code cli} may use it, and no product stage relies on
 * it. It is the one package besides {@code ui} that may use AWT, and only to draw offscreen with
 * Java2D (rule {@code syntheticOnlyDrawsOffscreen}).
 */
package dev.formcheck.synthetic;
