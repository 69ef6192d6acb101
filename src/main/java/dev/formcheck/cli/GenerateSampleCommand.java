package dev.formcheck.cli;

import dev.formcheck.media.VideoSettings;
import dev.formcheck.synthetic.Anthropometry;
import dev.formcheck.synthetic.Camera;
import dev.formcheck.synthetic.Renderer;
import dev.formcheck.synthetic.SquatMotion;
import dev.formcheck.synthetic.SyntheticVideo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "generate-sample", mixinStandardHelpOptions = true,
        description = {"Renders the sample video of side-on bodyweight squats by our synthetic mannequin.",
                "H.264 MP4, 640x480, 30 fps. test-videos/squat-side-synthetic.mp4 is made with the",
                "defaults; the same command and seed give the same motion."})
final class GenerateSampleCommand implements Callable<Integer> {
    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    static final double FPS = 30;

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--seconds", defaultValue = "20", paramLabel = "S",
            description = "Length of the video in seconds, 1..600 (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Parameters(paramLabel = "OUT.mp4", description = "The video to write (replaced if it exists).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!(seconds >= 1 && seconds <= 600)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seconds must be 1..600, not " + seconds);
        }
        Anthropometry body = Anthropometry.adult();
        SquatMotion squats = SquatMotion.generate(body, SquatMotion.Settings.of(seconds));
        VideoSettings settings = VideoSettings.of(WIDTH, HEIGHT, FPS).withVerboseLogging(Main.verboseRequested(spec));
        SyntheticVideo.Written written = SyntheticVideo.write(squats, body, Camera.sideView(WIDTH, HEIGHT),
                Renderer.withDefaults(), settings, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "%s: %d frames, %dx%d at %.0f fps (%.1f s), %d squats, %.1f MB%n", out,
                written.frames(), WIDTH, HEIGHT, FPS, written.seconds(), squats.reps().size(),
                Files.size(out) / 1e6);
        stdout.flush();
        return 0;
    }
}
