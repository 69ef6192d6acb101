package dev.formcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.capture.SourceInfo;
import dev.formcheck.desk.DeskBaseline;
import dev.formcheck.desk.DeskMeasurer;
import dev.formcheck.platform.OsSignals;
import dev.formcheck.platform.OsWatchers;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.synthetic.Anthropometry;
import dev.formcheck.synthetic.BodyPose;
import dev.formcheck.synthetic.Camera;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.Joint;
import dev.formcheck.synthetic.Renderer;
import dev.formcheck.synthetic.Vec3;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "posture", mixinStandardHelpOptions = true,
        description = "Times the desk monitor's CPU use: a 640x480 30 fps source paced at real time,"
                + " the monitor sampling at its default rate. Prints process CPU time over wall time as a"
                + " share of one core, per round and the median.")
final class BenchPostureCommand implements Callable<Integer> {
    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    static final double SOURCE_FPS = 30;

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--seconds", defaultValue = "30", description = "Length of each round. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds, after one untimed warm-up round. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--json", description = "Print one JSON line.")
    boolean json;

    @Option(names = "--os", description = "Also ask the OS what desk mode asks it (screen lock, sleep, a full-screen program;"
            + " decision 0085) while measuring, as desk mode does with a camera.")
    boolean os;

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0) || rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seconds must be positive and --rounds at least 1");
        }
        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        RgbImage frame = sittingPerson();
        Thresholds thresholds = CalibrationFiles.defaults();
        List<Double> percents = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        // the monitor's own settings: one ONNX Runtime thread, no spinning (InferenceSettings.defaults)
        InferenceSettings settings = InferenceSettings.defaults().withVerboseLogging(Main.verboseRequested(spec));
        try (MoveNetEstimator estimator = modelOptions.open(settings)) {
            DeskBaseline baseline = DeskBaseline.of(List.of(DeskMeasurer.ofStill(estimator.estimate(frame))),
                    Optional.empty(), "the benchmark frame");
            PrintWriter silent = new PrintWriter(OutputStream.nullOutputStream());
            // started once, as the window starts them once for every run; the warm-up round takes their start
            Optional<OsSignals> signals = this.os
                    ? Optional.of(OsWatchers.forThisSystem(PostureRunner.osPoll(thresholds)).start()) : Optional.empty();
            for (int round = 0; round <= rounds; round++) {
                PostureRunner runner = new PostureRunner(silent, estimator, thresholds, Optional.of(baseline), Optional.empty(),
                        Optional.of(Duration.ofMillis(Math.round(seconds * 1000))));
                signals.ifPresent(runner::hearing);
                long cpu0 = system.getProcessCpuTime() + ChildProcessCpu.nanos();
                long wall0 = System.nanoTime();
                runner.runFrames(new RepeatedFrame(frame), false);
                double percent = 100.0 * (system.getProcessCpuTime() + ChildProcessCpu.nanos() - cpu0) / (System.nanoTime() - wall0);

                double wallSeconds = (System.nanoTime() - wall0) / 1e9;
                if (round > 0) { // round 0 warms up the JIT and ONNX Runtime
                    percents.add(percent);
                    rates.add(runner.samplesJudged() / wallSeconds);
                }
            }
            signals.ifPresent(OsSignals::close);
        }
        Result r = new Result(modelOptions.model.id(), WIDTH + "x" + HEIGHT, SOURCE_FPS, seconds, rounds, os,
                Percentiles.of(percents, 50), percents, Percentiles.of(rates, 50));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(r));
        } else {
            out.printf(Locale.ROOT, "bench posture (%s): %s source at %.0f fps, %d rounds of %.0f s after a warm-up round%s%n",
                    r.model(), r.source(), r.source_fps(), r.rounds(), r.round_s(), os ? ", asking the OS as desk mode does" : "");
            out.printf(Locale.ROOT, "  CPU: median %.1f%% of one core (rounds: %s); %.1f samples judged per second%n",
                    r.cpu_percent_of_core_median(),
                    String.join(", ", percents.stream().map(p -> String.format(Locale.ROOT, "%.1f%%", p)).toList()), r.samples_per_s());
        }
        out.flush();
        return 0;
    }

    record Result(String model, String source, double source_fps, double round_s, int rounds, boolean asking_the_os,
                  double cpu_percent_of_core_median, List<Double> cpu_percent_of_core_rounds, double samples_per_s) {
    }

    /** Our synthetic body sitting at a desk, seen by a webcam on the monitor 0.7 m away. */
    static RgbImage sittingPerson() {
        Anthropometry body = Anthropometry.adult();
        BodyPose sitting = BodyPose.neutral(new Vec3(0, 0.5, 0))
                .withBothSides(Joint.LEFT_HIP_FLEXION, 90).withBothSides(Joint.LEFT_KNEE_FLEXION, 90)
                .withBothSides(Joint.LEFT_SHOULDER_FLEXION, 30).withBothSides(Joint.LEFT_ELBOW_FLEXION, 70);
        Camera webcam = new Camera(0, 0, 0.7, new Vec3(0, 1.05, 0), 55, WIDTH, HEIGHT);
        return Renderer.withDefaults().render(ForwardKinematics.solve(body, sitting), webcam, 0).image();
    }

    /**
     * One frame delivered at 30 fps for ever, each a fresh copy of the pixels as a camera's frame
     * copier makes one, so the copy is in the measurement (the camera's own decoding is not).
     */
    private static final class RepeatedFrame implements FrameSource {
        private final int width;
        private final int height;
        private final byte[] pixels;
        private long index;

        RepeatedFrame(RgbImage frame) {
            this.width = frame.width();
            this.height = frame.height();
            ByteBuffer b = frame.pixels();
            this.pixels = new byte[b.remaining()];
            b.get(pixels);
        }

        @Override
        public SourceInfo info() {
            return new SourceInfo("sitting person, rendered", width, height, SOURCE_FPS, -1, -1, true);
        }

        @Override
        public Optional<RgbImage> next() {
            long t = Math.round(index++ * 1e6 / SOURCE_FPS);
            return Optional.of(RgbImage.copyOf(width, height, pixels, t));
        }

        @Override
        public void close() {
        }
    }
}
