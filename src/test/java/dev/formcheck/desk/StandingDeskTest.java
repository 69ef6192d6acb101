package dev.formcheck.desk;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.feedback.Notifier;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.formcheck.desk.MonitorHarness.min;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A standing desk: sitting told from standing by where the person is in the frame against their
 * two baselines, each stance judged against its own, and the time standing counted; on a simulated
 * clock with the shipped thresholds. The baselines are those of a webcam on a shelf that stays put
 * (the person rises in the frame when they stand) and of one on a monitor that rises with the desk
 * (the person stays where they were).
 */
class StandingDeskTest {
    static final Thresholds T = CalibrationFiles.defaults();
    /** Sitting: shoulders 150 px wide, eyes at 300 px, shoulders at 400 px (the harness's baseline). */
    static final DeskBaseline SITTING = MonitorHarness.frontBaseline();
    /** Standing, the camera fixed: higher in the frame and further away (two thirds the width). */
    static final DeskBaseline STANDING = baseline(front(0, 120, 190, 100));
    /** Standing, the camera on a monitor that rises with the desk: about where the person sat. */
    static final DeskBaseline STANDING_SAME_PLACE = baseline(front(0, 295, 398, 140));

    @Test
    void aCameraThatStaysPutTellsSittingFromStandingAndOneThatRisesWithTheDeskSaysItCannot() {
        StanceRecogniser.Verdict fixed = StanceRecogniser.of(SITTING, STANDING, T);
        StanceRecogniser.Verdict rising = StanceRecogniser.of(SITTING, STANDING_SAME_PLACE, T);

        assertThat(fixed).isInstanceOf(StanceRecogniser.Verdict.CanTell.class);
        assertThat(((StanceRecogniser.Verdict.CanTell) fixed).recogniser().separation()).isBetween(1.8, 2.0);
        assertThat(rising).isInstanceOfSatisfying(StanceRecogniser.Verdict.CannotTell.class, c -> assertThat(c.why())
                .contains("the camera sees you at about the same place sitting and standing", "follow the clock"));
    }

    @Test
    void aDeepSlouchIsStillSittingAndAStandingSlouchStillStanding() {
        StanceRecogniser r = recogniser();
        // the eyes 0.3 shoulder widths lower and the shoulders at 0.7 of their width: the deepest slouch of the desk photos
        assertThat(r.read(front(0, 345, 420, 105), DeskStance.STANDING)).contains(DeskStance.SITTING);
        assertThat(r.read(front(0, 150, 205, 70), DeskStance.SITTING)).contains(DeskStance.STANDING);
        assertThat(r.read(DeskMeasurement.nobody(0), DeskStance.SITTING)).isEmpty();
    }

    @Test
    void halfWayUpKeepsTheStanceHeldUntilPastTheMidpointByTheMargin() {
        StanceRecogniser r = recogniser();
        DeskMeasurement halfWay = between(0.55);
        assertThat(r.read(halfWay, DeskStance.SITTING)).contains(DeskStance.SITTING);
        assertThat(r.read(halfWay, DeskStance.STANDING)).contains(DeskStance.STANDING);
        assertThat(r.read(between(0.7), DeskStance.SITTING)).contains(DeskStance.STANDING);
        assertThat(r.read(between(0.3), DeskStance.STANDING)).contains(DeskStance.SITTING);
    }

    @Test
    void eachStanceIsJudgedAgainstItsOwnBaselineAndTheTimeStandingIsCounted() {
        Run run = new Run(Optional.of(recogniser()));
        run.hold(front(0, 300, 400, 150), min(5)).hold(front(0, 120, 190, 100), min(3)).hold(front(0, 300, 400, 150), min(2));

        DailySummary day = run.monitor.summary();
        assertThat(run.stances).containsExactly(DeskStance.SITTING, DeskStance.STANDING, DeskStance.SITTING);
        // standing dated from its first sample, not from when it was confirmed 10 s later
        assertThat(day.standingMs()).isBetween(min(3).minus(Duration.ofSeconds(1)).toMillis(), min(3).plus(Duration.ofSeconds(1)).toMillis());
        assertThat(day.sittingMs()).isBetween(min(7).minus(Duration.ofSeconds(1)).toMillis(), min(7).toMillis());
        assertThat(run.postures).as("upright all along, standing judged against the standing baseline").containsOnly(Posture.UPRIGHT);
    }

