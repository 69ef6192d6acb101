/**
 * The body's outline: a person-segmentation model (BlazePose's landmark model, lite, for its mask)
 * run on a crop aligned to the MoveNet keypoints, and the outline of the back traced from the mask.
 *
 * <p>Keypoints see no point between the shoulder and the hip; the outline does. This package
 * measures the outline in the image and stops there: {@link dev.formcheck.pose.silhouette.BackOutline}
 * is a geometric fact about pixels. Turning it into spine flexion from the user's neutral, and
 * deciding whether the view supports it, is the kinematics package's business.
 *
 * <p>Flow: {@link dev.formcheck.pose.silhouette.BodyCrop} (where to look) →
 * {@link dev.formcheck.pose.silhouette.PersonSegmenter} (mask) →
 * {@link dev.formcheck.pose.silhouette.BackOutlineTracer} (outline), composed by
 * {@link dev.formcheck.pose.silhouette.SilhouetteReader}. The same inference's landmarks
 * ({@link dev.formcheck.pose.silhouette.BodyLandmarks}) give the body line a second reading, which
 * rides on the outline.
 */
package dev.formcheck.pose.silhouette;
