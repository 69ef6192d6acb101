package dev.formcheck.desk;

import java.util.Locale;

/**
 * The raw quantities measured on one sample, in image pixels or degrees, before any comparison
 * with the baseline. A baseline is the mean of these over its frames; files name them by
 * {@link #id()}.
 */
public enum DeskMetric {
    /** Front: distance between the shoulders, px; the scale of everything else. */
    SHOULDER_WIDTH(DeskView.FRONT),
    /** Front: the shoulders' midpoint, px. */
    SHOULDER_X(DeskView.FRONT),
    SHOULDER_Y(DeskView.FRONT),
    /** Front: the eyes' midpoint, px: where the head is in the frame. */
    EYES_X(DeskView.FRONT),
    EYES_Y(DeskView.FRONT),
    /** Front: height of the eyes above the shoulder line over the shoulder width: drops as the neck flexes. */
    HEAD_HEIGHT(DeskView.FRONT),
    /** Front: height of the ears above the shoulder line over the shoulder width: drops as the shoulders rise. */
    NECK_LENGTH(DeskView.FRONT),
    /** Front: how much lower the left shoulder is than the right, deg. */
    SHOULDER_TILT(DeskView.FRONT),
    /** Front: how far the eyes sit towards the left shoulder from the shoulders' midpoint, over the shoulder width. */
    HEAD_OFFSET(DeskView.FRONT),
    /** Front: how much lower the left eye is than the right, deg. */
    EYE_TILT(DeskView.FRONT),
    /** Side: hip to shoulder from the vertical, + forward, deg (kinematics' trunk inclination). */
    TRUNK_INCLINATION(DeskView.SIDE),
    /** Side: shoulder to ear from the vertical, + forward, deg (90 minus the craniovertebral angle). */
    NECK_INCLINATION(DeskView.SIDE),
    /** Side: ear-shoulder-hip on the front of the body, deg (kinematics' head/neck angle). */
    HEAD_NECK(DeskView.SIDE),
    /** Side: shoulder to hip on the near side, px; the scale. */
    TRUNK_LENGTH(DeskView.SIDE);

    private final DeskView view;

    DeskMetric(DeskView view) {
        this.view = view;
    }

    public DeskView view() {
        return view;
    }

    /** The name in files: {@code shoulder_width}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
