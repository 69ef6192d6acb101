package dev.formcheck.pose.silhouette;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.Pose;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the back's outline from a frame and its pose: crop, segment, trace; the outline carries
 * the body line the segmentation model's landmarks show. The model runs only
 * when the back's side is known ({@link BackOutlineTracer#traceable}, by the {@link BackSideRules} given), so a stretch of video seen
 * from the front or the back costs nothing. Not thread-safe.
 */
public final class SilhouetteReader implements AutoCloseable {
    private final PersonSegmenter segmenter;
    private final BackOutlineTracer tracer;
    private PersonMask lastMask;

    /** With the shipped rules for the back's side ({@link BackSideRules#defaults()}): hand-built readers and tests. */
    public SilhouetteReader(PersonSegmenter segmenter) {
        this(segmenter, BackSideRules.defaults());
    }

    /** @param sides how an upright trunk's back side is told: the user's calibration ({@code StageRules.backSides}) */
    public SilhouetteReader(PersonSegmenter segmenter, BackSideRules sides) {
        if (segmenter == null) {
            throw new IllegalArgumentException("a silhouette reader needs a segmenter");
        }
        this.segmenter = segmenter;
        this.tracer = new BackOutlineTracer(sides);
    }

    public BackOutline read(RgbImage image, Pose pose) {
        lastMask = null; // whatever happens below, the previous frame's mask is not this one's
        Optional<BodyCrop> crop = BodyCrop.around(pose);
        if (crop.isEmpty()) {
            return new BackOutline.Untraced(pose.timestampMicros(), "I can't see your hips and shoulders");
        }
        if (!tracer.traceable(crop.get(), pose)) {
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
