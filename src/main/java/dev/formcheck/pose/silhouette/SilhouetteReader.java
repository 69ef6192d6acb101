package dev.formcheck.pose.silhouette;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.Pose;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the back's outline from a frame and its pose: crop, segment, trace; the outline carries
 * the body line the segmentation model's landmarks show. The model runs only
 * when the back's side is known ({@link BackOutlineTracer#traceable}), so a stretch of video seen
 * from the front or the back costs nothing. Not thread-safe.
 */
public final class SilhouetteReader implements AutoCloseable {
    private final PersonSegmenter segmenter;
    private final BackOutlineTracer tracer = new BackOutlineTracer();
    private PersonMask lastMask;

    public SilhouetteReader(PersonSegmenter segmenter) {
        if (segmenter == null) {
            throw new IllegalArgumentException("a silhouette reader needs a segmenter");
        }
        this.segmenter = segmenter;
    }

    public BackOutline read(RgbImage image, Pose pose) {
        lastMask = null; // whatever happens below, the previous frame's mask is not this one's
        Optional<BodyCrop> crop = BodyCrop.around(pose);
        if (crop.isEmpty()) {
            return new BackOutline.Untraced(pose.timestampMicros(), "I can't see your hips and shoulders");
        }
        if (!BackOutlineTracer.traceable(crop.get(), pose)) {
            return BackOutlineTracer.backSideUnknown(pose.timestampMicros());
        }
        lastMask = segmenter.segment(image, crop.get());
        return tracer.trace(lastMask, pose).withBodyLineSag(lastMask.landmarks()
                .map(BodyLandmarks::bodyLineSagDegrees).orElse(OptionalDouble.empty()));
    }

    /** The mask of the last {@link #read}, to inspect what the outline was traced in; empty if none was made. */
    public Optional<PersonMask> lastMask() {
        return Optional.ofNullable(lastMask);
    }

    @Override
    public void close() {
        segmenter.close();
    }
}
