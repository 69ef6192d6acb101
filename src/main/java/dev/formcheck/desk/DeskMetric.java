package dev.formcheck.desk;

import java.util.Locale;

/**
 * The raw quantities measured on one sample, in image pixels or degrees, before any comparison
 * with the baseline. A baseline is the mean of these over its frames; files name them by
 * {@link #id()}.
 */
public enum DeskMetric {
    /** Front: distance between the shoulders, px; the scale of everything else. */
    SHOULDER_WIDTH(DeskView.FRONT, "px"),
    /** Front: the shoulders' midpoint, px. */
    SHOULDER_X(DeskView.FRONT, "px"),
    SHOULDER_Y(DeskView.FRONT, "px"),
    /** Front: the eyes' midpoint, px: where the head is in the frame. */
    EYES_X(DeskView.FRONT, "px"),
    EYES_Y(DeskView.FRONT, "px"),
    /** Front: height of the eyes above the shoulder line over the shoulder width: drops as the neck flexes. */
    HEAD_HEIGHT(DeskView.FRONT, "ratio"),
    /** Front: height of the ears above the shoulder line over the shoulder width: drops as the shoulders rise. */
    NECK_LENGTH(DeskView.FRONT, "ratio"),
    /** Front: how much lower the left shoulder is than the right, deg. */
    SHOULDER_TILT(DeskView.FRONT, "deg"),
    /** Front: how far the eyes sit towards the left shoulder from the shoulders' midpoint, over the shoulder width. */
    HEAD_OFFSET(DeskView.FRONT, "ratio"),
    /** Front: how much lower the left eye is than the right, deg. */
    EYE_TILT(DeskView.FRONT, "deg"),
    /** Side: hip to shoulder from the vertical, + forward, deg (kinematics' trunk inclination). */
    TRUNK_INCLINATION(DeskView.SIDE, "deg"),
    /** Side: shoulder to ear from the vertical, + forward, deg (90 minus the craniovertebral angle). */
    NECK_INCLINATION(DeskView.SIDE, "deg"),
    /** Side: ear-shoulder-hip on the front of the body, deg (kinematics' head/neck angle). */
    HEAD_NECK(DeskView.SIDE, "deg"),
    /** Side: shoulder to hip on the near side, px; the scale. */
    TRUNK_LENGTH(DeskView.SIDE, "px"),
    /** Side: the near shoulder's height in the frame, px: where the body is, which tells standing from sitting. */
    NEAR_SHOULDER_Y(DeskView.SIDE, "px"),
    /** Side: the near hip's height in the frame, px. */
    NEAR_HIP_Y(DeskView.SIDE, "px");

    /** Prefix of the desk monitor's names in a calibration file's sitting block, beside the calibration's own. */
    public static final String FILE_PREFIX = "desk_";

    private final DeskView view;
    private final String unit;

    DeskMetric(DeskView view, String unit) {
        this.view = view;
        this.unit = unit;
    }

    public DeskView view() {
        return view;
    }

    /** The short name: {@code shoulder_width}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name in a calibration file, prefixed and ending in its unit: {@code desk_shoulder_width_px}. */
    public String fileName() {
        return FILE_PREFIX + id() + "_" + unit;
    }

    /** The metric a calibration file's name stands for, if it is one of ours. */
    public static java.util.Optional<DeskMetric> ofFileName(String name) {
        return java.util.Arrays.stream(values()).filter(m -> m.fileName().equals(name)).findFirst();
    }
}
