package dev.formcheck.session;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.capture.SourceInfo;
import dev.formcheck.common.FormCheckException;
import dev.formcheck.media.MediaException;
import dev.formcheck.media.OverlayCaption;
import dev.formcheck.media.SkeletonOverlay;
import dev.formcheck.media.VideoSettings;
import dev.formcheck.media.VideoWriter;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.tracking.TrackedPose;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The overlay video ({@code analyze --overlay}, the review's export): every analysed frame with the tracked
 * skeleton drawn on (the causally smoothed keypoints, as a live view would show them; nothing on
 * frames without a person). Without a target it does nothing, so the caller needs no branches.
 *
 * <p>H.264 wants even frame sizes: an odd last row or column is left out of the overlay. A video
 * that changes size mid-stream cannot be one overlay: the overlay is abandoned, with the reason
 * kept for the summary, and the analysis goes on.
 */
public final class OverlayWriter implements AutoCloseable {
    private final VideoWriter writer;
    private final int width;
    private final int height;
    private final byte[] canvas;
    private Optional<String> problem = Optional.empty();
    private final OverlayCaption caption = new OverlayCaption();

    private OverlayWriter(VideoWriter writer, int width, int height) {
        this.writer = writer;
        this.width = width;
        this.height = height;
        this.canvas = writer == null ? new byte[0] : new byte[width * height * 3];
    }

    public static OverlayWriter open(Optional<Path> target, SourceInfo source, int stride, boolean verbose) {
        if (target.isEmpty()) {
            return new OverlayWriter(null, 0, 0);
        }
        double fps = source.fps() > 0 ? source.fps() / stride : 30;
        if (fps > VideoSettings.MAX_FPS) {
            throw new MediaException(target.get() + ": the overlay would run at " + Math.round(fps)
                    + " fps, above the " + Math.round(VideoSettings.MAX_FPS) + " the encoder takes; add --stride "
                    + (int) Math.ceil(fps / VideoSettings.MAX_FPS));
        }
        int width = source.width() & ~1;
        int height = source.height() & ~1;
        if (width == 0 || height == 0) {
            throw new MediaException(target.get() + ": a " + source.width() + "x" + source.height()
                    + " video is too small for an overlay");
        }
        return new OverlayWriter(VideoWriter.open(target.get(),
                VideoSettings.of(width, height, fps).withVerboseLogging(verbose)), width, height);
    }

    public void write(RgbImage frame, TrackedPose pose) {
        write(frame, pose, null);
    }

    /** The frame with its skeleton and, when traced, the back's outline FormCheck judged. */
    public void write(RgbImage frame, TrackedPose pose, BackOutline outline) {
        write(frame, pose, outline, List.of());
    }

    /**
     * The frame with its skeleton, the outline FormCheck judged (magenta: judged, not "fine") and
     * {@code captionLines} at the top left ({@link OverlayCaptions}: reps, the fault that holds and its cue).
     */
    public void write(RgbImage frame, TrackedPose pose, BackOutline outline, List<String> captionLines) {
        if (writer == null || problem.isPresent()) {
            return;
        }
        if ((frame.width() & ~1) != width || (frame.height() & ~1) != height) {
            abandon(writer.target() + ": not written; the video changes size at frame " + writer.framesWritten()
                    + " (" + frame.width() + "x" + frame.height() + " after " + width + "x" + height + ")");
            return;
        }
        ByteBuffer pixels = frame.pixels();
        int rowBytes = width * 3;
        for (int y = 0; y < height; y++) {
            pixels.get(y * frame.width() * 3, canvas, y * rowBytes, rowBytes);
        }
        if (pose instanceof TrackedPose.PersonFound found) {
            SkeletonOverlay.drawInto(canvas, width, height, found.smoothed());
            if (outline != null) {
                SkeletonOverlay.drawOutline(canvas, width, height, outline);
            }
        }
        caption.drawInto(canvas, width, height, captionLines);
        writer.writePixels(ByteBuffer.wrap(canvas)); // the canvas is reused: nothing allocated per frame
    }

    /** Completes the file, unless nothing could be written; returns why the overlay is missing, if it is. */
    public Optional<String> finish() {
        if (writer == null || problem.isPresent()) {
            return problem;
        }
        if (writer.framesWritten() == 0) {
            abandon(writer.target() + ": not written; no frame was analysed");
            return problem;
        }
        try {
            writer.finish();
        } catch (FormCheckException e) {
            problem = Optional.of(e.getMessage());
        }
        return problem;
    }

    private void abandon(String why) {
        problem = Optional.of(why);
        writer.close();
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
    }
}
