package dev.formcheck.analysis.thresholds;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The thresholds of one session, by name: the shipped defaults, with a user's calibration merged
 * over them by {@link CalibrationFiles}. Immutable and checked when built (every value in its
 * range, every ordering kept), so nothing downstream checks again.
 *
 * @param origin where the values come from, for messages: "calibration/defaults.json", or that plus a user file
 * @param byName every threshold under its name
 * @param orderings pairs of thresholds that must stay in order
 */
public record Thresholds(String origin, SortedMap<String, Threshold> byName, List<Ordering> orderings) {
    public Thresholds {
        Objects.requireNonNull(origin, "origin");
        byName = Collections.unmodifiableSortedMap(new TreeMap<>(byName));
        orderings = List.copyOf(orderings);
        byName.forEach((name, t) -> {
            if (!name.equals(t.name())) {
                throw new IllegalArgumentException("threshold " + t.name() + " is filed under " + name);
            }
        });
        for (Ordering o : orderings) {
            Threshold lower = requireKnown(byName, o.lower(), origin);
            Threshold higher = requireKnown(byName, o.higher(), origin);
            if (lower.unit() != higher.unit()) {
                throw new IllegalArgumentException(o.lower() + " (" + lower.unit().symbol() + ") and " + o.higher()
                        + " (" + higher.unit().symbol() + ") cannot be ordered: their units differ");
            }
        }
        Map<String, Threshold> all = byName;
        firstViolated(all, orderings).ifPresent(o -> {
            throw new IllegalArgumentException(origin + ": " + o.lower() + ": " + describeBelow(all, o));
        });
    }

    /** Thresholds from a list; names must be unique. */
    public static Thresholds of(String origin, Collection<Threshold> thresholds, List<Ordering> orderings) {
        Map<String, Threshold> byName = new LinkedHashMap<>();
        for (Threshold t : thresholds) {
            if (byName.put(t.name(), t) != null) {
                throw new IllegalArgumentException(origin + ": two thresholds are named " + t.name());
            }
        }
        return new Thresholds(origin, new TreeMap<>(byName), orderings);
    }

    /** The threshold named {@code name}; asking for one that does not exist is a programming error. */
    public Threshold get(String name) {
        Threshold t = byName.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no threshold named " + name + " in " + origin);
        }
        return t;
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** The value of an angle threshold, in degrees. */
    public double degrees(String name) {
        Threshold t = get(name);
        t.requireUnit(Unit.DEGREES);
        return t.value();
    }

    /** The value of a duration threshold, in microseconds (the engine's time unit). */
    public long micros(String name) {
        return get(name).micros();
    }

    /** The value of a dimensionless threshold. */
    public double ratio(String name) {
        Threshold t = get(name);
        t.requireUnit(Unit.RATIO);
        return t.value();
    }

    /** The first ordering that {@code byName}'s values break, if any. */
    static Optional<Ordering> firstViolated(Map<String, Threshold> byName, List<Ordering> orderings) {
        return orderings.stream()
                .filter(o -> !(byName.get(o.lower()).value() < byName.get(o.higher()).value()))
                .findFirst();
    }

    /** "165 deg must be below squat.thigh.standing_min (160 deg)", said of the lower threshold. */
    static String describeBelow(Map<String, Threshold> byName, Ordering o) {
        return byName.get(o.lower()).display() + " must be below " + o.higher() + " ("
                + byName.get(o.higher()).display() + ")";
    }

    /** "140 deg must be above squat.thigh.descent_max (150 deg)", said of the higher threshold. */
    static String describeAbove(Map<String, Threshold> byName, Ordering o) {
        return byName.get(o.higher()).display() + " must be above " + o.lower() + " ("
                + byName.get(o.lower()).display() + ")";
    }

    private static Threshold requireKnown(Map<String, Threshold> byName, String name, String origin) {
        Threshold t = byName.get(name);
        if (t == null) {
            throw new IllegalArgumentException(origin + ": an ordering names " + name + ", which is not a threshold");
        }
        return t;
    }
}
