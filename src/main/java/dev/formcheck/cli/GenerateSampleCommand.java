package dev.formcheck.cli;

import dev.formcheck.common.AtomicFiles;
import dev.formcheck.media.VideoSettings;
import dev.formcheck.synthetic.Anthropometry;
import dev.formcheck.synthetic.Camera;
import dev.formcheck.synthetic.Exercise;
import dev.formcheck.synthetic.ExerciseMotion;
import dev.formcheck.synthetic.ExerciseScenario;
import dev.formcheck.synthetic.Fault;
import dev.formcheck.synthetic.FaultKind;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "generate-sample", mixinStandardHelpOptions = true,
        description = {"Renders a video of our synthetic mannequin: the squat sample, or an exercise.",
                "H.264 MP4, 640x480, 30 fps. With no --exercise: side-on bodyweight squats,",
                "as in test-videos/squat-side-synthetic.mp4, which is made with the defaults.",
                "With --exercise: a test scenario. The mannequin walks in, stands, gets into",
                "position, does the set with the faults --fault asks for, gets up and walks",
                "out; --truth writes when each rep, hold and fault happens",
                "(docs/synthetic-scenarios.md). The same command and seed give the same motion."})
final class GenerateSampleCommand implements Callable<Integer> {
    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    static final double FPS = 30;

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--seconds", defaultValue = "20", paramLabel = "S",
            description = "Length of the default squat sample in seconds, 1..600 (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--exercise", paramLabel = "NAME",
            description = "squat, hip-hinge, deadlift, romanian-deadlift, push-up, plank or high-plank.")
    String exercise;

    @Option(names = "--reps", paramLabel = "N", description = "Reps in the set, 1..50 (default: 5; not for planks).")
    Integer reps;

    @Option(names = "--hold", paramLabel = "S", description = "Length of a plank's hold in seconds, 2..300 (default: 20).")
    Double hold;

    @Option(names = "--fault", paramLabel = "KIND:REP:DEGREES",
            description = {"A fault to inject, repeatable: spine-flexion,",
                    "spine-extension, hip-sag, hip-pike, shallow-depth or",
                    "head-drop, on rep REP (from 1), DEGREES in size:",
                    "spine-flexion:2:40. In a plank, REP is a span of",
                    "seconds into the hold: hip-sag:5-9:20."})
    List<String> faults = new ArrayList<>();

    @Option(names = "--azimuth", paramLabel = "DEG", defaultValue = "90",
            description = "Where the camera stands: 90 side-on (default), 0 in front, 45 oblique.")
    double azimuth;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the per-rep variation (default: 2026).")
    Long seed;

    @Option(names = "--truth", paramLabel = "FILE", description = "Writes the scenario's truth as JSON (with --exercise).")
    Path truth;

    @Parameters(paramLabel = "OUT.mp4", description = "The video to write (replaced if it exists).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (exercise == null) {
            refuseScenarioOptions();
            return writeSquatSample();
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--seconds")) {
            throw usage("--seconds is for the default squat sample; with --exercise, use --reps or --hold");
        }
        ExerciseScenario scenario = scenario();
        if (truth != null) {
            AtomicFiles.checkWritable(truth);
        }
        Anthropometry body = Anthropometry.adult();
        ExerciseMotion motion;
        try {
            motion = scenario.motion(body);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        VideoSettings settings = VideoSettings.of(WIDTH, HEIGHT, FPS).withVerboseLogging(Main.verboseRequested(spec));
        SyntheticVideo.Written written = SyntheticVideo.write(motion, body, scenario.camera(WIDTH, HEIGHT),
                Renderer.withDefaults(), settings, out);
        if (truth != null) {
            ScenarioTruthJson.write(truth, out, written.frames(), scenario, motion.truth());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        String set = scenario.exercise().isHold()
                ? String.format(Locale.ROOT, "a %.0f s hold", scenario.holdSeconds())
                : scenario.reps() + " reps";
        stdout.printf(Locale.ROOT, "%s: %d frames, %dx%d at %.0f fps (%.1f s), %s, %s, %d faults, %.1f MB%n", out,
                written.frames(), WIDTH, HEIGHT, FPS, written.seconds(), scenario.exercise().id(), set,
                scenario.faults().size(), Files.size(out) / 1e6);
        if (truth != null) {
            stdout.printf("%s: the truth%n", truth);
        }
        stdout.flush();
        return 0;
    }

    private int writeSquatSample() throws IOException {
        if (!(seconds >= 1 && seconds <= 600)) {
            throw usage("--seconds must be 1..600, not " + seconds);
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

    private void refuseScenarioOptions() {
        for (String option : List.of("--reps", "--hold", "--fault", "--azimuth", "--seed", "--truth")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw usage(option + " needs --exercise NAME");
            }
        }
    }

    private ExerciseScenario scenario() {
        try {
            Exercise e = Exercise.fromId(exercise);
            ExerciseScenario s = ExerciseScenario.of(e).withCameraAzimuth(azimuth);
            if (reps != null) {
                s = s.withReps(reps);
            }
            if (hold != null) {
                s = s.withHoldSeconds(hold);
            }
            if (seed != null) {
                s = s.withSeed(seed);
            }
            List<Fault> parsed = new ArrayList<>();
            for (String f : faults) {
                parsed.add(parseFault(f, e));
            }
            return s.withFaults(parsed);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** {@code KIND:REP:DEGREES}, or {@code KIND:FROM-TO:DEGREES} in a hold. */
    static Fault parseFault(String text, Exercise exercise) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("--fault " + text + ": expected KIND:REP:DEGREES, e.g. spine-flexion:2:40");
        }
        FaultKind kind = FaultKind.fromId(parts[0]);
        double degrees = number(text, parts[2]);
        if (!exercise.isHold()) {
            try {
                return new Fault.OnRep(kind, Integer.parseInt(parts[1].strip()), degrees);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--fault " + text + ": the rep must be a whole number, not " + parts[1]);
            }
        }
        String[] span = parts[1].split("-", -1);
        if (span.length != 2) {
            throw new IllegalArgumentException("--fault " + text + ": in a hold, give seconds into it as FROM-TO, e.g. hip-sag:5-9:20");
        }
        return new Fault.DuringHold(kind, number(text, span[0]), number(text, span[1]), degrees);
    }

    private static double number(String text, String part) {
        try {
            return Double.parseDouble(part.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--fault " + text + ": \"" + part + "\" is not a number");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
