package dev.formcheck.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CameraAvailabilityTest {
    @Test
    void saysNothingWhenThePickerHasACamera() {
        assertThat(CameraAvailability.problem(List.of("Integrated Camera (video0)"))).isEmpty();
    }

    @Test
    void offersTheStandInWhenThePickerIsEmpty() {
        assertThat(CameraAvailability.problem(List.of())).get().asString()
                .startsWith("No camera found.").contains("stand-in camera");
    }
}
