package dev.formcheck.pose.silhouette;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A mask is shared by the tracer and the overlay, so nothing handed in or out can change it. */
class PersonMaskTest {
    private static final BodyCrop CROP = new BodyCrop(10, 10, 20, 0, 5);

    @Test
    void changingTheArrayReadFromAMaskDoesNotChangeTheMask() {
        PersonMask mask = new PersonMask(CROP, 2, new float[] {1, 1, 0, 0});

        mask.probabilities()[0] = 0;

        assertThat(mask.probability(0, 0)).isEqualTo(1);
        assertThat(mask.probabilities()).containsExactly(1, 1, 0, 0);
    }

    @Test
    void changingTheArrayAMaskWasMadeFromDoesNotChangeTheMask() {
        float[] probabilities = {1, 1, 0, 0};
        PersonMask mask = new PersonMask(CROP, 2, probabilities);

        probabilities[1] = 0;

        assertThat(mask.probability(1, 0)).isEqualTo(1);
    }
}
