package dev.formcheck.ui.window;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.desk.SittingBody;
import dev.formcheck.media.VideoSettings;
import dev.formcheck.media.VideoWriter;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.Renderer;

import java.nio.file.Path;

/** The desk tests' stand-in camera: our sitting body as a front webcam sees it, 16 s upright then 60 s slouched, 2 fps. */
final class DeskPanelGuiTestVideo {
    private DeskPanelGuiTestVideo() {
    }

    static Path write(Path target) {
        Renderer renderer = Renderer.withDefaults();
        try (VideoWriter writer = VideoWriter.open(target, VideoSettings.of(640, 480, 2))) {
            for (int i = 0; i < 152; i++) {
                SittingBody.Shape shape = i < 32 ? SittingBody.Shape.UPRIGHT : SittingBody.Shape.SLOUCHED;
                RgbImage image = renderer.render(ForwardKinematics.solve(SittingBody.ADULT, SittingBody.pose(shape)),
                        SittingBody.FRONT, i * 500_000L).image();
                writer.write(image);
            }
            writer.finish();
        }
        return target;
    }
}