    @Test
    void withoutTheStandingBaselineAStandingPersonIsMisreadAsLeaningBack() {
        // the same day judged against the sitting baseline alone: two thirds the width reads as leaning back in the chair
        Run run = new Run(Optional.empty());
        run.hold(front(0, 300, 400, 150), min(5)).hold(front(0, 120, 190, 100), min(3));

        assertThat(run.monitor.state()).isEqualTo(Posture.leaning(Lean.BACK));
        assertThat(run.monitor.stance()).isEmpty();
        assertThat(run.monitor.summary().standingMs()).isZero();
    }

    @Test
    void theMovementBreakCountsTheTimeAtTheDeskStandingOrSitting() {
        Run run = new Run(Optional.of(recogniser()));
        run.hold(front(0, 300, 400, 150), min(30)).hold(front(0, 120, 190, 100), min(16));

        assertThat(run.shown).singleElement().satisfies(n -> assertThat(n.message())
                .startsWith("You have been at your desk for 45 minutes. Stand up, stretch"));
    }

    @Test
    void aSlouchWhileStandingIsASlouchAgainstTheStandingBaseline() {
        Run run = new Run(Optional.of(recogniser()));
        run.hold(front(0, 120, 190, 100), min(2)).hold(front(0, 150, 205, 70), min(2));

        assertThat(run.monitor.stance()).contains(DeskStance.STANDING);
        assertThat(run.monitor.state()).isEqualTo(Posture.SLOUCHED);
    }

    @Test
    void leavingEndsTheStandingAndTheReturnIsReadAfresh() {
        Run run = new Run(Optional.of(recogniser()));
        run.hold(front(0, 120, 190, 100), min(2)).away(min(3)).hold(front(0, 300, 400, 150), min(1));

        assertThat(run.stances).containsExactly(DeskStance.STANDING, DeskStance.SITTING);
        assertThat(run.monitor.summary().standingMs()).as("the 5 s before AWAY was confirmed are away, not standing")
                .isBetween(min(2).minus(Duration.ofSeconds(6)).toMillis(), min(2).toMillis());
    }

    @Test
    void aStandingBlockIsUsedBesideTheSittingOneOnlyWhenTakenInTheSameCameraFrame() {
        dev.formcheck.analysis.thresholds.Provenance p = new dev.formcheck.analysis.thresholds.Provenance(
                MonitorHarness.START, "camera 0", 5, Optional.empty());
        var sit = SittingBlocks.of(SITTING, p, Optional.of(new CameraFrame(640, 480)));
        var stand = SittingBlocks.of(STANDING, p, Optional.of(new CameraFrame(640, 480)));
        var standElsewhere = SittingBlocks.of(STANDING, p, Optional.of(new CameraFrame(1280, 720)));

        assertThat(SittingBlocks.standingBeside(Optional.of(sit), Optional.of(stand))).hasValueSatisfying(
                d -> assertThat(d.metrics()).isEqualTo(STANDING.metrics()));
        assertThat(SittingBlocks.standingBeside(Optional.of(sit), Optional.of(standElsewhere))).isEmpty();
        assertThat(SittingBlocks.standingBeside(Optional.empty(), Optional.of(stand))).isEmpty();

        assertThat(SittingBlocks.standingAgainstSitting(Optional.of(sit), stand, T))
                .startsWith("Desk mode can tell your sitting from your standing (1.9 apart)");
        assertThat(SittingBlocks.standingAgainstSitting(Optional.of(sit), SittingBlocks.of(STANDING_SAME_PLACE, p,
                Optional.of(new CameraFrame(640, 480))), T)).startsWith("Desk mode cannot tell your sitting from your standing:"
                + " the camera sees you at about the same place");
        assertThat(SittingBlocks.standingAgainstSitting(Optional.of(sit), standElsewhere, T))
                .contains("640 x 480 pixels, this one with 1280 x 720 pixels: calibrate sitting again with this camera");
        assertThat(SittingBlocks.standingAgainstSitting(Optional.empty(), stand, T)).startsWith("Calibrate sitting too");
    }

