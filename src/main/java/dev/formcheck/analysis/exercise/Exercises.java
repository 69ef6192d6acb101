package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.Crossing;
import dev.formcheck.analysis.thresholds.Threshold;
import dev.formcheck.analysis.thresholds.Thresholds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exercises FormCheck knows: the shipped exercise files ({@link ExerciseFiles#shipped()}),
 * and a user's own when asked, resolved against one session's thresholds (the shipped defaults
 * merged with the user's calibration). No exercise is written in Java: every sentence and every
 * threshold name is in a file under {@code src/main/resources/dev/formcheck/analysis/exercise/definitions/}.
 */
public final class Exercises {
    private final Map<String, ExerciseDefinition> byName;
    private final Map<String, List<RecognitionCondition>> userRecognition;
    private final Map<String, List<RecognitionCondition>> shippedRecognition;
    /** The shipped exercises whose files ask to be tried before the standing rules. */
    private final java.util.Set<String> beforeStandingRules;
    private final List<String> problems;

    private Exercises(Map<String, ExerciseDefinition> byName, Map<String, List<RecognitionCondition>> shippedRecognition,
                      Map<String, List<RecognitionCondition>> userRecognition, List<String> problems) {
        this.byName = Collections.unmodifiableMap(byName);
        this.shippedRecognition = Collections.unmodifiableMap(shippedRecognition);
        this.beforeStandingRules = ExerciseFiles.shipped().stream()
                .filter(s -> s.recognition().map(ExerciseSpec.RecognitionSpec::beforeStandingRules).orElse(false))
                .map(ExerciseSpec::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.userRecognition = Collections.unmodifiableMap(userRecognition);
        this.problems = List.copyOf(problems);
    }

    /** The shipped exercises, with these thresholds; a shipped file that does not resolve is a build error, so this throws. */
    public static Exercises from(Thresholds t) {
        Map<String, ExerciseDefinition> all = new LinkedHashMap<>();
        Map<String, List<RecognitionCondition>> recognition = new LinkedHashMap<>();
        for (ExerciseSpec s : ExerciseFiles.shipped()) {
            all.put(s.name(), s.resolve(t));
            if (s.recognition().isPresent()) {
                recognition.put(s.name(), conditions(s, t));
            }
        }
        return new Exercises(all, recognition, Map.of(), List.of());
    }

    /**
     * The shipped exercises and the user's own after them. A user's file that cannot be used (it
     * does not resolve, or takes a shipped exercise's name) is left out with a problem naming the
     * file and the field; the others load.
     */
    public static Exercises from(Thresholds t, ExerciseFiles.UserExercises user) {
        Exercises shipped = from(t);
        Map<String, ExerciseDefinition> all = new LinkedHashMap<>(shipped.byName);
        Map<String, List<RecognitionCondition>> recognition = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>(user.problems());
        for (ExerciseSpec s : user.specs()) {
            if (all.containsKey(s.name())) {
                problems.add(s.source() + ": name: '" + s.name() + "' is a shipped exercise; name yours otherwise");
                continue;
            }
            try {
                Thresholds withOwn = withOwn(t, s);
                all.put(s.name(), s.resolve(withOwn));
                if (s.recognition().isPresent()) {
                    recognition.put(s.name(), conditions(s, withOwn));
                }
            } catch (ExerciseFileException e) {
                all.remove(s.name());
                problems.add(e.getMessage());
            }
        }
        return new Exercises(all, shipped.shippedRecognition, recognition, problems);
    }

    /** {@code t} with a user file's own thresholds added. */
    private static Thresholds withOwn(Thresholds t, ExerciseSpec s) {
        if (s.ownThresholds().isEmpty()) {
            return t;
        }
        List<Threshold> all = new ArrayList<>(t.byName().values());
        for (Threshold own : s.ownThresholds()) {
            if (t.contains(own.name())) {
                throw new ExerciseFileException(s.source(), "thresholds." + own.name(), "is already a shipped threshold");
            }
            all.add(own);
        }
        return Thresholds.of(t.origin() + " and " + s.source(), all, t.orderings());
    }

    private static List<RecognitionCondition> conditions(ExerciseSpec s, Thresholds t) {
        List<RecognitionCondition> out = new ArrayList<>();
        for (ExerciseSpec.ConditionSpec c : s.recognition().orElseThrow().conditions()) {
            out.add(new RecognitionCondition(ExerciseSpec.quantity(t, c.quantity()), c.over(), s.crossing(t, c.crossing())));
        }
        return out;
    }

    /** One condition an exercise's file declares for recognition: the median of a quantity, where, meets a crossing. */
    record RecognitionCondition(FrameQuantity quantity, ExerciseSpec.Over over, Crossing crossing) {
    }

    public Optional<ExerciseDefinition> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public ExerciseDefinition get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "no exercise named '" + name + "'; known: " + String.join(", ", names())));
    }

    /** The names, in the order they are listed to the user: the shipped ones, then the user's. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public List<ExerciseDefinition> all() {
        return List.copyOf(byName.values());
    }

    /** Messages for the user's files that could not be used, each naming the file and the field. */
    public List<String> problems() {
        return problems;
    }

    /**
     * The shipped exercises whose file says how to recognise them (the ones added as data, not by a
     * rule of {@link ExerciseRecognizer}), in file order, with their conditions.
     */
    Map<String, List<RecognitionCondition>> shippedRecognition(boolean beforeStandingRules) {
        Map<String, List<RecognitionCondition>> out = new LinkedHashMap<>();
        shippedRecognition.forEach((name, conditions) -> {
            if (this.beforeStandingRules.contains(name) == beforeStandingRules) {
                out.put(name, conditions);
            }
        });
        return out;
    }

    /** The user's exercises that say how to recognise them, in file order, with their conditions. */
    Map<String, List<RecognitionCondition>> userRecognition() {
        return userRecognition;
    }
}
