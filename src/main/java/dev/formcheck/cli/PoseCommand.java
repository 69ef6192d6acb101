package dev.formcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.formcheck.capture.ImageFiles;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.Pose;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "pose", mixinStandardHelpOptions = true,
        description = {"Prints the 17 MoveNet keypoints (x, y in image pixels, score) of each image.",
                "One full-frame letterboxed pass per image, no crop refinement. Keypoints the model",
                "places in the letterbox bars lie outside the image, with low scores."})
final class PoseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "PNG, JPEG, BMP or GIF files.")
    List<Path> images;

    @Override
    public Integer call() throws Exception {
        images.forEach(ImageFiles::checkReadable); // a typo fails before the model loads
        InferenceSettings settings = InferenceSettings.defaults().withVerboseLogging(Main.verboseRequested(spec));
        List<ImageResult> results = new ArrayList<>();
        try (MoveNetEstimator estimator = modelOptions.open(settings)) {
            for (Path file : images) {
                RgbImage image = ImageFiles.read(file); // one image in memory at a time
                results.add(ImageResult.of(file, image, estimator.estimate(image)));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(Map.of("images", results)));
        } else {
            results.forEach(r -> printText(out, r));
        }
        out.flush();
        return 0;
    }

    /** One image's entry in the JSON document; field order is the documented order. */
    record ImageResult(String file, int width, int height, List<KeypointResult> keypoints) {
        static ImageResult of(Path file, RgbImage image, Pose pose) {
            return new ImageResult(file.toString(), image.width(), image.height(),
                    pose.keypoints().stream().map(KeypointResult::of).toList());
        }
    }

    record KeypointResult(String name, double x, double y, double score) {
        static KeypointResult of(Keypoint k) {
            return new KeypointResult(k.part().id(), k.x(), k.y(), k.score());
        }
    }

    private static void printText(PrintWriter out, ImageResult r) {
        out.printf(Locale.ROOT, "%s (%dx%d)%n", r.file(), r.width(), r.height());
        for (KeypointResult k : r.keypoints()) {
            out.printf(Locale.ROOT, "  %-15s x=%8.1f  y=%8.1f  score=%.3f%n", k.name(), k.x(), k.y(), k.score());
        }
    }
}
