package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.Measurement;

/** Helpers for {@link FrameQuantity} that its constants use (an interface's constants cannot call its own static methods before they are set). */
final class FrameQuantities {
    private FrameQuantities() {
    }

    /** See {@link FrameQuantity#byView}. */
    static FrameQuantity byView(FrameQuantity sideOn, FrameQuantity front) {
        return f -> {
            if (f.view().view() == CameraView.FRONT) {
                Measurement m = front.of(f);
                if (m.isPresent()) {
                    return m;
                }
            }
            return sideOn.of(f);
        };
    }
}
