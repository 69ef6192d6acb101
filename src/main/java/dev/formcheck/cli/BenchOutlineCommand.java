package dev.formcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formcheck.capture.ImageFiles;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.silhouette.BackOutlineTracer;
import dev.formcheck.pose.silhouette.BlazePoseSegmenter;
import dev.formcheck.pose.silhouette.BodyCrop;
import dev.formcheck.pose.silhouette.PersonMask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "outline", mixinStandardHelpOptions = true,
        description = {"Times one reading of the back's outline in a photo: the person mask (crop resampling and "
                + "BlazePose-lite) and the tracing, after the pose is found once.",
                "Runs warm-up first, then prints p50 and p95 in milliseconds."})
final class BenchOutlineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    TimedRuns runs = new TimedRuns(100, 20);

    @Parameters(paramLabel = "IMAGE", description = "A photo of a person (PNG, JPEG, BMP or GIF).")
    Path image;

    @Option(names = "--threads", defaultValue = "1",
            description = "ONNX Runtime intra-op threads for the mask (1-" + InferenceSettings.MAX_THREADS
                    + "). Default: ${DEFAULT-VALUE}, as analyze uses.")
    int threads;

    @Override
    public Integer call() throws Exception {
        runs.check(spec);
        int iterations = runs.iterations;
        int warmup = runs.warmup;
        ModelOptions.checkThreads(spec, threads);
        ImageFiles.checkReadable(image);
        RgbImage frame = ImageFiles.read(image);
        boolean verboseLogging = Main.verboseRequested(spec);
        Pose pose;
        try (MoveNetEstimator estimator = modelOptions.open(InferenceSettings.defaults().withVerboseLogging(verboseLogging))) {
            pose = estimator.estimate(frame);
        }
        Optional<BodyCrop> crop = BodyCrop.around(pose);
        if (crop.isEmpty()) {
            spec.commandLine().getErr().println("formcheck: " + image + ": no hips and shoulders found, so no outline to time");
            return Main.EXIT_FAILURE;
        }
        BackOutlineTracer tracer = new BackOutlineTracer();
        long[] mask = new long[iterations];
        long[] trace = new long[iterations];
        BackOutline outline = null;
        try (BlazePoseSegmenter segmenter = BlazePoseSegmenter.open(new InferenceSettings(threads, false, verboseLogging))) {
            for (int i = 0; i < warmup; i++) {
                tracer.trace(segmenter.segment(frame, crop.get()), pose);
            }
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                PersonMask m = segmenter.segment(frame, crop.get());
                long segmented = System.nanoTime();
                outline = tracer.trace(m, pose);
                trace[i] = System.nanoTime() - segmented;
                mask[i] = segmented - start;
            }
        }
        long[] total = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            total[i] = mask[i] + trace[i];
        }
        String traced = outline instanceof BackOutline.Traced t
                ? String.format(Locale.ROOT, "traced, lumbar angle %.1f deg", t.lumbarAngleDegrees())
                : "untraced: " + ((BackOutline.Untraced) outline).reason();
        Result r = new Result(threads, iterations, frame.width() + "x" + frame.height(), ms(total, 50), ms(total, 95),
                ms(mask, 50), ms(trace, 50), traced);
        PrintWriter out = spec.commandLine().getOut();
        if (runs.json) {
            out.println(new ObjectMapper().writeValueAsString(r));
        } else {
            out.printf(Locale.ROOT, "bench outline: %s, %s, %d thread%s, %d iterations after %d warm-up (%s)%n",
                    image.getFileName(), r.frame(), threads, threads == 1 ? "" : "s", iterations, warmup, traced);
            out.printf(Locale.ROOT, "  p50 %.2f ms   p95 %.2f ms%n", r.p50_ms(), r.p95_ms());
            out.printf(Locale.ROOT, "  median by stage: mask %.2f ms (crop resampling and model), trace %.3f ms%n",
                    r.mask_p50_ms(), r.trace_p50_ms());
        }
        out.flush();
        return 0;
    }

    /** The JSON line; names are the documented keys. */
    record Result(int threads, int iterations, String frame, double p50_ms, double p95_ms,
                  double mask_p50_ms, double trace_p50_ms, String outline) {
    }

    private static double ms(long[] nanos, int percentile) {
        return Percentiles.of(Percentiles.nanosToMillis(nanos), percentile);
    }
}
