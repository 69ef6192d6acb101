package dev.formcheck.desk;

import java.util.Locale;
import java.util.Optional;

/**
 * The size of the frames a camera gives, in pixels. A stored baseline remembers the one it was
 * taken in: its metrics are pixels of that frame (eye height, shoulder width, trunk length), so
 * they mean something else in a frame of another size.
 */
public record CameraFrame(int width, int height) {
    /** Names under which a sitting block of the calibration file keeps it. */
    public static final String WIDTH_NAME = "desk_frame_width_px";
    public static final String HEIGHT_NAME = "desk_frame_height_px";

    public CameraFrame {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a camera frame needs a positive width and height, not " + width + "x" + height);
        }
    }

    /** "640 x 480 pixels". */
    public String words() {
        return String.format(Locale.ROOT, "%d x %d pixels", width, height);
    }

    /**
     * A stored baseline's camera frame that differs from the one a session's camera gives: the
     * reason a session does not judge against it. Each front end says it its own way (the window
     * offers its wizard, the command line gives the {@code calibrate} command); {@link #words()}
     * is the part they share.
     */
    public record Mismatch(CameraFrame takenIn, CameraFrame now) {
        public Mismatch {
            java.util.Objects.requireNonNull(takenIn, "takenIn");
            java.util.Objects.requireNonNull(now, "now");
        }

        /** "your stored baseline was taken with the camera giving 1280 x 720 pixels, and this camera gives …". */
        public String words() {
            return "your stored baseline was taken with the camera giving " + takenIn.words()
                    + ", and this camera gives " + now.words() + ": every posture would read wrong against it";
        }
    }

    /**
     * Why a session whose camera gives {@code now} must not judge against a baseline taken in
     * {@code takenIn}: empty when they match, or when the baseline does not know its frame (taken
     * before frames were recorded, or from photos of several sizes).
     */
    public static Optional<Mismatch> mismatch(Optional<CameraFrame> takenIn, CameraFrame now) {
        if (takenIn.isEmpty() || takenIn.get().equals(now)) {
            return Optional.empty();
        }
        return Optional.of(new Mismatch(takenIn.get(), now));
    }
}
