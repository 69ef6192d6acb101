package dev.formcheck.desk;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.synthetic.BodyPose;
import dev.formcheck.synthetic.Camera;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole sessions of the synthetic sitting body through measurement, classification and the
 * monitor, at 2 fps on a simulated clock, with keypoint jitter: every state and the transitions
 * between them, reaches for the mouse that must change nothing, leaving, and a passer-by who must
 * not bring the state back.
 */
class SyntheticSessionTest {
    /** Keypoint jitter, px (one standard deviation): MoveNet's frame-to-frame wobble on a still person is a few pixels. */
    static final double JITTER_PX = 1.5;

    static final class Session {
        final MonitorHarness.MemoryStore store = new MonitorHarness.MemoryStore();
        final SimulatedClock clock = new SimulatedClock(MonitorHarness.START);
        final List<String> changes = new ArrayList<>();
        final List<String> notifications = new ArrayList<>();
        final Camera camera;
        final DeskMeasurer measurer = new DeskMeasurer();
        final Random noise = new Random(6);
        DeskMonitor monitor;

        Session(Camera camera) {
            this.camera = camera;
            List<DeskMeasurement> upright = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                upright.add(measurer.measure(seen(SittingBody.pose(SittingBody.Shape.UPRIGHT))));
            }
            monitor = new DeskMonitor(MonitorSettings.from(CalibrationFiles.defaults(), Optional.empty()),
                    new PostureClassifier(PostureThresholds.from(CalibrationFiles.defaults()),
                            DeskBaseline.of(upright, Optional.empty(), "first 3 s")),
                    n -> notifications.add(n.title()), clock, store);
        }

        Pose seen(BodyPose body) {
            Pose clean = SittingBody.seen(body, camera, clock.instant().toEpochMilli() * 1000);
            List<Keypoint> jittered = clean.keypoints().stream().map(k -> new Keypoint(k.part(),
                    k.x() + noise.nextGaussian() * JITTER_PX, k.y() + noise.nextGaussian() * JITTER_PX, k.score())).toList();
            return new Pose(clean.timestampMicros(), jittered);
        }

        Session hold(SittingBody.Shape shape, double seconds) {
            return feed(() -> measurer.measure(seen(SittingBody.pose(shape))), seconds);
        }

        Session nobody(double seconds) {
            return feed(() -> measurer.nobody(clock.instant().toEpochMilli() * 1000), seconds);
        }

        Session passerBy(double seconds) {
            double[] z = {-1.5};
            return feed(() -> {
                z[0] += 0.5 * 0.6; // walking 0.6 m/s across, 2 m behind the chair
                return measurer.measure(seen(SittingBody.passerBy(z[0])));
            }, seconds);
        }

        Session feed(Supplier<DeskMeasurement> sample, double seconds) {
            for (int i = 0; i < seconds * 2; i++) {
                clock.advance(Duration.ofMillis(500));
                monitor.observe(sample.get()).ifPresent(c -> changes.add(c.to().display()));
            }
            return this;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"front", "side"})
    void everyStateAndTransitionWithReachesThatChangeNothing(String view) {
        boolean front = view.equals("front");
        Session s = new Session(front ? SittingBody.FRONT : SittingBody.SIDE);
        s.hold(SittingBody.Shape.UPRIGHT, 30);
        for (int i = 0; i < 3; i++) { // reach for the mouse, 3 s, then work on
            s.hold(SittingBody.Shape.REACH, 3).hold(SittingBody.Shape.UPRIGHT, 20);
        }
        s.hold(SittingBody.Shape.SLOUCHED, 90).hold(SittingBody.Shape.UPRIGHT, 30)
                .hold(SittingBody.Shape.FORWARD_HEAD, 30).hold(SittingBody.Shape.UPRIGHT, 30)
                .hold(SittingBody.Shape.LEAN_BACK, 30).hold(SittingBody.Shape.UPRIGHT, 30);
        if (front) {
            s.hold(SittingBody.Shape.LEAN_LEFT, 30).hold(SittingBody.Shape.UPRIGHT, 30)
                    .hold(SittingBody.Shape.LEAN_RIGHT, 30).hold(SittingBody.Shape.UPRIGHT, 30);
        }
        List<String> expected = new ArrayList<>(List.of("UPRIGHT", "SLOUCHED", "UPRIGHT", "FORWARD_HEAD", "UPRIGHT",
                front ? "SLOUCHED" : "LEANING back", "UPRIGHT")); // from the front a deep recline reads as a slump
        if (front) {
            expected.addAll(List.of("LEANING left", "UPRIGHT", "LEANING right", "UPRIGHT"));
        }
        assertThat(s.changes).containsExactlyElementsOf(expected);
        assertThat(s.notifications).as("one alert for the 90 s slouch, none for the reaches").startsWith("Sit tall");
        assertThat(s.notifications.stream().filter("Sit tall"::equals).count()).isBetween(1L, 3L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"front", "side"})
    void leavingIsAwayAndAPasserByDoesNotBringTheStateBack(String view) {
        Session s = new Session(view.equals("front") ? SittingBody.FRONT : SittingBody.SIDE);
        s.hold(SittingBody.Shape.UPRIGHT, 30).nobody(4).passerBy(8).nobody(30);
        assertThat(s.changes).containsExactly("UPRIGHT", "AWAY");
        s.hold(SittingBody.Shape.UPRIGHT, 30);
        assertThat(s.changes).containsExactly("UPRIGHT", "AWAY", "UPRIGHT");
        assertThat(s.monitor.summary().millis("AWAY")).isBetween(Duration.ofSeconds(42).toMillis(), Duration.ofSeconds(53).toMillis());
    }
}
