package dev.formcheck.desk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one sample says, judged alone against the baseline: a posture, nobody (or nobody who is
 * the user), or a sample that cannot be judged. Never null.
 */
public sealed interface SampleVerdict permits SampleVerdict.Judged, SampleVerdict.Absent, SampleVerdict.Unjudged {
    long timestampMicros();

    /** The metrics relative to the baseline, by name (what {@code posture --json} prints); empty when nothing was measured. */
    Map<String, Double> metrics();

    /** The state as printed: the posture ("LEANING back"), AWAY when absent, UNKNOWN when not judged. */
    default String stateName() {
        if (this instanceof Judged j) {
            return j.posture().display();
        }
        return this instanceof Absent ? DeskState.AWAY.name() : "UNKNOWN";
    }

    /** The calibrated user, in the baseline's view, in this posture. */
    record Judged(long timestampMicros, DeskView view, Posture posture, Map<String, Double> metrics) implements SampleVerdict {
        public Judged {
            Objects.requireNonNull(view, "view");
            Objects.requireNonNull(posture, "posture");
            metrics = copy(metrics);
        }
    }

    /** Nobody at the desk: no person at all, or only someone who is not the user at the calibrated distance. */
    record Absent(long timestampMicros, Why why, Map<String, Double> metrics) implements SampleVerdict {
        public enum Why {
            NOBODY("nobody in view"),
            NOT_THE_USER("someone who is not at the calibrated place and distance");

            private final String words;

            Why(String words) {
                this.words = words;
            }

            public String words() {
                return words;
            }
        }

        public Absent {
            Objects.requireNonNull(why, "why");
            metrics = copy(metrics);
        }
    }

    /** A person, but not judgeable: the view is unknown or not the baseline's. {@code why} is said to the user. */
    record Unjudged(long timestampMicros, DeskView view, String why) implements SampleVerdict {
        public Unjudged {
            Objects.requireNonNull(view, "view");
            Objects.requireNonNull(why, "why");
        }

        @Override
        public Map<String, Double> metrics() {
            return Map.of();
        }
    }

    private static Map<String, Double> copy(Map<String, Double> metrics) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}
