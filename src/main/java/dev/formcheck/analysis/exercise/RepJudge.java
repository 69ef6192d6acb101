package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.Rep;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Judges a finished rep by the exercise's rep checks, each against the threshold for the view the rep was seen in. */
final class RepJudge {
    private final List<RepCheck> checks;
    private final String bottomPhase;
    private final AnalysisSettings settings;

    RepJudge(List<RepCheck> checks, String bottomPhase, AnalysisSettings settings) {
        this.checks = checks;
        this.bottomPhase = bottomPhase;
        this.settings = settings;
    }

    /** The flags of one rep, in the checks' order, each spanning the rep's bottom. */
    List<Flag> flags(Rep rep, RepResult result, List<FrameSample> window) {
        List<Flag> flags = new ArrayList<>();
        for (RepCheck c : checks) {
            OptionalDouble value = c.metric().of(rep.startMicros(), rep.endMicros(), window);
            double threshold = c.thresholdFor(RepMetrics.mostSeenView(rep.startMicros(), rep.endMicros(), window));
            if (value.isPresent() && value.getAsDouble() >= threshold) {
                long[] bottom = bottomSpan(rep);
                flags.add(new Flag(c.kind(), settings.severityOf(c.kind(), value.getAsDouble() - threshold,
                        c.severityStep()), bottom[0], bottom[1], OptionalInt.of(result.index()), value.getAsDouble(),
                        threshold, c.cue(), java.util.Optional.of(Evidence.without(Evidence.Estimate.KEYPOINTS))));
            }
        }
        return flags;
    }

    /** Where the rep's depth was judged: its bottom phase, or the turning point alone. */
    private long[] bottomSpan(Rep rep) {
        return rep.phases().stream().filter(p -> p.name().equals(bottomPhase)).findFirst()
                .map(p -> new long[] {p.startMicros(), p.endMicros()})
                .orElse(new long[] {rep.bottomMicros(), rep.bottomMicros()});
    }
}
