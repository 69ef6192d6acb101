package dev.formcheck.synthetic;

import dev.formcheck.pose.BodyPart;

/**
 * Where a COCO keypoint of the synthetic body really is in its rendered frame.
 *
 * @param x pixels from the left edge (pixel centres at .5)
 * @param y pixels from the top edge
 * @param depth metres along the camera's optical axis
 */
public record TrueKeypoint(BodyPart part, double x, double y, double depth, Visibility visibility) {
    public boolean inFrame() {
        return visibility != Visibility.OUTSIDE_FRAME;
    }
}
