package dev.formcheck.synthetic;

import dev.formcheck.media.VideoSettings;
import dev.formcheck.media.VideoWriter;

import java.nio.file.Path;

/** Renders a motion frame by frame and writes it as an H.264 video. */
public final class SyntheticVideo {
    /** What was written. */
    public record Written(Path file, long frames, double seconds) {
    }

    private SyntheticVideo() {
    }

    /**
     * Frame {@code i} shows the motion at {@code i / fps} seconds, for as many frames as fit in
     * the motion's duration (rounded to the nearest frame). Written atomically: on failure
     * nothing appears at {@code out}.
     */
    public static Written write(Motion motion, Anthropometry body, Camera camera, Renderer renderer,
                                VideoSettings settings, Path out) {
        if (camera.width() != settings.width() || camera.height() != settings.height()) {
            throw new IllegalArgumentException("the camera's " + camera.width() + "x" + camera.height()
                    + " image does not match the video's " + settings.width() + "x" + settings.height());
        }
        long frames = Math.max(1, Math.round(motion.durationSeconds() * settings.fps()));
        try (VideoWriter video = VideoWriter.open(out, settings)) {
            for (long i = 0; i < frames; i++) {
                double seconds = i / settings.fps();
                Skeleton skeleton = ForwardKinematics.solve(body, motion.poseAt(seconds));
                video.write(renderer.render(skeleton, camera, Math.round(seconds * 1e6)).image());
            }
            video.finish();
        }
        return new Written(out, frames, frames / settings.fps());
    }
}
