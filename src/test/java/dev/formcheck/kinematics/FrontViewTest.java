package dev.formcheck.kinematics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front view's references (decision 0079), on hand-built ratios at 30 frames a second: the
 * standing trunk is the longest held, not one frame's, and lying lasts from 75 degrees of lean
 * until the trunk is more upright than 45, as MoveNet's misplaced hidden hips need.
 */
class FrontViewTest {
    private static final long FRAME = 33_333;

    private static FrontalTrunk trunk(double length, double drop) {
        return new FrontalTrunk(Measurement.of(length), Measurement.of(drop));
    }

    private static double lean(FrontView v) {
        return v.trunkLean().valueIfPresent().orElseThrow();
    }

    @Test
    void oneLongFrameDoesNotSetTheStandingLength() {
        FrontView.References refs = new FrontView.References();
        long t = 0;
        for (int i = 0; i < 30; i++, t += FRAME) {
            refs.next(trunk(i == 20 ? 1.7 : 1.5, 1.6), t); // MoveNet: 1.5 standing, one frame of 1.7 as the body turns
        }
        FrontView still = refs.next(trunk(1.5, 1.6), t);

        assertThat(lean(still)).as("a still body reads upright").isLessThan(1);
    }

    @Test
    void aFirstHalfSecondHasNoStandingLengthYet() {
        FrontView.References refs = new FrontView.References();
        FrontView first = refs.next(trunk(1.5, 1.6), 0);
        FrontView last = first;
        for (long t = FRAME; t <= 400_000; t += FRAME) {
            last = refs.next(trunk(1.5, 1.6), t); // 0.4 s at 30 fps
        }

        assertThat(first.trunkLean().isPresent()).as("a photo, or a stream's first frame").isFalse();
        assertThat(last.trunkLean().isPresent()).as("0.4 s of frames hold no standing length yet").isFalse();
    }

    @Test
    void readingsMoreThanAWindowApartStillGetAStandingLength() {
        FrontView.References refs = new FrontView.References();
        FrontView first = refs.next(trunk(1.5, 1.6), 0);
        refs.next(trunk(1.5, 1.6), 600_000); // one reading per 0.6 s: no window ever fills
        FrontView third = refs.next(trunk(1.5, 1.6), 1_200_000);

        assertThat(first.trunkLean().isPresent()).as("a first reading alone has no reference").isFalse();
        assertThat(lean(third)).as("upright against the standing length").isCloseTo(0, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void lyingLastsThroughABottomThatReadsLessLeanedUntilTheTrunkRisesPast45() {
        FrontView.References refs = new FrontView.References();
        long t = 0;
        for (int i = 0; i < 30; i++, t += FRAME) {
            refs.next(trunk(1.5, 1.6), t); // standing
        }
        for (int i = 0; i < 30; i++, t += FRAME) {
            refs.next(trunk(0.2, 1.8), t); // the plank at the top: 82 deg of lean, the drop held
        }
        FrontView bottom = refs.next(trunk(0.6, 1.35), t += FRAME); // MoveNet's bottom: 66 deg of lean
        FrontView risen = refs.next(trunk(1.2, 1.6), t + FRAME); // 37 deg: getting up

        assertThat(lean(bottom)).isLessThan(75);
        assertThat(bottom.elbowFromDrop().valueIfPresent().orElseThrow()).as("2 asin(1.35 / 1.8)").isCloseTo(97.2, org.assertj.core.data.Offset.offset(0.5));
        assertThat(risen.elbowFromDrop().isPresent()).as("up again: no push-up elbow").isFalse();
    }
}