    private static StanceRecogniser recogniser() {
        return ((StanceRecogniser.Verdict.CanTell) StanceRecogniser.of(SITTING, STANDING, T)).recogniser();
    }

    /** A sample {@code share} of the way from the sitting baseline to the standing one. */
    private static DeskMeasurement between(double share) {
        return front(0, 300 + share * (120 - 300), 400 + share * (190 - 400), 150 * Math.pow(100 / 150.0, share));
    }

    /** A front sample, square to the camera: eyes and shoulders at these heights, shoulders this wide. */
    static DeskMeasurement front(long micros, double eyesY, double shouldersY, double width) {
        Map<DeskMetric, Double> m = new EnumMap<>(DeskMetric.class);
        m.put(DeskMetric.SHOULDER_WIDTH, width);
        m.put(DeskMetric.SHOULDER_X, 320.0);
        m.put(DeskMetric.SHOULDER_Y, shouldersY);
        m.put(DeskMetric.EYES_X, 320.0);
        m.put(DeskMetric.EYES_Y, eyesY);
        m.put(DeskMetric.HEAD_HEIGHT, (shouldersY - eyesY) / width);
        m.put(DeskMetric.SHOULDER_TILT, 0.0);
        m.put(DeskMetric.HEAD_OFFSET, 0.0);
        m.put(DeskMetric.EYE_TILT, 0.0);
        return new DeskMeasurement(micros, true, DeskView.FRONT, m);
    }

    private static DeskBaseline baseline(DeskMeasurement m) {
        return DeskBaseline.of(List.of(m), Optional.empty(), "test standing baseline");
    }

    /** A monitor fed measured samples at 2 per second on a simulated clock; the stances and postures it held, in order. */
    private static final class Run {
        final SimulatedClock clock = new SimulatedClock(MonitorHarness.START);
        final DeskMonitor monitor;
        final List<DeskStance> stances = new ArrayList<>();
        final List<Posture> postures = new ArrayList<>();
        final List<dev.formcheck.feedback.Notification> shown = new ArrayList<>();

        Run(Optional<StanceRecogniser> recogniser) {
            Notifier quiet = shown::add;
            monitor = new DeskMonitor(MonitorSettings.from(T, Optional.empty()),
                    new PostureClassifier(PostureThresholds.from(T), SITTING), recogniser, quiet, clock, new MonitorHarness.MemoryStore());
        }

        Run hold(DeskMeasurement m, Duration d) {
            for (Duration t = Duration.ZERO; t.compareTo(d) < 0; t = t.plus(MonitorHarness.TICK)) {
                clock.advance(MonitorHarness.TICK);
                monitor.observe(m);
                note();
            }
            return this;
        }

        Run away(Duration d) {
            for (Duration t = Duration.ZERO; t.compareTo(d) < 0; t = t.plus(MonitorHarness.TICK)) {
                clock.advance(MonitorHarness.TICK);
                monitor.observe(DeskMeasurement.nobody(0));
                note();
            }
            return this;
        }

        private void note() {
            monitor.stance().filter(s -> stances.isEmpty() || stances.get(stances.size() - 1) != s).ifPresent(stances::add);
            if (monitor.state().state() != DeskState.AWAY && (postures.isEmpty() || !postures.get(postures.size() - 1).equals(monitor.state()))) {
                postures.add(monitor.state());
            }
        }
    }
}
