package dev.formcheck.cli;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.capture.SourceInfo;
import dev.formcheck.media.SkeletonOverlay;
import dev.formcheck.media.VideoSettings;
import dev.formcheck.media.VideoWriter;
import dev.formcheck.pose.tracking.TrackedPose;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The optional {@code --overlay} video of {@code analyze}: every analysed frame with the tracked
 * skeleton drawn on (the causally smoothed keypoints, as a live view would show them; nothing on
 * frames without a person). Without a target it does nothing, so the caller needs no branches.
 */
final class OverlayWriter implements AutoCloseable {
    private final VideoWriter writer;

    private OverlayWriter(VideoWriter writer) {
        this.writer = writer;
    }

    static OverlayWriter open(Optional<Path> target, SourceInfo source, int stride, boolean verbose) {
        if (target.isEmpty()) {
            return new OverlayWriter(null);
        }
        double fps = source.fps() > 0 ? source.fps() / stride : 30;
        return new OverlayWriter(VideoWriter.open(target.get(),
                VideoSettings.of(source.width(), source.height(), fps).withVerboseLogging(verbose)));
    }

    void write(RgbImage frame, TrackedPose pose) {
        if (writer == null) {
            return;
        }
        writer.write(pose instanceof TrackedPose.PersonFound found ? SkeletonOverlay.draw(frame, found.smoothed()) : frame);
    }

    /** Completes the file; without this, closing deletes the partial video. */
    void finish() {
        if (writer != null) {
            writer.finish();
        }
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
    }
}
