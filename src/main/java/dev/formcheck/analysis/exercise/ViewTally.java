package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.CameraView;

import java.util.EnumMap;
import java.util.Map;

/** How many frames with a person showed each camera view. */
final class ViewTally {
    private final Map<CameraView, Integer> views = new EnumMap<>(CameraView.class);

    void count(CameraView view) {
        views.merge(view, 1, Integer::sum);
    }

    /** The known view seen most often; UNKNOWN when none was known. */
    CameraView mostSeen() {
        return views.entrySet().stream().filter(e -> e.getKey() != CameraView.UNKNOWN)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(CameraView.UNKNOWN);
    }
}
