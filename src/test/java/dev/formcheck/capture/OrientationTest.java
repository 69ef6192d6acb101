package dev.formcheck.capture;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OrientationTest {
    /**
     * FFmpeg reports a phone video's display matrix as a counter-clockwise angle; a portrait
     * recording held upright typically reads -90 and must be turned 90° clockwise (EXIF 6).
     */
    @ParameterizedTest(name = "display rotation {0}° -> EXIF orientation {1}")
    @CsvSource({"0, 1", "-90, 6", "270, 6", "90, 8", "-270, 8", "180, 3", "-180, 3", "45, 1", "360, 1"})
    void displayRotationMapsToTheTurnThatMakesThePictureUpright(double degrees, int orientation) {
        assertThat(Orientation.fromDisplayRotation(degrees)).isEqualTo(orientation);
    }
}
