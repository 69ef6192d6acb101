package dev.formcheck.ui.window;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.desk.SittingBody;
import dev.formcheck.media.VideoSettings;
import dev.formcheck.media.VideoWriter;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.Renderer;

import java.nio.file.Path;

/**
 * The desk tests' stand-in camera: our sitting body as a front webcam sees it, 16 s upright then 60 s
 * slouched, 2 fps; or upright only.
 */
final class DeskPanelGuiTestVideo {
    private DeskPanelGuiTestVideo() {
    }

    /** Our sitting body upright before a front webcam, 4 s at 2 fps: looped, it never slouches. */
    static Path upright(Path target) {
        return write(target, 8, 8);
    }

    static Path write(Path target) {
        return write(target, 152, 32);
    }

    /** {@code frames} frames at 2 fps, the first {@code uprightFrames} upright and the rest slouched. */
    private static Path write(Path target, int frames, int uprightFrames) {
        Renderer renderer = Renderer.withDefaults();
        // a still body: each shape is drawn once (a frame's place in the video is its index, not its image's timestamp)
        RgbImage upright = renderer.render(ForwardKinematics.solve(SittingBody.ADULT, SittingBody.pose(SittingBody.Shape.UPRIGHT)),
                SittingBody.FRONT, 0).image();
        RgbImage slouched = frames > uprightFrames ? renderer.render(ForwardKinematics.solve(SittingBody.ADULT,
                SittingBody.pose(SittingBody.Shape.SLOUCHED)), SittingBody.FRONT, 0).image() : upright;
        try (VideoWriter writer = VideoWriter.open(target, VideoSettings.of(640, 480, 2))) {
            for (int i = 0; i < frames; i++) {
                writer.write(i < uprightFrames ? upright : slouched);
            }
            writer.finish();
        }
        return target;
    }
}
