package dev.formcheck.cli;

import dev.formcheck.media.VideoSettings;
import dev.formcheck.synthetic.Anthropometry;
import dev.formcheck.synthetic.BodyPose;
import dev.formcheck.synthetic.Exercise;
import dev.formcheck.synthetic.ExerciseMotion;
import dev.formcheck.synthetic.ExerciseScenario;
import dev.formcheck.synthetic.Motion;
import dev.formcheck.synthetic.Renderer;
import dev.formcheck.synthetic.Root;
import dev.formcheck.synthetic.SyntheticVideo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code calibrate --video} refuses a clip that is not a still neutral posture: our rendered body
 * walking into the view (the first 2.6 s of every rendered scenario), or standing and turning
 * round; and takes the same body standing still, rendered the same way.
 */
class CalibrateStillnessTest {
    private static final Anthropometry BODY = Anthropometry.adult();
    private static final ExerciseScenario SCENARIO = ExerciseScenario.of(Exercise.SQUAT);
    private static final ExerciseMotion MOTION = SCENARIO.motion(BODY);
    /** Arrived and standing idle (the walk in takes 2.6 s). */
    private static final double STANDING_AT = 3.0;

    @TempDir
    Path dir;

    @Test
    void aPersonWalkingIntoViewIsNotTakenForAStandingNeutral() {
        Path clip = render("walking.mp4", new Clip(2.5) {
            @Override
            public BodyPose poseAt(double seconds) {
                return MOTION.poseAt(seconds);
            }
        });

        CliRun run = calibrate(clip, "2.5");

        assertThat(run.exitCode()).as(run.out() + run.err()).isNotZero();
        assertThat(run.err()).startsWith("formcheck: These frames are not a still neutral posture: you moved across the camera's view")
                .contains("walking").endsWith("Nothing was stored.\n");
        assertThat(dir.resolve("mine.json")).doesNotExist();
    }

    @Test
    void aPersonTurningRoundIsNotTakenForAStandingNeutral() {
        BodyPose standing = MOTION.poseAt(STANDING_AT);
        Path clip = render("turning.mp4", new Clip(3) {
            @Override
            public BodyPose poseAt(double seconds) {
                Root r = standing.root();
                double yaw = r.yawDegrees() + 180 * Math.min(1, seconds / 2.5); // a half turn on the spot
                return standing.withRoot(new Root(r.position(), ((yaw + 180) % 360) - 180, r.pitchDegrees(), r.rollDegrees()));
            }
        });

        CliRun run = calibrate(clip, "3");

        assertThat(run.exitCode()).as(run.out() + run.err()).isNotZero();
        assertThat(run.err()).as(run.err()).startsWith("formcheck: These frames are not a still neutral posture: you turned")
                .endsWith("Nothing was stored.\n");
    }

    @Test
    void thePersonStandingStillRenderedTheSameWayIsTaken() {
        Path clip = render("still.mp4", new Clip(2.5) {
            @Override
            public BodyPose poseAt(double seconds) {
                return MOTION.poseAt(STANDING_AT + seconds); // idling: a little sway
            }
        });

        CliRun run = calibrate(clip, "2.5");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).startsWith("Stored your standing neutral in " + dir.resolve("mine.json"));
        assertThat(Files.exists(dir.resolve("mine.json"))).isTrue();
    }

    private abstract static class Clip implements Motion {
        private final double seconds;

        Clip(double seconds) {
            this.seconds = seconds;
        }

        @Override
        public double durationSeconds() {
            return seconds;
        }
    }

    private Path render(String name, Motion motion) {
        Path out = dir.resolve(name);
        SyntheticVideo.write(motion, BODY, SCENARIO.camera(640, 480), Renderer.withDefaults(), VideoSettings.of(640, 480, 15), out);
        return out;
    }

    private CliRun calibrate(Path clip, String seconds) {
        return CliRun.of("calibrate", "--video", clip.toString(), "--seconds", seconds, "--pose", "stance",
                "--out", dir.resolve("mine.json").toString());
    }
}
