package dev.formcheck.desk;

import dev.formcheck.analysis.thresholds.Thresholds;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Tells sitting from standing by where the person is in the frame, against the user's two
 * baselines taken by the same camera in the same view: the height of the eyes and shoulders in
 * front (the near shoulder and hip side-on), in the sitting baseline's scale, and the change in
 * size. A sample is placed on the line from the sitting baseline to the standing one; past the
 * midpoint by {@code switchMargin} of the way it is the other stance, inside that band it keeps
 * the current one.
 *
 * <p>Only made when the camera can tell: both baselines of one view with the positions measured,
 * at least {@code minSeparation} apart. A webcam on a monitor that rises with the desk may see the
 * person at about the same place either way; it then cannot tell, and says so
 * ({@link #whyNot}), rather than guessing. Stateless.
 */
public final class StanceRecogniser {
    private final DeskBaseline sitting;
    private final DeskBaseline standing;
    private final double switchMargin;
    private final double[] sit;
    private final double[] along;
    private final double separation;

    private StanceRecogniser(DeskBaseline sitting, DeskBaseline standing, double switchMargin, double[] sit, double[] stand) {
        this.sitting = sitting;
        this.standing = standing;
        this.switchMargin = switchMargin;
        this.sit = sit;
        this.along = new double[sit.length];
        double sq = 0;
        for (int i = 0; i < sit.length; i++) {
            along[i] = stand[i] - sit[i];
            sq += along[i] * along[i];
        }
        this.separation = Math.sqrt(sq);
    }

    /** What can be told from these two baselines: a recogniser, or why the camera cannot tell. */
    public sealed interface Verdict permits Verdict.CanTell, Verdict.CannotTell {
        record CanTell(StanceRecogniser recogniser) implements Verdict {
        }

        /** @param why a sentence for the user */
        record CannotTell(String why) implements Verdict {
        }
    }

    public static Verdict of(DeskBaseline sitting, DeskBaseline standing, Thresholds t) {
        return of(sitting, standing, t.ratio("desk.sit_stand.min_separation"), t.ratio("desk.sit_stand.switch_margin"));
    }

    static Verdict of(DeskBaseline sitting, DeskBaseline standing, double minSeparation, double switchMargin) {
        if (sitting.view() != standing.view()) {
            return new Verdict.CannotTell("your sitting baseline is a " + lower(sitting.view()) + " view and your standing one a "
                    + lower(standing.view()) + " view; calibrate both with the camera where it stays");
        }
        Optional<double[]> sit = features(sitting, sitting);
        Optional<double[]> stand = features(standing, sitting);
        if (sit.isEmpty() || stand.isEmpty()) {
            return new Verdict.CannotTell("your " + (sit.isEmpty() ? "sitting" : "standing") + " baseline was taken before"
                    + " FormCheck kept where you are in the frame; calibrate it again");
        }
        StanceRecogniser r = new StanceRecogniser(sitting, standing, switchMargin, sit.get(), stand.get());
        if (r.separation < minSeparation) {
            return new Verdict.CannotTell(String.format(Locale.ROOT, "the camera sees you at about the same place"
                    + " sitting and standing (%.2f apart, %.2f needed: it probably moves with the desk), so the sit/stand"
                    + " reminders follow the clock", r.separation, minSeparation));
        }
        return new Verdict.CanTell(r);
    }

    /** How far apart the two baselines are, in the sitting baseline's scale. */
    public double separation() {
        return separation;
    }

    public DeskBaseline sitting() {
        return sitting;
    }

    public DeskBaseline standing() {
        return standing;
    }

    /**
     * The stance this sample shows while {@code current} is held (null: none yet, the midpoint
     * decides); empty when the sample cannot say (nobody, another view, positions not measured).
     */
    public Optional<DeskStance> read(DeskMeasurement m, DeskStance current) {
        if (!m.personFound() || m.view() != sitting.view()) {
            return Optional.empty();
        }
        Optional<double[]> f = features(m, sitting);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        double t = position(f.get());
        if (current == null) {
            return Optional.of(t >= 0.5 ? DeskStance.STANDING : DeskStance.SITTING);
        }
        if (current == DeskStance.SITTING) {
            return Optional.of(t >= 0.5 + switchMargin ? DeskStance.STANDING : DeskStance.SITTING);
        }
        return Optional.of(t <= 0.5 - switchMargin ? DeskStance.SITTING : DeskStance.STANDING);
    }

    /** Where the sample lies on the way from sitting (0) to standing (1). */
    double position(double[] f) {
        double dot = 0;
        for (int i = 0; i < f.length; i++) {
            dot += (f[i] - sit[i]) * along[i];
        }
        return dot / (separation * separation);
    }

    /** The features of a sample or a baseline, scaled by {@code by}'s size. */
    private static Optional<double[]> features(DeskBaseline b, DeskBaseline by) {
        return features(b::get, b.view(), by);
    }

    private static Optional<double[]> features(DeskMeasurement m, DeskBaseline by) {
        return features(m::get, m.view(), by);
    }

    private static Optional<double[]> features(Function<DeskMetric, OptionalDouble> get, DeskView view,
                                               DeskBaseline by) {
        DeskMetric upper = view == DeskView.SIDE ? DeskMetric.NEAR_SHOULDER_Y : DeskMetric.EYES_Y;
        DeskMetric lower = view == DeskView.SIDE ? DeskMetric.NEAR_HIP_Y : DeskMetric.SHOULDER_Y;
        DeskMetric size = DeskBaseline.scaleMetric(view);
        OptionalDouble a = get.apply(upper);
        OptionalDouble b = get.apply(lower);
        OptionalDouble s = get.apply(size);
        if (a.isEmpty() || b.isEmpty() || s.isEmpty() || !(s.getAsDouble() > 0)) {
            return Optional.empty();
        }
        double scale = by.scale();
        return Optional.of(new double[] {a.getAsDouble() / scale, b.getAsDouble() / scale, Math.log(s.getAsDouble() / scale)});
    }

    private static String lower(DeskView v) {
        return v.name().toLowerCase(Locale.ROOT);
    }
}
