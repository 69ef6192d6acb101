package dev.formcheck.pose.silhouette;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.PoseException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The reader crops, segments only when the trunk leans enough to be traced, and traces. */
class SilhouetteReaderTest {
    static final RgbImage FRAME = RgbImage.copyOf(4, 4, new byte[4 * 4 * 3], 0);

    /** A segmenter that answers with a drawn humped trunk and records what it was asked. */
    static final class DrawingSegmenter implements PersonSegmenter {
        final List<BodyCrop> crops = new ArrayList<>();
        final List<RgbImage> images = new ArrayList<>();
        final DrawnTrunk drawn;
        boolean closed;

        DrawingSegmenter(DrawnTrunk drawn) {
            this.drawn = drawn;
        }

        @Override
        public PersonMask segment(RgbImage image, BodyCrop crop) {
            images.add(image);
            crops.add(crop);
            return drawn.mask(crop, BlazePoseSegmenter.INPUT_SIZE);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aLeaningTrunkIsSegmentedInItsCropAndTraced() {
        TrunkPoses body = TrunkPoses.plankHeadLeft();
        DrawingSegmenter segmenter = new DrawingSegmenter(DrawnTrunk.humped(body, 0.08));
        Pose pose = body.build(42);
        try (SilhouetteReader reader = new SilhouetteReader(segmenter)) {
            BackOutline outline = reader.read(FRAME, pose);

            assertThat(segmenter.images).containsExactly(FRAME);
            assertThat(segmenter.crops).containsExactly(BodyCrop.around(pose).orElseThrow());
            PersonMask mask = reader.lastMask().orElseThrow();
            assertThat(outline).isEqualTo(new BackOutlineTracer().trace(mask, pose));
            assertThat(outline.timestampMicros()).isEqualTo(42);
            assertThat(((BackOutline.Traced) outline).lumbarAngleDegrees()).isGreaterThan(BackOutlineTracerTest.CLEAR_ANGLE);
        }
        assertThat(segmenter.closed).isTrue();
    }

    @Test
    void theOutlineCarriesTheBodyLineOfTheSegmentationModelsLandmarks() {
        TrunkPoses body = TrunkPoses.plankHeadLeft();
        DrawnTrunk drawn = DrawnTrunk.humped(body, 0.08);
        BodyLandmarks landmarks = new BodyLandmarks(BodyLandmarksTest.lying(100, 300, BodyLandmarksTest.dropFor(20)));
        PersonSegmenter withLandmarks = new PersonSegmenter() {
            @Override
            public PersonMask segment(RgbImage image, BodyCrop crop) {
                PersonMask mask = drawn.mask(crop, BlazePoseSegmenter.INPUT_SIZE);
                return new PersonMask(mask.crop(), mask.size(), mask.probabilities(), java.util.Optional.of(landmarks));
            }

            @Override
            public void close() {
            }
        };
        try (SilhouetteReader reader = new SilhouetteReader(withLandmarks)) {
            BackOutline outline = reader.read(FRAME, body.build(7));

            assertThat(outline).isInstanceOf(BackOutline.Traced.class);
            assertThat(outline.bodyLineSagDegrees().orElseThrow()).isCloseTo(20, within(1e-9));
        }
        try (SilhouetteReader reader = new SilhouetteReader(new DrawingSegmenter(drawn))) {
            assertThat(reader.read(FRAME, body.build(7)).bodyLineSagDegrees()).isEmpty();
        }
    }

    @Test
    void anUprightTrunkSeenFromTheFrontIsNotSegmentedAtAll() {
        TrunkPoses body = TrunkPoses.body(20).put(BodyPart.NOSE, 1.35, 0);
        DrawingSegmenter segmenter = new DrawingSegmenter(DrawnTrunk.straight(body));
        SilhouetteReader reader = new SilhouetteReader(segmenter);
        BackOutline outline = reader.read(FRAME, body.build(5));
        assertThat(outline).isEqualTo(BackOutlineTracer.backSideUnknown(5));
        assertThat(segmenter.crops).isEmpty();
        assertThat(reader.lastMask()).isEmpty();
    }

    @Test
    void anUprightTrunkSeenSideOnIsSegmentedAndTraced() {
        TrunkPoses body = TrunkPoses.body(20);
        DrawingSegmenter segmenter = new DrawingSegmenter(DrawnTrunk.straight(body));
        SilhouetteReader reader = new SilhouetteReader(segmenter);
        assertThat(reader.read(FRAME, body.build(5))).isInstanceOf(BackOutline.Traced.class);
        assertThat(segmenter.crops).hasSize(1);
    }

    @Test
    void withoutHipsOrShouldersThereIsNothingToCropAndTheUserIsTold() {
        TrunkPoses body = TrunkPoses.plankHeadRight();
        DrawingSegmenter segmenter = new DrawingSegmenter(DrawnTrunk.straight(body));
        SilhouetteReader reader = new SilhouetteReader(segmenter);
        BackOutline outline = reader.read(FRAME, body.hide(BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP).build(9));
        assertThat(outline).isEqualTo(new BackOutline.Untraced(9, "I can't see your hips and shoulders"));
        assertThat(segmenter.crops).isEmpty();
    }

    @Test
    void theLastMaskIsForgottenWhenTheNextFrameIsNotSegmented() {
        TrunkPoses plank = TrunkPoses.plankHeadRight();
        SilhouetteReader reader = new SilhouetteReader(new DrawingSegmenter(DrawnTrunk.straight(plank)));
        BackOutline first = reader.read(FRAME, plank.build(0));
        assertThat(((BackOutline.Traced) first).lumbarAngleDegrees()).isCloseTo(0, within(BackOutlineTracerTest.STRAIGHT_TOLERANCE));
        assertThat(reader.lastMask()).isPresent();
        reader.read(FRAME, TrunkPoses.body(0).put(BodyPart.NOSE, 1.35, 0).build(1)); // upright, seen from the front
        assertThat(reader.lastMask()).isEmpty();
    }

    @Test
    void aFailedSegmentationLeavesNoEarlierMaskToDraw() {
        TrunkPoses plank = TrunkPoses.plankHeadRight();
        DrawingSegmenter drawing = new DrawingSegmenter(DrawnTrunk.straight(plank));
        boolean[] fail = {false};
        PersonSegmenter failingLater = new PersonSegmenter() {
            @Override
            public PersonMask segment(RgbImage image, BodyCrop crop) {
                if (fail[0]) {
                    throw new PoseException("segmentation failed");
                }
                return drawing.segment(image, crop);
            }

            @Override
            public void close() {
            }
        };
        SilhouetteReader reader = new SilhouetteReader(failingLater);
        reader.read(FRAME, plank.build(0));
        assertThat(reader.lastMask()).isPresent();

        fail[0] = true;
        assertThatThrownBy(() -> reader.read(FRAME, plank.build(1))).isInstanceOf(PoseException.class);
        assertThat(reader.lastMask()).isEmpty();
    }

    @Test
    void aReaderNeedsASegmenter() {
        assertThatThrownBy(() -> new SilhouetteReader(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a silhouette reader needs a segmenter");
    }
}
