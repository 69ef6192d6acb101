package dev.formcheck.pose.tracking;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.CropRegion;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.PoseEstimator;
import dev.formcheck.pose.StageTimings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/** A stand-in for MoveNet: answers each frame with a scripted pose and records the crops it was asked to look at. */
final class ScriptedEstimator implements PoseEstimator {
    static final StageTimings TIMINGS = new StageTimings(1_000, 5_000_000, 2_000);

    private final LongFunction<Pose> script;
    final List<CropRegion> crops = new ArrayList<>();

    /** {@code script} gives the pose (frame pixels) for a frame's timestamp. */
    ScriptedEstimator(LongFunction<Pose> script) {
        this.script = script;
    }

    @Override
    public Pose estimate(RgbImage frame) {
        return estimate(frame, CropRegion.fullFrame(frame.width(), frame.height()));
    }

    @Override
    public Pose estimate(RgbImage frame, CropRegion crop) {
        crops.add(crop);
        return script.apply(frame.timestampMicros());
    }

    @Override
    public StageTimings lastTimings() {
        return TIMINGS;
    }

    @Override
    public void close() {
    }

    static RgbImage frame(int width, int height, long micros) {
        return RgbImage.copyOf(width, height, new byte[width * height * 3], micros);
    }
}
