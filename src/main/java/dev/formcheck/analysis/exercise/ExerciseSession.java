package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.KinematicFrame;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One stream analysed as one exercise, named by the user or recognised ({@code auto}). While the
 * exercise is unknown the frames are kept (up to a limit); once it is recognised they are replayed
 * through its analyzer, so every rep from the start of the stream counts. The user's explicit
 * choice always wins: a named exercise is never second-guessed.
 */
public final class ExerciseSession {
    /** The word for "recognise it". */
    public static final String AUTO = "auto";
    /** How often, in frames, a live session tries to recognise the exercise while it is unknown. */
    private static final int RECOGNITION_EVERY_FRAMES = 30;
    /** Frames kept while the exercise is unknown: 2 minutes at 30 fps; older ones are dropped. */
    private static final int MAX_BUFFERED_FRAMES = 3600;

    private final Exercises exercises;
    private final AnalysisSettings settings;
    private final ExerciseRecognizer recognizer;
    private final boolean recognizing;
    private final ArrayDeque<KinematicFrame> buffer = new ArrayDeque<>();
    /** Frames since recognition was last tried: the buffer's size stops counting once it is full. */
    private int sinceRecognition;
    private ExerciseAnalyzer analyzer;
    private List<LiveEvent> finishEvents = List.of();

    private ExerciseSession(Exercises exercises, AnalysisSettings settings, ExerciseRecognizer recognizer,
                            ExerciseAnalyzer analyzer) {
        this.exercises = exercises;
        this.settings = settings;
        this.recognizer = recognizer;
        this.analyzer = analyzer;
        this.recognizing = analyzer == null;
    }

    /** A session for {@code name}, or recognising the exercise when it is {@link #AUTO}. */
    public static ExerciseSession of(String name, Exercises exercises, ExerciseRecognizer recognizer,
                                     AnalysisSettings settings) {
        ExerciseAnalyzer fixed = AUTO.equals(name) ? null : new ExerciseAnalyzer(exercises.get(name), settings);
        return new ExerciseSession(exercises, settings, recognizer, fixed);
    }

    /** The exercise, once named or recognised. */
    public Optional<String> exercise() {
        return Optional.ofNullable(analyzer).map(a -> a.definition().name());
    }

    public List<LiveEvent> next(KinematicFrame frame) {
        if (analyzer != null) {
            return analyzer.next(frame);
        }
        buffer.addLast(frame);
        if (buffer.size() > MAX_BUFFERED_FRAMES) {
            buffer.removeFirst();
        }
        if (++sinceRecognition >= RECOGNITION_EVERY_FRAMES) {
            sinceRecognition = 0;
            Optional<String> found = recognizer.recognize(List.copyOf(buffer), recognizer.minReps());
            if (found.isPresent()) {
                return start(found.get());
            }
        }
        return List.of();
    }

    /**
     * The result, or empty when {@code auto} never recognised anything (at the end, one rep or one
     * hold is enough).
     */
    public Optional<ExerciseResult> finish() {
        List<LiveEvent> events = new ArrayList<>();
        if (analyzer == null) {
            Optional<String> found = recognizer.recognize(List.copyOf(buffer), 1, true);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            events.addAll(start(found.get()));
        }
        ExerciseResult result = analyzer.finish();
        events.addAll(analyzer.finishEvents());
        finishEvents = List.copyOf(events);
        return Optional.of(recognizing ? result.asRecognized() : result);
    }

    /**
     * What {@link #finish()} decided, as {@link #next} reports it: reps counted only as the stream
     * ended, and, when {@code auto} recognised the exercise only then, everything before; empty before.
     */
    public List<LiveEvent> finishEvents() {
        return finishEvents;
    }

    private List<LiveEvent> start(String name) {
        analyzer = new ExerciseAnalyzer(exercises.get(name), settings);
        List<LiveEvent> events = new ArrayList<>();
        for (KinematicFrame f : buffer) {
            events.addAll(analyzer.next(f));
        }
        buffer.clear();
        return List.copyOf(events);
    }
}
