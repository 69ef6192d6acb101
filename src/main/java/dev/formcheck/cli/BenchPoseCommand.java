package dev.formcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formcheck.capture.ImageFiles;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.StageTimings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "pose", mixinStandardHelpOptions = true,
        description = {"Times one full pose estimate (decoded frame in memory to keypoints in pixels).",
                "Runs warm-up first, then prints p50, p95 and mean in milliseconds."})
final class BenchPoseCommand implements Callable<Integer> {
    static final int FRAME_WIDTH = 640;
    static final int FRAME_HEIGHT = 480;

    /** On or off, for --spin. */
    enum Toggle { ON, OFF }

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    TimedRuns runs = new TimedRuns(200, 30);

    @Option(names = "--threads", defaultValue = "1",
            description = "ONNX Runtime intra-op threads (1-" + InferenceSettings.MAX_THREADS + "). Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--spin", defaultValue = "on", paramLabel = "on|off",
            description = "Let idle ONNX Runtime threads spin. Default: ${DEFAULT-VALUE}.")
    Toggle spin;

    @Option(names = "--image", paramLabel = "FILE",
            description = "Time this image instead of the built-in 640x480 test frame.")
    Path image;

    @Override
    public Integer call() throws Exception {
        runs.check(spec);
        int iterations = runs.iterations;
        int warmup = runs.warmup;
        ModelOptions.checkThreads(spec, threads);
        RgbImage frame = image != null ? ImageFiles.read(image) : TestFrame.create(FRAME_WIDTH, FRAME_HEIGHT);
        InferenceSettings settings = new InferenceSettings(threads, spin == Toggle.ON, Main.verboseRequested(spec));
        long[] total = new long[iterations];
        long[] preprocess = new long[iterations];
        long[] inference = new long[iterations];
        long[] decode = new long[iterations];
        try (MoveNetEstimator estimator = modelOptions.open(settings)) {
            for (int i = 0; i < warmup; i++) {
                estimator.estimate(frame);
            }
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                estimator.estimate(frame);
                total[i] = System.nanoTime() - start;
                StageTimings t = estimator.lastTimings();
                preprocess[i] = t.preprocessNanos();
                inference[i] = t.inferenceNanos();
                decode[i] = t.decodeNanos();
            }
        }
        Result r = new Result(modelOptions.model.id(), threads, spin == Toggle.ON, iterations,
                frame.width() + "x" + frame.height(), p50(total), Percentiles.of(Percentiles.nanosToMillis(total), 95),
                Arrays.stream(total).average().orElse(0) / 1e6, p50(preprocess), p50(inference), p50(decode));
        PrintWriter out = spec.commandLine().getOut();
        if (runs.json) {
            out.println(new ObjectMapper().writeValueAsString(r));
        } else {
            out.printf(Locale.ROOT, "bench pose: %s, %d thread%s, spin %s, %s frame, %d iterations after %d warm-up%n",
                    r.model(), threads, threads == 1 ? "" : "s", spin.name().toLowerCase(Locale.ROOT), r.frame(),
                    iterations, warmup);
            out.printf(Locale.ROOT, "  p50 %.2f ms   p95 %.2f ms   mean %.2f ms%n", r.p50_ms(), r.p95_ms(), r.mean_ms());
            out.printf(Locale.ROOT, "  median by stage: preprocess %.2f ms, inference %.2f ms, decode %.3f ms%n",
                    r.preprocess_p50_ms(), r.inference_p50_ms(), r.decode_p50_ms());
        }
        out.flush();
        return 0;
    }

    /** The JSON line; names are the documented keys. */
    record Result(String model, int threads, boolean spin, int iterations, String frame,
                  double p50_ms, double p95_ms, double mean_ms,
                  double preprocess_p50_ms, double inference_p50_ms, double decode_p50_ms) {
    }

    private static double p50(long[] nanos) {
        return Percentiles.of(Percentiles.nanosToMillis(nanos), 50);
    }
}
